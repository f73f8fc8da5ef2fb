// report --format csv|xlsx: golden tables (XLSX read back with read-excel-file), formula neutralisation, privacy, names, bytes.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { parse } from 'csv-parse/sync';
import { neutralise } from '../../src/io/formula.js';
import { cli, fixture } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const COLLECTIVE = fixture('answers/collective');
const EXPRESS = fixture('answers/express/several');
const NAMES = ['Claire Martin', 'Julien Moreau', 'Fatou Diallo'];

async function run(args: string[]): Promise<string> {
  const r = await cli(['report', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** Runs report into a new file and returns its bytes. */
async function toFile(args: string[], name = 'out.xlsx'): Promise<Buffer> {
  const out = join(mkdtempSync(join(tmpdir(), 'ic-exports-')), name);
  await run([...args, '--output', out]);
  return readFileSync(out);
}

/** Every sheet as its name, then a row per line in JSON (dates as ISO text), for a golden file. */
async function sheetsOf(bytes: Buffer): Promise<string> {
  const sheets = await readXlsxFile(bytes);
  return sheets.map((s) => `# ${s.sheet}\n${s.data.map((row) => JSON.stringify(row)).join('\n')}\n`).join('\n');
}

describe('CSV golden files', () => {
  it.each([
    ['exports/collective-scores.fr.csv', [COLLECTIVE, '--lang', 'fr']],
    ['exports/collective-scores.excel-fr.csv', [COLLECTIVE, '--lang', 'fr', '--csv-dialect', 'excel-fr']],
    ['exports/collective-long.en.csv', [COLLECTIVE, '--lang', 'en', '--table', 'long']],
    ['exports/express-long-comments.excel-fr.csv', [EXPRESS, '--lang', 'fr', '--table', 'long', '--comments', '--csv-dialect', 'excel-fr']],
  ] as const)('%s', async (name, args) => {
    expectGolden(await run([...args, '--format', 'csv']), name);
  });

  it('RFC 4180 by default: commas, CRLF, a field with a newline, a quote or a comma quoted; no BOM', async () => {
    const csv = await run([COLLECTIVE, '--format', 'csv', '--table', 'long', '--comments', '--lang', 'fr']);
    expect(csv.startsWith('territoire,date,répondant,secteur,')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(400);
    expect(csv).toContain('"Les décisions se prennent en amont, entre institutions.\nLe comité valide ce qui est déjà décidé."');
  });

  it('excel-fr: a BOM, semicolons, decimal commas', async () => {
    const csv = await run([COLLECTIVE, '--format', 'csv', '--csv-dialect', 'excel-fr', '--lang', 'fr']);
    expect(csv.startsWith('\uFEFFterritoire;questionnaire;version;')).toBe(true);
    expect(csv).toContain(';urgence;Sentiment d\'urgence à agir;63,3;');
  });
});

describe('XLSX', () => {
  it('two sheets, numbers as numbers and dates as dates (read back with read-excel-file)', async () => {
    const bytes = await toFile([COLLECTIVE, '--format', 'xlsx', '--lang', 'fr']);
    const sheets = await readXlsxFile(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['scores', 'réponses']);
    const [scores, long] = sheets as [(typeof sheets)[number], (typeof sheets)[number]];
    expect(scores.data[1]!.slice(4, 11)).toEqual(['urgence', 'Sentiment d\'urgence à agir', 63.3, 'En développement', 75, 11.7, 12]);
    expect(long.data[1]![1]).toBeInstanceOf(Date);
    expect((long.data[1]![1] as unknown as Date).toISOString()).toBe('2025-03-04T00:00:00.000Z');
    expect(typeof long.data[1]![8]).toBe('number');
    expect(long.data).toHaveLength(1 + (await run([COLLECTIVE, '--format', 'csv', '--table', 'long'])).trimEnd().split('\r\n').length - 1);
    expectGolden(await sheetsOf(bytes), 'exports/collective.fr.xlsx.txt');
  });

  it('the same report gives the same bytes (zip entries carry a fixed time)', async () => {
    const a = await toFile([EXPRESS, '--format', 'xlsx']);
    await new Promise((r) => setTimeout(r, 2100));
    const b = await toFile([EXPRESS, '--format', 'xlsx']);
    expect(a.equals(b)).toBe(true);
  }, 20_000);

  it('is never written to a terminal: exit 2, one line, nothing on standard output', async () => {
    const r = await cli(['report', EXPRESS, '--format', 'xlsx', '--lang', 'en'], { tty: true });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'impact-collectif: an XLSX file cannot be shown in a terminal: add --output FILE.xlsx (or redirect: > FILE.xlsx)\n' });
  });
});

describe('the words of the tables follow --lang, the ids do not', () => {
  /** The distinct values of a column of the scores table (CSV, parsed back). */
  async function column(lang: string, header: string): Promise<string[]> {
    const [head, ...rows] = parse(await run([COLLECTIVE, '--format', 'csv', '--lang', lang])) as string[][];
    const c = head!.indexOf(header);
    expect(c).toBeGreaterThanOrEqual(0);
    return [...new Set(rows.map((row) => row[c]!))];
  }

  it('French: précondition, composante, indice, seuil; réunie, non réunie, atteint, non atteint', async () => {
    expect(await column('fr', 'type')).toEqual(['précondition', 'composante', 'indice', 'seuil']);
    expect(await column('fr', 'statut')).toEqual(['réunie', 'non réunie', '', 'non atteint']);
    expect(await column('fr', 'id')).toContain('gate');
    const sheets = await readXlsxFile(await toFile([COLLECTIVE, '--format', 'xlsx', '--lang', 'fr']));
    const scores = sheets[0]!.data;
    expect(scores.slice(1).map((row) => [row[3], row[11]]).at(-1)).toEqual(['seuil', 'non atteint']);
    expect(scores.slice(1).every((row) => !['precondition', 'component', 'index', 'gate'].includes(row[3] as string))).toBe(true);
  });

  it('English: precondition, component, index, gate; met, unmet', async () => {
    expect(await column('en', 'kind')).toEqual(['precondition', 'component', 'index', 'gate']);
    expect(await column('en', 'status')).toEqual(['met', 'unmet', '']);
  });

  it('the long table keeps ids and unknown in French', async () => {
    const [head, ...rows] = parse(await run([COLLECTIVE, '--format', 'csv', '--table', 'long', '--lang', 'fr'])) as string[][];
    expect(head).toEqual(['territoire', 'date', 'répondant', 'secteur', 'questionnaire', 'version', 'dimension', 'question', 'valeur']);
    expect(new Set(rows.map((row) => row[8]))).toEqual(new Set(['0', '1', '2', '3', 'unknown']));
    expect(rows[0]!.slice(4, 8)).toEqual(['impact-collectif', '1.0.0', 'urgence', 'urgence.constat-partage']);
  });
});

describe('what the tables may show', () => {
  it('the long table gives the sector of small groups as the merged row, a stable anonymous key, no name without --with-names', async () => {
    const csv = await run([COLLECTIVE, '--format', 'csv', '--table', 'long', '--comments', '--lang', 'fr']);
    for (const name of NAMES) expect(csv).not.toContain(name);
    expect(csv).not.toContain('Services de l\'État');
    expect(csv).not.toContain('Habitant·es');
    expect(csv).toContain(',autres secteurs (regroupés),');
    const keys = [...new Set(csv.split('\r\n').slice(1, -1).map((line) => line.split(',')[2]))];
    expect(keys).toEqual(['R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10', 'R11', 'R12']);
    const named = await run([COLLECTIVE, '--format', 'csv', '--table', 'long', '--with-names', '--lang', 'fr']);
    expect(named.split('\r\n')[0]).toBe('territoire,date,répondant,secteur,questionnaire,version,dimension,question,valeur,nom');
    for (const name of NAMES) expect(named).toContain(name);
  });

  it('comments only with --comments', async () => {
    const csv = await run([COLLECTIVE, '--format', 'csv', '--table', 'long', '--lang', 'fr']);
    expect(csv.split('\r\n')[0]).toBe('territoire,date,répondant,secteur,questionnaire,version,dimension,question,valeur');
    expect(csv).not.toContain('Le poste de cheffe de projet');
  });

  it('neutralises cells that a spreadsheet would run as a formula, in CSV and XLSX', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-formula-'));
    const answer = (file: string, territory: string, comment: string, name: string) =>
      writeFileSync(
        join(dir, file),
        [
          'questionnaire: impact-collectif-express',
          `territory: ${JSON.stringify(territory)}`,
          'respondent:',
          `  name: ${JSON.stringify(name)}`,
          '  sector: association',
          'answers:',
          `  urgence.constat-partage: { value: 2, comment: ${JSON.stringify(comment)} }`,
          '',
        ].join('\n'),
      );
    const territory = '=HYPERLINK("http://x.example","clic")';
    answer('a.yaml', territory, '@SUM(A1:A9)', '-2+3');
    answer('b.yaml', territory, '+33 6 00 00 00 00', 'Bea');
    answer('c.yaml', territory, 'plain text', 'Ada');
    const args = [dir, '--comments', '--with-names', '--lang', 'en'];
    const csv = parse(await run([...args, '--format', 'csv', '--table', 'long'])) as string[][];
    const cells = csv.slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    for (const x of [territory, '@SUM(A1:A9)', '-2+3', '+33 6 00 00 00 00']) expect(cells).toContain(`'${x}`);
    expect(cells).toContain('plain text');
    const sheets = await readXlsxFile(await toFile([...args, '--format', 'xlsx']));
    const texts = sheets.flatMap((s) => s.data.slice(1).flat()).filter((c): c is string => typeof c === 'string');
    expect(texts.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(texts).toContain(`'${territory}`);
    expect(texts).toContain("'@SUM(A1:A9)");
  });

  it('neutralise: text starting with = + - @ tab or carriage return gets an apostrophe; numbers and other text stay', () => {
    expect(['=1', '+1', '-1', '@a', '\tx', '\rx', 'a=1', ' =1', '', null, -1, 2.5].map(neutralise)).toEqual([
      "'=1", "'+1", "'-1", "'@a", "'\tx", "'\rx", 'a=1', ' =1', '', null, -1, 2.5,
    ]);
  });

  it('--table and --csv-dialect are for --format csv only', async () => {
    const r = await cli(['report', EXPRESS, '--format', 'json', '--table', 'long', '--lang', 'en']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'impact-collectif: --table applies to --format csv only\n' });
  });
});
