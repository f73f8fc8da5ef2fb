// The survey import's benchmark: `report --format json` of a CSV export of 10,000 rows (the full questionnaire,
// as `survey export --to csv` lays it out), against reading the same file with csv-parse alone (csv-floor.mjs).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const CSV_TARGET = 2;

/** Writes the CSV: a fixed pseudo-random draw of levels, "unknown" and blanks, so that every run reads the same file. */
export function surveyCsv(bin, dir, n) {
  const header = spawnSync(process.execPath, [bin, 'survey', 'export', '--to', 'csv'], { encoding: 'utf8' }).stdout.trim().split(',');
  const sectors = ['association', 'collectivite', 'education-nationale', 'etat', 'caf'];
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  const lines = [header.join(',')];
  for (let i = 0; i < n; i++) {
    const cells = header.slice(4).map(() => {
      const r = next();
      return r < 0.05 ? '' : r < 0.1 ? 'unknown' : String(Math.floor(next() * 4));
    });
    lines.push(['Nanterre', sectors[i % sectors.length], '', `2025-02-${String((i % 28) + 1).padStart(2, '0')}`, ...cells].join(','));
  }
  const path = join(dir, `survey-${n}.csv`);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}
