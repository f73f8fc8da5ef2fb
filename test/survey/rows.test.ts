// A CSV export's rows are read one at a time (survey/csv.ts, rows.ts): what is said of a file stays what it was
// when every row was read first, and a row the quick check does not take goes through the schema, in row order.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture } from '../helpers/cli.js';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'ic-survey-rows-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = 'territory,sector,urgence.constat-partage';

async function report(name: string, content: string | Buffer, extra: string[] = []) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { ...(await cli(['report', path, '--format', 'json', ...extra])), path };
}

describe('survey export rows', () => {
  it('a UTF-8 file with a byte order mark reads as the same file without it', async () => {
    const text = readFileSync(fixture('survey/template.csv'), 'utf8');
    const plain = await report('plain.csv', text);
    const bom = await report('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect([bom.code, bom.stderr]).toEqual([0, '']);
    expect(bom.stdout).toBe(plain.stdout);
  });

  it('rows end with the line break of the header (CRLF, LF or CR), whatever a quoted cell holds, in a long file', async () => {
    // A column named _… is read as nothing (tool metadata): its cells may hold any line break and quotes.
    // Most line breaks of the file are inside quotes.
    const note = `"${'a\nb ""q""\r\n'.repeat(10)}c"`;
    const pair = [`${note},Nanterre,association,2`, '"c\rd",Nanterre,collectivite,"3"'];
    const rows = [`"_note\r\nA",${HEAD}`, ...Array.from({ length: 3_000 }, () => pair).flat()];
    const lf = await report('lf.csv', `${rows.join('\n')}\n`);
    expect([lf.code, lf.stderr]).toEqual([0, '']);
    expect((JSON.parse(lf.stdout) as { responses: number }).responses).toBe(6_000);
    for (const [name, eol] of [['crlf.csv', '\r\n'], ['cr.csv', '\r']] as const) {
      const r = await report(name, `${rows.join(eol)}${eol}`);
      expect([r.code, r.stderr, r.stdout]).toEqual([0, '', lf.stdout]);
    }
  });

  it('a file that mixes line breaks (an exported header in CRLF, rows added in LF or CR) ends a row at each', async () => {
    // A column named _… is read as nothing: its quoted cell holds a line break of the other kind.
    const head = `_note,${HEAD}`;
    const rows = ['x,Nanterre,association,2', '"a\nb",Nanterre,collectivite,3', 'y,Nanterre,habitants,1'];
    const one = await report('one-break.csv', `${[head, ...rows].join('\r\n')}\r\n`);
    expect([one.code, one.stderr]).toEqual([0, '']);
    expect((JSON.parse(one.stdout) as { responses: number }).responses).toBe(3);
    for (const [name, text] of [
      ['crlf-then-lf.csv', `${head}\r\n${rows.join('\n')}\n`],
      ['lf-then-crlf.csv', `${head}\n${rows[0]}\r\n${rows[1]}\n${rows[2]}\r\n`],
      ['cr-then-lf.csv', `${head}\r${rows.join('\n')}`],
    ]) {
      const r = await report(name!, text!);
      expect([name, r.code, r.stderr, r.stdout]).toEqual([name, 0, '', one.stdout]);
    }
  });

  it('a broken row is said before an unknown column, as when the rows were read first', async () => {
    const quote = await report('quote.csv', `${HEAD},Q7\nNanterre,association,2,x\nNanterre,association,"2,x\n`);
    expect([quote.code, quote.stderr]).toEqual([2, `${quote.path}: line 3: a quote is opened and never closed\n`]);
    const extra = await report('extra.csv', `${HEAD},Q7\nNanterre,association,2,x\nNanterre,association,2,x,extra\n`);
    expect([extra.code, extra.stderr]).toEqual([2, `${extra.path}: row 3: more cells than headers\n`]);
  });

  it('a quote inside a cell that is not quoted is a misplaced quote, at its line of the file', async () => {
    const bad = 'Nanterre,asso"ciation,2\n';
    const first = await report('quote-first.csv', `${HEAD}\n${bad}`);
    expect([first.code, first.stderr]).toEqual([2, `${first.path}: line 2: misplaced quote (a quoted field must be quoted whole, with inner quotes doubled)\n`]);
    // After quoted cells with line breaks: the line is the file's.
    const rows = 'Nanterre,"association",2\n"Nanterre\nNord",association,2\n'.repeat(5_000);
    const later = await report('quote-later.csv', `${HEAD}\n${rows}${bad}`);
    expect([later.code, later.stderr]).toEqual([2, `${later.path}: line 15,002: misplaced quote (a quoted field must be quoted whole, with inner quotes doubled)\n`]);
  });

  it('more than 200,000 rows are refused, before a row with more cells than headers', async () => {
    const rows = `Nanterre,association,2\n`.repeat(200_001);
    const many = await report('many.csv', `${HEAD}\n${rows}`);
    expect([many.code, many.stderr]).toEqual([2, `${many.path}: more than 200,000 rows\n`]);
    const both = await report('both.csv', `${HEAD}\nNanterre,association,2,extra\n${rows}`);
    expect([both.code, both.stderr]).toEqual([2, `${both.path}: more than 200,000 rows\n`]);
  });

  it('a field the quick check does not take is explained by the schema, among the other problems in row order', async () => {
    const r = await report('control.csv', `${HEAD}\nNanterre,association,2\nNan\u0007terre,association,1\nNanterre,association,9\n`, ['--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toEqual([
      `${r.path}: ligne 3, colonne « territory » : contient des caractères de contrôle`,
      `${r.path}: ligne 4, colonne « urgence.constat-partage » : « 9 » n’est pas un niveau de urgence.constat-partage (0 à 3, unknown, ou les textes des niveaux)`,
      '',
    ]);
  });

  it('rows of the same territory, sector and day keep each its own name, date and sector', async () => {
    const path = join(dir, 'names.csv');
    const rows = ['Nanterre,association,Ana,2025-02-04,2', 'Nanterre,association,Bo,2025-02-04,1', 'Nanterre,association,,2025-02-04,3', 'Nanterre,caf,Ana,2025-02-05,0'];
    writeFileSync(path, `territory,sector,name,date,urgence.constat-partage\n${rows.join('\n')}\n`);
    const out = join(dir, 'names-out');
    const r = await cli(['survey', 'import', path, '--output-dir', out]);
    expect([r.code, r.stderr]).toEqual([0, `4 answer files written to ${out}\n`]);
    const file = (name: string) => readFileSync(join(out, name), 'utf8');
    expect(file('nanterre-association-2.yaml')).toMatch(/name: Ana\n[^]*date: 2025-02-04\n[^]*urgence.constat-partage: 2\n/);
    expect(file('nanterre-association-3.yaml')).toMatch(/name: Bo\n[^]*urgence.constat-partage: 1\n/);
    expect(file('nanterre-association-4.yaml')).not.toMatch(/name:/);
    expect(file('nanterre-caf-5.yaml')).toMatch(/name: Ana\n[^]*date: 2025-02-05\n/);
  });

  it('rows after a blank one, and short rows, are read as before', async () => {
    const text = `${HEAD},urgence.donnees\nNanterre,association,2,1\n,,,\n\nNanterre,collectivite,3\n`;
    const r = await report('short.csv', text);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect((JSON.parse(r.stdout) as { responses: number }).responses).toBe(2);
  });
});
