// Hostile survey exports: each is one line naming the file (and row or column), exit 2, nothing written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture } from '../helpers/cli.js';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'ic-survey-hostile-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Imports `content` as `name`: the result, and whether the output folder was made. */
async function importFile(name: string, content: string | Buffer, extra: string[] = []) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const out = join(dir, `${name}-out`);
  const r = await cli(['survey', 'import', path, '--output-dir', out, ...extra]);
  return { ...r, path, written: existsSync(out) };
}

const HEAD = 'territory,sector,urgence.constat-partage';

describe('hostile survey exports', () => {
  it('a CSV larger than the input limit', async () => {
    const r = await importFile('big.csv', Buffer.alloc(33 * 1024 * 1024, 'a'));
    expect([r.code, r.stderr, r.written]).toEqual([2, `${r.path}: is larger than the 32 MiB limit for an input file\n`, false]);
  });

  it('a CSV of 10,000 columns', async () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',');
    const r = await importFile('wide.csv', `${header}\n${','.repeat(9_999)}\n`);
    expect([r.code, r.stderr, r.written]).toEqual([2, `${r.path}: 10,000 columns: at most 1,000\n`, false]);
  });

  it('a zip bomb named .xlsx: refused from its central directory, before unpacking', async () => {
    const r = await importFile('bomb.xlsx', zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(130 * 1024 * 1024)));
    expect([r.code, r.stderr, r.written]).toEqual([2, `${r.path}: unpacks to more than 128 MiB: refused\n`, false]);
  });

  it('a file that is not a workbook, named .xlsx', async () => {
    const r = await importFile('junk.xlsx', Buffer.from('PK\x03\x04 not really a zip'));
    expect([r.code, r.stderr]).toEqual([2, `${r.path}: is not a readable XLSX workbook\n`]);
  });

  it('a formula in a CSV cell is a text like another: not a level', async () => {
    const r = await importFile('formula.csv', `${HEAD}\nNanterre,association,=1+1\n`);
    expect([r.code, r.stderr, r.written]).toEqual([2, `${r.path}: row 2, column "urgence.constat-partage": "=1+1" is not a level of urgence.constat-partage (0–3, unknown, or the level texts)\n`, false]);
  });

  it('a NUL byte (a binary file named .csv)', async () => {
    const r = await importFile('nul.csv', `${HEAD}\nNanterre,association,\0\n`);
    expect([r.code, r.stderr]).toEqual([2, `${r.path}:2:22: contains a NUL byte: not a text file\n`]);
  });

  it('duplicate headers', async () => {
    const r = await importFile('dup.csv', `${HEAD},urgence.constat-partage\nNanterre,association,2,3\n`);
    expect([r.code, r.stderr]).toEqual([2, `${r.path}: column "urgence.constat-partage": means the same as column "urgence.constat-partage"\n`]);
  });

  it('a header that matches two questions', async () => {
    const q = join(dir, 'twins.yaml');
    const r0 = await cli(['questionnaire', 'export', 'impact-collectif-express', '--output', q]);
    expect(r0.code).toBe(0);
    // noyau.collectif-porteur gets the French text of urgence.constat-partage.
    const title = 'Un diagnostic commun de la situation éducative du territoire est-il partagé par les partenaires ?';
    const text = readFileSync(q, 'utf8');
    writeFileSync(q, text.replace('fr: "La démarche est-elle portée par un collectif de personnes plutôt que par un seul poste ?"', `fr: "${title}"`));
    const r = await importFile('twins.csv', `territory,sector,${title}\nNanterre,association,2\n`, ['-q', q]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${r.path}: column "${title}": matches several questions (urgence.constat-partage, noyau.collectif-porteur); choose in a --map file\n`);
  });

  it('an unclosed quote, a row longer than the header, an unknown sector, a bad date: all said at once where each can be', async () => {
    const quote = await importFile('quote.csv', `${HEAD}\nNanterre,association,"2\n`);
    expect([quote.code, quote.stderr]).toEqual([2, `${quote.path}: line 2: a quote is opened and never closed\n`]);
    const long = await importFile('long.csv', `${HEAD}\nNanterre,association,2,extra\n`);
    expect([long.code, long.stderr]).toEqual([2, `${long.path}: row 2: more cells than headers\n`]);
    const rows = await importFile('rows.csv', `${HEAD},date\nNanterre,assoc,2,2025-02-30\n,association,9,\n`, ['--lang', 'fr']);
    expect(rows.code).toBe(2);
    expect(rows.stderr.split('\n')).toEqual([
      `${rows.path}: ligne 2, colonne « sector » : secteur inconnu « assoc » ; au choix : education-nationale, collectivite, etat, association, habitants, entreprise, caf, bailleurs, parents, autre`,
      `${rows.path}: ligne 2, colonne « date » : « 2025-02-30 » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)`,
      `${rows.path}: ligne 3, colonne « territory » : territoire vide`,
      `${rows.path}: ligne 3, colonne « urgence.constat-partage » : « 9 » n’est pas un niveau de urgence.constat-partage (0 à 3, unknown, ou les textes des niveaux)`,
      '',
    ]);
  });

  it('a bad timestamp names the day order its column is read with (Google Forms: Horodateur DD/MM, Timestamp MM/DD)', async () => {
    const fr = await importFile('horodateur.csv', `Horodateur,${HEAD}\n31/02/2025 10:00:00,Nanterre,association,2\n`, ['--lang', 'fr']);
    expect([fr.code, fr.stderr]).toEqual([2, `${fr.path}: ligne 2, colonne « Horodateur » : « 31/02/2025 10:00:00 » n’est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)\n`]);
    const en = await importFile('timestamp.csv', `Timestamp,${HEAD}\n31/03/2025 10:00:00,Nanterre,association,2\n`);
    expect([en.code, en.stderr]).toEqual([2, `${en.path}: row 2, column "Timestamp": "31/03/2025 10:00:00" is not a date (YYYY-MM-DD or MM/DD/YYYY)\n`]);
  });

  it('report reads a survey export as it reads answer files, and refuses one with a bad cell the same way', async () => {
    const r = await cli(['report', fixture('survey/kobo.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, `${HEAD}\nNanterre,association,Plutôt oui\n`);
    const refused = await cli(['report', bad]);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toBe(`${bad}: row 2, column "urgence.constat-partage": "Plutôt oui" is not a level of urgence.constat-partage (0–3, unknown, or the level texts)\n`);
  });
});

/** A one-entry ZIP archive (deflated), as an .xlsx is: enough for the central directory check. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length + data.length, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}
