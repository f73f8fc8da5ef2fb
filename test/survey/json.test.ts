// A JSON array of responses names its records as a JSON user finds them (line:col of the value, « réponse N »), not CSV rows.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, fixture } from '../helpers/cli.js';

let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'ic-survey-json-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `records` as an indented JSON array (as online tools export them) and runs report on it in `lang`. */
async function report(name: string, records: unknown[], lang: string) {
  const path = join(dir, name);
  writeFileSync(path, `${JSON.stringify(records, null, 2)}\n`);
  return { path, ...(await cli(['report', path, '--lang', lang])) };
}

const ok = { territory: 'Nanterre', sector: 'association', 'urgence.constat-partage': 2 };

describe('a JSON array of flat records', () => {
  it('a bad level in record 2: its line and column, « réponse 2 » and the field, in French and English', async () => {
    const records = [ok, { ...ok, 'urgence.constat-partage': 'Plutôt oui' }];
    // Line 10: "[", record 1's five lines, "{", two fields; column 32: after `    "urgence.constat-partage": `.
    const fr = await report('level.json', records, 'fr');
    expect([fr.code, fr.stdout]).toEqual([2, '']);
    expect(fr.stderr).toBe(`${fr.path}:10:32: réponse 2, champ « urgence.constat-partage » : « Plutôt oui » n’est pas un niveau de urgence.constat-partage (0 à 3, unknown, ou les textes des niveaux)\n`);
    const en = await report('level.json', records, 'en');
    expect(en.stderr).toBe(`${en.path}:10:32: response 2, field "urgence.constat-partage": "Plutôt oui" is not a level of urgence.constat-partage (0–3, unknown, or the level texts)\n`);
  });

  it('a missing field: the record itself, and the field it lacks', async () => {
    const { territory: _, ...noTerritory } = ok;
    const fr = await report('missing.json', [ok, ok, noTerritory], 'fr');
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe(`${fr.path}:12:3: réponse 3, sans champ « territory » : territoire vide\n`);
    const en = await report('missing.json', [ok, ok, noTerritory], 'en');
    expect(en.stderr).toBe(`${en.path}:12:3: response 3, no field "territory": empty territory\n`);
  });

  it('a record that is not an object: its place and number', async () => {
    const fr = await report('scalar.json', [ok, 'oops'], 'fr');
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe(`${fr.path}:7:3: réponse 2 : n’est pas un objet JSON { … } : chaque réponse du tableau en est un, ses champs étant les colonnes\n`);
    const en = await report('scalar.json', [ok, ['a', 'b']], 'en');
    expect(en.stderr).toBe(`${en.path}:7:3: response 2: is not a JSON object { … }: each response of the array is one, its fields being the columns\n`);
  });

  it('an unknown field: named as a field, at its first record', async () => {
    const en = await report('unknown.json', [ok, { ...ok, 'urgence.constat-partag': 1 }], 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(new RegExp(`^${en.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:11:5: field "urgence.constat-partag": neither a question`));
  });

  it('a CSV keeps its rows and column headers', async () => {
    const path = join(dir, 'level.csv');
    writeFileSync(path, 'territory,sector,urgence.constat-partage\nNanterre,association,2\nNanterre,association,Plutôt oui\n');
    expect((await cli(['report', path, '--lang', 'fr'])).stderr).toBe(
      `${path}: ligne 3, colonne « urgence.constat-partage » : « Plutôt oui » n’est pas un niveau de urgence.constat-partage (0 à 3, unknown, ou les textes des niveaux)\n`,
    );
  });
});

describe('survey import of a JSON array', () => {
  it('names each file by its record number (1 for the first), not a spreadsheet row', async () => {
    const path = join(dir, 'flat.json');
    writeFileSync(path, JSON.stringify([ok, { ...ok, sector: 'habitants' }]));
    const out = join(dir, 'flat-out');
    expect((await cli(['survey', 'import', path, '--output-dir', out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['nanterre-association-1.yaml', 'nanterre-habitants-2.yaml']);
  });
});

describe('a JSON array of answer files', () => {
  it('a bad level in record 2: the line and column of the value, and its path', async () => {
    const records = JSON.parse(readFileSync(fixture('survey/responses.json'), 'utf8')) as { answers: Record<string, unknown> }[];
    records[1]!.answers['urgence.constat-partage'] = 'Plutôt oui';
    const r = await report('answers.json', records.slice(0, 3), 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${r.path}:32:34: answers.urgence.constat-partage: doit valoir 0, 1, 2, 3 ou unknown (ou { value, comment })\n`);
  });
});
