// `report --group-by territory`: goldens of the roll-up and of an --output-dir set, the streaming path's bytes
// against full reports, several territories refused without --group-by, the folder written all or nothing.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResponses } from '../../src/answers/responses.js';
import type { Response } from '../../src/answers/schema.js';
import { InputError } from '../../src/core/errors.js';
import { writeFolder } from '../../src/rollup/batch.js';
import { rollup, scoredFromReport } from '../../src/rollup/rollup.js';
import { Rollup } from '../../src/rollup/schema.js';
import { territoriesOf } from '../../src/rollup/territory.js';
import { score } from '../../src/scoring/score.js';
import { generateNational } from '../bench/generate.mjs';
import { cli, fixture, ok, ROOT } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const T = fixture('answers/territories');
const MAP = `${T}/map.yaml`;
const tmp = mkdtempSync(join(tmpdir(), 'ic-rollup-'));

/** The roll-up made the other way: every response kept, each territory scored in full (the --output-dir path). */
async function fromFullReports(paths: string[], lang: 'fr' | 'en', map = new Map<string, string>()): Promise<string> {
  const loaded = await loadResponses(paths);
  const counts = new Map<string, number>();
  for (const r of loaded.responses) counts.set(r.territory, (counts.get(r.territory) ?? 0) + 1);
  const { canonical } = territoriesOf(counts, map);
  const groups = new Map<string, Response[]>();
  for (const r of loaded.responses) {
    const name = canonical.get(r.territory)!;
    groups.set(name, [...(groups.get(name) ?? []), { ...r, territory: name }]);
  }
  const q = loaded.questionnaire.questionnaire;
  const r = rollup(
    q,
    [...groups].map(([name, responses]) => ({
      name,
      spellings: [...new Set(responses.map((x) => x.territory))].concat([...canonical].filter(([w, c]) => c === name && w !== name).map(([w]) => w)),
      scored: scoredFromReport(score(q, responses, { lang })),
    })),
    { lang },
  );
  return `${JSON.stringify(r, null, 2)}\n`;
}

describe('the roll-up of 3 territories', () => {
  it.each([
    ['rollup/2025.fr.txt', ['--lang', 'fr'], '2025'],
    ['rollup/2026.en.txt', ['--lang', 'en'], '2026'],
    ['rollup/2025.fr.md', ['--lang', 'fr', '--format', 'markdown'], '2025'],
    ['rollup/2026.en.md', ['--lang', 'en', '--format', 'markdown'], '2026'],
    ['rollup/2026.fr.json', ['--lang', 'fr', '--format', 'json'], '2026'],
  ] as const)('%s', async (name, args, year) => {
    expectGolden(await ok(['report', `${T}/${year}`, '--group-by', 'territory', '--territory-map', MAP, ...args]), name);
  });

  it('the HTML roll-up has a row and a small chart per territory, and links nothing outside', async () => {
    const html = await ok(['report', `${T}/2025`, '--group-by', 'territory', '--territory-map', MAP, '--format', 'html', '--lang', 'fr']);
    expect(html.match(/<svg class="profile"/g)).toHaveLength(3);
    expect(html.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(3);
    expect(html).not.toMatch(/href=|src=|<script/);
    expect(html).toContain('<title>Synthèse par territoire</title>');
  });

  it('the JSON roll-up is valid against `schema rollup`', async () => {
    const run = await cli(['report', `${T}/2025`, `${T}/2026`, '--group-by', 'territory', '--format', 'json']);
    expect(run.code).toBe(0);
    const r = Rollup.parse(JSON.parse(run.stdout));
    // Without the map, "Gennevillier" stays apart (and is noted on standard error).
    expect(r.territories.map((t) => t.territory)).toEqual(['Gennevillier', 'Gennevilliers', 'Nanterre', 'Villeneuve-la-Garenne']);
    expect(r.responses).toBe(24);
    const schema = JSON.parse(await ok(['schema', 'rollup'])) as { title: string };
    expect(schema.title).toBe('impact-collectif rollup');
  });

  it('a roll-up in the folder of answers is skipped with a note, as a JSON report is', async () => {
    const dir = join(tmp, 'with-rollup');
    mkdirSync(dir);
    for (const f of readdirSync(`${T}/2026`)) writeFileSync(join(dir, f), readFileSync(`${T}/2026/${f}`));
    writeFileSync(join(dir, 'synthese.json'), await ok(['report', `${T}/2026`, '--group-by', 'territory', '--format', 'json']));
    const r = await cli(['report', dir, '--group-by', 'territory', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`impact-collectif: ${dir}/synthese.json: skipped: a JSON report, not an answer file (compare reads it)\n`);
  });

  it('notes near-duplicate names on standard error, in French', async () => {
    const r = await cli(['report', `${T}/2025`, '--group-by', 'territory', '--format', 'json', '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'impact-collectif: territoires aux noms proches, comptés à part : « Gennevillier » et « Gennevilliers » ; si c’est le même, réunissez-les avec --territory-map\n',
    );
  });

  it('ranks and places each territory: quartiles by linear interpolation, equal scores equal rank', async () => {
    const r = Rollup.parse(JSON.parse(await ok(['report', `${T}/2026`, '--group-by', 'territory', '--territory-map', MAP, '--format', 'json'])));
    const p1 = r.territories.map((t) => t.scores[0]!);
    const spread = r.spread[0]!;
    const sorted = p1.map((s) => s.score!).sort((a, b) => a - b);
    expect(spread.median).toBe(sorted[1]);
    expect(spread.q1).toBeCloseTo((sorted[0]! + sorted[1]!) / 2, 1);
    expect(p1.map((s) => s.rank)).toEqual(p1.map((s) => sorted.filter((x) => x > s.score!).length + 1));
  });
});

describe('the streaming path gives the bytes of full reports', () => {
  it.each(['fr', 'en'] as const)('3 territories × 2 years, with and without the map (%s)', async (lang) => {
    const paths = [`${T}/2025`, `${T}/2026`];
    const folded = await ok(['report', ...paths, '--group-by', 'territory', '--format', 'json', '--territory-map', MAP, '--lang', lang]);
    const map = new Map([['gennevillier', 'Gennevilliers'], ['gennevilliers', 'Gennevilliers']]);
    expect(sortSpellings(folded)).toBe(sortSpellings(await fromFullReports(paths, lang, map)));
  });

  it('600 generated responses across 12 territories, and the same from standard input (read without folding)', async () => {
    const dir = generateNational(ROOT, tmp, 600, 12);
    const folded = await ok(['report', dir, '--group-by', 'territory', '--format', 'json']);
    expect(folded).toBe(await fromFullReports([dir], 'en'));
    const files = readdirSync(dir).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
    const r = await cli(['report', '-', '--group-by', 'territory', '--format', 'json'], { stdin: files.join('---\n') });
    expect(r.code).toBe(0);
    expect(r.stdout.replaceAll('<stdin>', dir)).toBe(folded);
  });
});

/** Spellings are listed sorted in the roll-up; the reference above lists them as found. */
function sortSpellings(json: string): string {
  const r = JSON.parse(json) as { territories: { spellings: string[] }[] };
  for (const t of r.territories) t.spellings = [...new Set(t.spellings)].sort();
  return JSON.stringify(r);
}

describe('several territories without --group-by', () => {
  it.each([
    ['en', 'these responses come from 3 territories ("Gennevilliers", "Nanterre", "Villeneuve-la-Garenne"): a report covers one territory; --group-by territory'],
    ['fr', 'ces réponses viennent de 3 territoires (« Gennevilliers », « Nanterre », « Villeneuve-la-Garenne ») : un rapport porte sur un territoire ; --group-by territory'],
  ] as const)('are refused with exit 2, at the first response of another territory (%s)', async (lang, text) => {
    const r = await cli(['report', `${T}/2026`, '--lang', lang]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${T}/2026/nanterre.yaml:4:12: territory: ${text}`);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('one territory written several ways is one report, under its most frequent name', async () => {
    const r = JSON.parse(await ok(['report', `${T}/2026/nanterre.yaml`, '--format', 'json'])) as { territory: string; responses: number };
    expect(r).toMatchObject({ territory: 'Nanterre', responses: 4 });
  });

  it('--territory-map merges what normalisation does not', async () => {
    const one = join(tmp, 'gennevilliers');
    mkdirSync(one);
    writeFileSync(join(one, 'a.yaml'), readFileSync(`${T}/2025/gennevilliers.yaml`));
    expect((await cli(['report', one])).code).toBe(2);
    const r = JSON.parse(await ok(['report', one, '--territory-map', MAP, '--format', 'json'])) as { territory: string; responses: number };
    expect(r).toMatchObject({ territory: 'Gennevilliers', responses: 5 });
  });
});

describe('--output-dir', () => {
  it.each([
    ['markdown', 'md'],
    ['json', 'json'],
    ['html', 'html'],
  ] as const)('writes one %s report per territory and an index linking them', async (format, ext) => {
    const out = join(tmp, `set-${format}`);
    await ok(['report', `${T}/2025`, '--group-by', 'territory', '--territory-map', MAP, '--output-dir', out, '--format', format, '--lang', 'fr']);
    expect(readdirSync(out).sort()).toEqual([`gennevilliers.${ext}`, `index.${ext}`, `nanterre.${ext}`, `villeneuve-la-garenne.${ext}`]);
    if (format === 'markdown') {
      expectGolden(readFileSync(join(out, 'index.md'), 'utf8'), 'rollup/batch-2025/index.md');
      expectGolden(readFileSync(join(out, 'nanterre.md'), 'utf8'), 'rollup/batch-2025/nanterre.md');
    }
    if (format === 'json') {
      const index = Rollup.parse(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
      expect(index.territories.map((t) => t.file)).toEqual(['gennevilliers.json', 'nanterre.json', 'villeneuve-la-garenne.json']);
      const one = JSON.parse(readFileSync(join(out, 'nanterre.json'), 'utf8')) as { territory: string; responses: number };
      expect(one).toMatchObject({ territory: 'Nanterre', responses: 4 });
    }
    if (format === 'html') expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<a href="nanterre.html">Nanterre</a>');
  });

  it('refuses a folder that is not empty, before any work, and leaves it as it was', async () => {
    const out = join(tmp, 'full');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = await cli(['report', `${T}/2025`, '--group-by', 'territory', '--output-dir', out, '--format', 'markdown']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${out}: exists and is not empty: choose a new folder (it is written whole or not at all), or empty it\n`);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('writes all or nothing: a failure midway leaves no folder and no temporary one', async () => {
    const parent = join(tmp, 'midway');
    mkdirSync(parent);
    const files = new Map([
      ['a.md', 'A'],
      ['sub/b.md', 'B'],
    ]);
    await expect(writeFolder(parent, 'out', files)).rejects.toBeInstanceOf(InputError);
    expect(readdirSync(parent)).toEqual([]);
    await writeFolder(parent, 'out', new Map([['a.md', 'A']]));
    expect(readdirSync(parent)).toEqual(['out']);
    expect(existsSync(join(parent, 'out', 'a.md'))).toBe(true);
  });

  it.each([
    [['--output-dir', 'x'], '--output-dir writes one report per territory: it goes with --group-by territory'],
    [['--group-by', 'territory', '--output-dir', 'x', '--format', 'terminal'], '--output-dir writes HTML, Markdown or JSON files, not "terminal"'],
    [['--group-by', 'territory', '--output-dir', 'x', '--output', 'y.html'], '--output and --output-dir exclude each other'],
    [['--group-by', 'territory', '--format', 'svg'], '--group-by does not give the "svg" format'],
    [['--group-by', 'sector'], '--group-by: "sector" is not possible'],
    [['--group-by', 'territory', '--fail-under', '50'], '--fail-under is about one territory\'s report: it does not go with --group-by'],
  ])('usage errors: %j', async (args, text) => {
    const r = await cli(['report', `${T}/2025`, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
  });
});

describe('the HTML roll-up, outlined', () => {
  it('golden outline (French, with links to the territories\' reports)', async () => {
    const out = join(tmp, 'html-outline');
    await ok(['report', `${T}/2026`, '--group-by', 'territory', '--territory-map', MAP, '--output-dir', out, '--lang', 'fr']);
    const { outline, parse } = await import('../reporters/html-dom.js');
    expectGolden(`${outline(parse(readFileSync(join(out, 'index.html'), 'utf8'))).join('\n')}\n`, 'rollup/batch-2026/index.html.outline.txt');
  });
});
