// The consultant's round trip, per survey tool: the questionnaire exported for the tool, the tool's export of the
// responses (fixtures written from each tool's documented layout, see test/fixtures/survey/README.md), imported,
// gives the same JSON report as the equivalent YAML answer files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { BIN, cli, fixture, ROOT } from '../helpers/cli.js';

const F = (name: string) => fixture(`survey/${name}`);
const EXPRESS = ['-q', 'impact-collectif-express'];
let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'ic-survey-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function json(paths: string[], lang = 'en'): Promise<string> {
  const r = await cli(['report', ...paths, '--format', 'json', '--lang', lang]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const csvRows = (path: string, delimiter = ','): string[][] => parse(readFileSync(path, 'utf8'), { delimiter, bom: true });

/** The rows of `survey export --to limesurvey` (tab-separated), as objects by column. */
async function limesurveyRows(): Promise<Record<string, string>[]> {
  const r = await cli(['survey', 'export', '--to', 'limesurvey', ...EXPRESS, '--lang', 'fr']);
  expect(r.code).toBe(0);
  return parse(r.stdout, { delimiter: '\t', columns: true }) as Record<string, string>[];
}

describe('survey round trip', () => {
  it.each(['limesurvey-codes.csv', 'limesurvey-texts.csv', 'kobo.csv', 'google-forms-fr.csv', 'template.csv', 'responses.json'])(
    '%s gives the report of the same responses as YAML answer files, in French and English',
    async (name) => {
      for (const lang of ['fr', 'en']) expect(await json([F(name)], lang)).toBe(await json([F('answers')], lang));
    },
  );

  it('LimeSurvey: the export has the question and answer codes the LimeSurvey CSV export carries', async () => {
    const rows = await limesurveyRows();
    const questions = new Set(rows.filter((r) => r.class === 'Q').map((r) => r.name));
    const answers = new Set(rows.filter((r) => r.class === 'A').map((r) => r.name));
    const [header, ...data] = csvRows(F('limesurvey-codes.csv'));
    const asked = header!.slice(header!.indexOf('territory'));
    expect(asked.filter((h) => !questions.has(h))).toEqual([]);
    // Every code is at most 20 characters, a letter first (LimeSurvey's rule), every answer code at most 5.
    expect([...questions].filter((c) => !/^[A-Za-z][A-Za-z0-9]{0,19}$/.test(c!))).toEqual([]);
    expect([...answers].filter((c) => c!.length > 5)).toEqual([]);
    const cells = data.flatMap((r) => r.slice(header!.indexOf('sector'))).filter((c) => /^[A-Z0-9]{1,3}$/.test(c));
    expect(cells.filter((c) => !answers.has(c))).toEqual([]);
    // Each item once per language, French first (the run's language), then English.
    expect(rows.filter((r) => r.class === 'Q' && r.name === 'territory').map((r) => r.language)).toEqual(['fr', 'en']);
  });

  it('LimeSurvey with full texts: the headings and answers are the texts of the export', async () => {
    const rows = await limesurveyRows();
    const texts = new Set(rows.filter((r) => r.class === 'Q' && r.language === 'fr').map((r) => r.text));
    const labels = new Set(rows.filter((r) => r.class === 'A' && r.language === 'fr').map((r) => r.text));
    const [header, ...data] = csvRows(F('limesurvey-texts.csv'));
    const first = header!.indexOf('Territoire');
    expect(header!.slice(first).filter((h) => !texts.has(h))).toEqual([]);
    // Answers of the professionals' wording are the export's labels (residents have their own wording).
    const pro = data.filter((r) => r[header!.indexOf('Votre secteur')] !== 'Habitant·es, familles, jeunes');
    expect(pro.flatMap((r) => r.slice(first + 4)).filter((c) => c !== '' && !labels.has(c))).toEqual([]);
  });

  it('a survey export follows the small-group rule like answer files: four sectors of one respondent are merged', async () => {
    const r = await cli(['report', F('limesurvey-codes.csv'), '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const { collective } = JSON.parse(r.stdout) as { collective: { privacy: { minGroupSize: number; merged: string[] }; sectorScores: { sector: string }[] } };
    expect(collective.privacy.minGroupSize).toBe(3);
    expect(collective.privacy.merged.toSorted()).toEqual(['association', 'collectivite', 'education-nationale', 'habitants']);
    expect(collective.sectorScores.map((s) => s.sector)).toEqual(['_merged']);
    const csv = await cli(['report', F('limesurvey-codes.csv'), '--format', 'csv', '--table', 'long', '--lang', 'en']);
    const sectors = new Set((parse(csv.stdout) as string[][]).slice(1).map((row) => row[3]));
    expect([...sectors]).toEqual(['other sectors (merged)']);
  });

  it('the XLSForm goes where report --format xlsx would: never to a terminal, to standard output otherwise', async () => {
    const tty = await cli(['survey', 'export', '--to', 'xlsform', ...EXPRESS, '--lang', 'en'], { tty: true });
    expect(tty).toEqual({ code: 2, stdout: '', stderr: 'impact-collectif: an XLSX file cannot be shown in a terminal: add --output FILE.xlsx (or redirect: > FILE.xlsx)\n' });
    const piped = spawnSync(process.execPath, [BIN, 'survey', 'export', '--to', 'xlsform', ...EXPRESS], { cwd: ROOT, env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' }, timeout: 20_000 });
    expect(piped.status).toBe(0);
    expect((await readXlsxFile(piped.stdout)).map((s) => s.sheet)).toEqual(['survey', 'choices', 'settings']);
  });

  it('KoboToolbox: the XLSForm has the group/name columns and choice names of the Kobo export', async () => {
    const out = join(dir, 'form.xlsx');
    expect((await cli(['survey', 'export', '--to', 'xlsform', ...EXPRESS, '--output', out])).code).toBe(0);
    const sheets = await readXlsxFile(readFileSync(out));
    expect(sheets.map((s) => s.sheet)).toEqual(['survey', 'choices', 'settings']);
    const survey = sheets[0]!.data as string[][];
    expect(survey[0]).toEqual(['type', 'name', 'label::English (en)', 'label::Français (fr)', 'hint::English (en)', 'hint::Français (fr)', 'required', 'relevant']);
    const paths = new Set<string>();
    let group = '';
    for (const [type, name] of survey.slice(1)) {
      if (type === 'begin_group') group = name!;
      else if (type !== 'end_group') paths.add(`${group}/${name}`);
    }
    const [header, ...data] = csvRows(F('kobo.csv'), ';');
    const asked = header!.filter((h) => h.includes('/'));
    expect(asked.filter((h) => !paths.has(h))).toEqual([]);
    const choices = (sheets[1]!.data as string[][]).slice(1);
    const lists = new Map<string, Set<string>>();
    for (const [list, name] of choices) lists.set(list!, (lists.get(list!) ?? new Set()).add(name!));
    for (const [i, h] of header!.entries()) {
      const row = survey.find((r) => h.endsWith(`/${r[1]}`));
      const list = row?.[0]?.startsWith('select_one ') ? row[0].slice('select_one '.length) : undefined;
      if (list) expect(data.map((r) => r[i]!).filter((c) => c !== '' && !lists.get(list)!.has(c))).toEqual([]);
    }
    // A question for professionals only is not shown to residents (it is to every other sector).
    const relevant = survey.find((r) => r[1] === 'uConstatPartage')?.[7];
    expect(relevant).toMatch(/^selected\(\$\{sector\}, 'education-nationale'\) or selected\(\$\{sector\}, 'collectivite'\) or /);
    expect(relevant).not.toContain("'habitants'");
    expect(survey.find((r) => r[1] === 'eiParticipationHabit')?.[7]).toBe(null);
    expect((sheets[2]!.data as string[][])[1]).toEqual(['Collective impact: express check of territorial cooperation', 'impact-collectif-express', '1.1.0', 'English (en)']);
  });

  it('KoboToolbox XLSX: the same export as a workbook (first sheet, or --sheet) gives the same report', async () => {
    const rows = csvRows(F('kobo.csv'), ';');
    const xlsx = join(dir, 'kobo.xlsx');
    const data = rows.map((r) => r.map((value) => (value === '' ? null : /^\d+$/.test(value) ? { value: Number(value), type: Number } : { value, type: String })));
    await writeXlsxFile([{ sheet: 'Notes', data: [[{ value: 'not the responses', type: String }]] }, { sheet: 'Réponses', data }]).toFile(xlsx);
    const out = join(dir, 'kobo-out');
    const r = await cli(['survey', 'import', xlsx, '--sheet', 'Réponses', '--output-dir', out]);
    expect(r.stderr).toBe('4 answer files written to ' + out + '\n');
    expect(await json([out])).toBe(await json([F('answers')]));
    expect((await cli(['survey', 'import', xlsx, '--sheet', 'Nope', '--output-dir', out])).stderr).toBe(`${xlsx}: no sheet "Nope"\n`);
  });

  it('CSV: the header is the template fixture\'s, and the codes file says what each code means', async () => {
    const out = join(dir, 'enquete.csv');
    expect((await cli(['survey', 'export', '--to', 'csv', ...EXPRESS, '--output', out, '--lang', 'fr'])).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe(readFileSync(F('template.csv'), 'utf8').split('\r\n')[0]);
    const codes = csvRows(join(dir, 'enquete-codes.csv'));
    expect(codes[0]).toEqual(['colonne', 'code', 'signification']);
    expect(codes).toContainEqual(['urgence.constat-partage', 'unknown', 'Je ne sais pas']);
    expect(codes.filter((r) => r[0] === 'urgence.constat-partage').map((r) => r[1])).toEqual(['', '0', '1', '2', '3', 'unknown']);
  });

  it('survey import writes answer files that validate accepts, named from territory, sector and row, and never replaces one', async () => {
    const out = join(dir, 'ls');
    const r = await cli(['survey', 'import', F('limesurvey-codes.csv'), '--output-dir', out, '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`4 fichiers de réponses écrits dans ${out}\n`);
    expect(readdirSync(out)).toEqual(['nanterre-association-2.yaml', 'nanterre-collectivite-3.yaml', 'nanterre-education-nationale-5.yaml', 'nanterre-habitants-4.yaml']);
    expect((await cli(['validate', out])).code).toBe(0);
    expect(await json([out])).toBe(await json([F('answers')]));
    expect(readFileSync(join(out, 'nanterre-association-2.yaml'), 'utf8')).toMatch(
      new RegExp('^questionnaire: impact-collectif-express\nversion: 1\\.1\\.0\nterritory: Nanterre\nrespondent:\n {2}sector: association\n {2}name: Awa Diallo\ndate: 2025-02-04\nanswers:\n {2}urgence\\.constat-partage: 2\n'),
    );
    writeFileSync(join(out, 'nanterre-association-2.yaml'), 'mine\n');
    const again = await cli(['survey', 'import', F('limesurvey-codes.csv'), '--output-dir', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(`${join(out, 'nanterre-association-2.yaml')}: exists already: nothing was written (choose another folder, or remove this file)\n`);
    expect(readFileSync(join(out, 'nanterre-association-2.yaml'), 'utf8')).toBe('mine\n');
  });

  it('two exports of the same name from two folders: every row gets its own file, none replaced by another', async () => {
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub));
      writeFileSync(join(dir, sub, 'export.csv'), readFileSync(F('limesurvey-codes.csv')));
    }
    const out = join(dir, 'same-name');
    const r = await cli(['survey', 'import', join(dir, 'a', 'export.csv'), join(dir, 'b', 'export.csv'), '--output-dir', out]);
    expect([r.code, r.stderr]).toEqual([0, `8 answer files written to ${out}\n`]);
    const files = readdirSync(out);
    expect(files).toHaveLength(8);
    expect(files.slice(0, 2)).toEqual(['export-nanterre-association-2-2.yaml', 'export-nanterre-association-2.yaml']);
    expect((JSON.parse(await json([out])) as { responses: number }).responses).toBe(8);
  });

  it('a CSV saved by French Excel (Windows-1252, ;) is read as the UTF-8 one; --encoding utf-8 refuses it with its place', async () => {
    const text = readFileSync(F('google-forms-fr.csv'), 'utf8').replace(/","/g, '";"');
    const path = join(dir, 'excel-fr.csv');
    writeFileSync(path, windows1252(text));
    expect(await json([path])).toBe(await json([F('answers')]));
    const imported = await cli(['survey', 'import', path, '--encoding', 'utf-8', '--output-dir', join(dir, 'nope')]);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toMatch(/^.*excel-fr\.csv:1:\d+: is not valid UTF-8 text\n$/);
  });

  it('--suggest-map writes a mapping with TODO where nothing was recognised; filled in, it imports', async () => {
    const path = join(dir, 'forms.csv');
    writeFileSync(path, 'Horodateur,Commune,Structure,Q7\n04/02/2025 10:00:00,Nanterre,Mairie,Plutôt oui\n');
    const refused = await cli(['report', path, ...EXPRESS]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${path}: column "Q7": neither a question of the questionnaire nor a respondent field`);
    const map = join(dir, 'map.yaml');
    const s = await cli(['survey', 'import', path, ...EXPRESS, '--suggest-map', '--output', map]);
    expect(s.code).toBe(0);
    const text = readFileSync(map, 'utf8');
    expect(text).toContain('columns:\n  Horodateur: date\n  Commune: territory\n  Structure: sector\n  Q7: TODO\n');
    expect(text).toContain('sectors:\n  Mairie: TODO\n');
    const stillTodo = await cli(['survey', 'import', path, '--map', map, '--output-dir', join(dir, 'm')]);
    expect(stillTodo.code).toBe(2);
    expect(stillTodo.stderr).toMatch(/map\.yaml:\d+:\d+: columns\.Q7: still to describe \(TODO\)/);
    writeFileSync(map, text.replace('Q7: TODO', 'Q7: urgence.constat-partage').replace('Mairie: TODO', 'Mairie: collectivite'));
    const notLevel = await cli(['survey', 'import', path, '--map', map, '--output-dir', join(dir, 'm')]);
    expect(notLevel.stderr).toBe(`${path}: row 2, column "Q7": "Plutôt oui" is not a level of urgence.constat-partage (0–3, unknown, or the level texts)\n`);
    writeFileSync(map, `${readFileSync(map, 'utf8')}values:\n  Plutôt oui: 2\n`.replace('values: {}\n', ''));
    const ok = await cli(['survey', 'import', path, '--map', map, '--output-dir', join(dir, 'm')]);
    expect(ok.stderr).toBe(`1 answer file written to ${join(dir, 'm')}\n`);
    expect(readFileSync(join(dir, 'm', 'nanterre-collectivite-2.yaml'), 'utf8')).toContain('date: 2025-02-04\nanswers:\n  urgence.constat-partage: 2\n');
  });
});

/** Text as Windows-1252 bytes (what French Excel saves): Latin-1, with the typographic characters it adds. */
function windows1252(text: string): Buffer {
  const extra: Record<string, number> = { '\u2019': 0x92, '\u2018': 0x91, '\u201c': 0x93, '\u201d': 0x94, '\u2026': 0x85, '\u0153': 0x9c, '\u2013': 0x96, '\u2014': 0x97 };
  return Buffer.from([...text].map((c) => extra[c] ?? (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
}
