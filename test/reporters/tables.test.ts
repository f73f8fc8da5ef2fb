// The roll-up (report --group-by territory) and the action plan (plan show) as CSV and XLSX: golden tables (XLSX read
// back with read-excel-file), typed cells, same bytes twice, formulas neutralised, never XLSX to a terminal.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { parse } from 'csv-parse/sync';
import { cli, fixture } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const T = fixture('answers/territories');
const ROLLUP = ['report', `${T}/2026`, '--group-by', 'territory', '--territory-map', `${T}/map.yaml`];
const PLAN = ['plan', 'show', fixture('plans/plan-2025.yaml')];

async function run(argv: string[]): Promise<string> {
  const r = await cli(argv);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

async function toFile(argv: string[]): Promise<Buffer> {
  const out = join(mkdtempSync(join(tmpdir(), 'ic-tables-')), 'out.xlsx');
  await run([...argv, '--output', out]);
  return readFileSync(out);
}

/** Every sheet as its name, then a row per line in JSON (dates as ISO text), for a golden file. */
async function sheetsOf(bytes: Buffer): Promise<string> {
  const sheets = await readXlsxFile(bytes);
  return sheets.map((s) => `# ${s.sheet}\n${s.data.map((row) => JSON.stringify(row)).join('\n')}\n`).join('\n');
}

describe('the roll-up as a table', () => {
  it.each([
    ['tables/rollup-2026.fr.csv', ['--lang', 'fr']],
    ['tables/rollup-2026.en.csv', ['--lang', 'en']],
    ['tables/rollup-2026.excel-fr.csv', ['--lang', 'fr', '--csv-dialect', 'excel-fr']],
  ] as const)('%s', async (name, args) => {
    expectGolden(await run([...ROLLUP, ...args, '--format', 'csv']), name);
  });

  it('CSV: a row per territory, the same scores as the JSON roll-up', async () => {
    const rows = parse(await run([...ROLLUP, '--lang', 'en', '--format', 'csv'])) as string[][];
    const json = JSON.parse(await run([...ROLLUP, '--lang', 'en', '--format', 'json'])) as { territories: { territory: string; responses: number; scores: { score: number | null }[]; indices: { score: number | null }[]; gate: { met: boolean } }[] };
    expect(rows[0]!.slice(0, 3)).toEqual(['territory', 'responses', 'sectors']);
    expect(rows[0]!.slice(-3)).toEqual(['Preconditions index', 'Components index', 'preconditions in place']);
    expect(rows).toHaveLength(1 + json.territories.length);
    json.territories.forEach((t, i) => {
      const row = rows[i + 1]!;
      expect(row[0]).toBe(t.territory);
      expect(Number(row[1])).toBe(t.responses);
      expect(row.slice(3, -1)).toEqual([...t.scores, ...t.indices].map((s) => (s.score === null ? '' : String(s.score))));
      expect(row.at(-1)).toBe(t.gate.met ? 'met' : 'unmet');
    });
    const fr = parse(await run([...ROLLUP, '--lang', 'fr', '--format', 'csv'])) as string[][];
    expect(fr.map((row) => row.at(-1))).toEqual(['préconditions réunies', ...json.territories.map((t) => (t.gate.met ? 'réunies' : 'non réunies'))]);
  });

  it('XLSX: the territories and the spread, numbers as numbers, French and English', async () => {
    const fr = await toFile([...ROLLUP, '--lang', 'fr', '--format', 'xlsx']);
    const sheets = await readXlsxFile(fr);
    expect(sheets.map((s) => s.sheet)).toEqual(['territoires', 'dispersion']);
    expect(typeof sheets[0]!.data[1]![1]).toBe('number');
    expect(typeof sheets[0]!.data[1]![3]).toBe('number');
    expect(sheets[1]!.data[0]).toEqual(['dimension', 'territoires', 'min', 'Q1', 'médiane', 'Q3', 'max']);
    expectGolden(await sheetsOf(fr), 'tables/rollup-2026.fr.xlsx.txt');
    expectGolden(await sheetsOf(await toFile([...ROLLUP, '--lang', 'en', '--format', 'xlsx'])), 'tables/rollup-2026.en.xlsx.txt');
  });

  it('the same roll-up gives the same bytes', async () => {
    const a = await toFile([...ROLLUP, '--format', 'xlsx']);
    await new Promise((r) => setTimeout(r, 2100));
    expect(a.equals(await toFile([...ROLLUP, '--format', 'xlsx']))).toBe(true);
  }, 20_000);

  it('refuses XLSX to a terminal, --table, and --csv-dialect without csv: exit 2, one line', async () => {
    expect(await cli([...ROLLUP, '--format', 'xlsx', '--lang', 'en'], { tty: true })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'impact-collectif: an XLSX file cannot be shown in a terminal: add --output FILE.xlsx (or redirect: > FILE.xlsx)\n',
    });
    const table = await cli([...ROLLUP, '--format', 'csv', '--table', 'long', '--lang', 'en']);
    expect(table.code).toBe(2);
    expect(table.stderr).toBe('impact-collectif: --table does not go with --group-by: the roll-up is one table (a row per territory; the XLSX adds the spread)\n');
    const dialect = await cli([...ROLLUP, '--format', 'markdown', '--csv-dialect', 'excel-fr', '--lang', 'fr']);
    expect(dialect).toEqual({ code: 2, stdout: '', stderr: 'impact-collectif: --csv-dialect ne vaut que pour --format csv\n' });
  });

  it('neutralises a territory name that a spreadsheet would run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-rollup-formula-'));
    const territory = '=HYPERLINK("http://x.example","clic")';
    for (const [file, t] of [['a.yaml', territory], ['b.yaml', 'Plain']] as const) {
      writeFileSync(join(dir, file), ['questionnaire: impact-collectif-express', `territory: ${JSON.stringify(t)}`, 'respondent:', '  sector: association', 'answers:', '  urgence.constat-partage: 2', ''].join('\n'));
    }
    const csv = parse(await run(['report', dir, '--group-by', 'territory', '--format', 'csv'])) as string[][];
    expect(csv.map((row) => row[0])).toContain(`'${territory}`);
    const sheets = await readXlsxFile(await toFile(['report', dir, '--group-by', 'territory', '--format', 'xlsx']));
    expect(sheets[0]!.data.map((row) => row[0])).toContain(`'${territory}`);
  });
});

describe('the action plan as a table', () => {
  it.each([
    ['tables/plan.fr.csv', ['--lang', 'fr']],
    ['tables/plan.en.excel-fr.csv', ['--lang', 'en', '--csv-dialect', 'excel-fr']],
  ] as const)('%s', async (name, args) => {
    expectGolden(await run([...PLAN, ...args, '--format', 'csv']), name);
  });

  it('the status in the run\'s language, as plan show prints it', async () => {
    const status = (csv: string) => (parse(csv) as string[][]).slice(1).map((row) => row[6]);
    expect(status(await run([...PLAN, '--lang', 'fr', '--format', 'csv']))).toEqual(['faite', 'faite', 'en cours', 'en cours', 'abandonnée', 'faite', 'à faire', 'faite', 'à faire']);
    expect(status(await run([...PLAN, '--lang', 'en', '--format', 'csv']))).toEqual(['done', 'done', 'in progress', 'in progress', 'dropped', 'done', 'to do', 'done', 'to do']);
  });

  it('XLSX: one sheet, due dates as dates, the same bytes twice', async () => {
    const bytes = await toFile([...PLAN, '--lang', 'fr', '--format', 'xlsx']);
    const sheets = await readXlsxFile(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['plan']);
    expect(sheets[0]!.data[0]).toEqual(['id', 'action', 'défi', 'dimensions', 'porteur', 'échéance', 'statut', 'notes']);
    expect(sheets[0]!.data[1]![5]).toBeInstanceOf(Date);
    expectGolden(await sheetsOf(bytes), 'tables/plan.fr.xlsx.txt');
    expect(bytes.equals(await toFile([...PLAN, '--lang', 'fr', '--format', 'xlsx']))).toBe(true);
  });

  it('refuses XLSX to a terminal, and --csv-dialect without csv', async () => {
    const r = await cli([...PLAN, '--format', 'xlsx', '--lang', 'fr'], { tty: true });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'impact-collectif: un fichier XLSX ne s’affiche pas dans un terminal : ajoutez --output FICHIER.xlsx (ou redirigez : > FICHIER.xlsx)\n' });
    expect((await cli([...PLAN, '--csv-dialect', 'excel-fr', '--lang', 'en'])).stderr).toBe('impact-collectif: --csv-dialect applies to --format csv only\n');
  });

  it('neutralises an owner or notes that a spreadsheet would run', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ic-plan-formula-')), 'plan.yaml');
    writeFileSync(
      file,
      ['plan: 1', 'territory: Test', 'questionnaire: impact-collectif', 'actions:', '  - id: a', '    title: "@SUM(A1:A2)"', '    dimensions: [ressources]', '    owner: "=cmd|\' /C calc\'!A0"', '    notes: "+33 6 00 00 00 00"', ''].join('\n'),
    );
    const cells = (parse(await run(['plan', 'show', file, '--format', 'csv'])) as string[][]).slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toEqual(expect.arrayContaining(["'@SUM(A1:A2)", "'=cmd|' /C calc'!A0", "'+33 6 00 00 00 00"]));
    const sheets = await readXlsxFile(await toFile(['plan', 'show', file, '--format', 'xlsx']));
    expect(sheets[0]!.data[1]).toContain("'=cmd|' /C calc'!A0");
  });
});
