// Territory names: normalisation, grouping under one name, near-duplicates, the map file, safe file names.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, InputError } from '../../src/core/errors.js';
import { fileStems } from '../../src/rollup/files.js';
import { readTerritoryMap } from '../../src/rollup/map.js';
import { territoriesOf, territoryKey } from '../../src/rollup/territory.js';

describe('territoryKey', () => {
  it.each([
    ['Villeneuve-la-Garenne', 'villeneuve la garenne'],
    ['Cité éducative de Villeneuve la Garenne', 'villeneuve la garenne'],
    ['CITE EDUCATIVE DE VILLENEUVE-LA-GARENNE', 'villeneuve la garenne'],
    ['  Cité  éducative   d’Épinay-sur-Seine ', 'epinay sur seine'],
    ["Cité éducative d'Épinay-sur-Seine", 'epinay sur seine'],
    ['Cité éducative du Val-Fourré', 'val fourre'],
    ['Cité éducative des Tilleuls', 'tilleuls'],
    ['Cité éducative de la Duchère', 'duchere'],
    ['Cité éducative', 'cite educative'],
    ['Saint-Denis', 'saint denis'],
    ['Marseille 3e', 'marseille 3e'],
  ])('%s → %s', (name, key) => {
    expect(territoryKey(name)).toBe(key);
  });
});

describe('territoriesOf', () => {
  it('groups spellings under the most frequent one (ties: the shortest), and keeps other places apart', () => {
    const t = territoriesOf(
      new Map([
        ['Cité éducative de Nanterre', 2],
        ['Nanterre', 2],
        ['NANTERRE', 1],
        ['Villeneuve-la-Garenne', 3],
      ]),
    );
    expect(t.names).toEqual(['Nanterre', 'Villeneuve-la-Garenne']);
    expect(t.canonical.get('NANTERRE')).toBe('Nanterre');
    expect(t.canonical.get('Cité éducative de Nanterre')).toBe('Nanterre');
    expect(t.near).toEqual([]);
  });

  it('takes the map\'s name, and merges what the map says is one territory', () => {
    const t = territoriesOf(new Map([['Gennevillier', 1], ['Gennevilliers', 4], ['Nanterre', 2]]), new Map([['gennevillier', 'Gennevilliers (92)']]));
    expect(t.names).toEqual(['Gennevilliers', 'Gennevilliers (92)', 'Nanterre']);
    const merged = territoriesOf(new Map([['Gennevillier', 1], ['Gennevilliers', 4]]), new Map([['gennevillier', 'Gennevilliers'], ['gennevilliers', 'Gennevilliers']]));
    expect(merged.names).toEqual(['Gennevilliers']);
  });

  it('lists near-duplicates that normalisation does not merge, but not names that differ only by a number', () => {
    const t = territoriesOf(new Map([['Gennevillier', 1], ['Gennevilliers', 4], ['Paris 18e', 3], ['Paris 19e', 3], ['Nanterre', 1], ['Nanterre Université', 1]]));
    expect(t.near).toEqual([
      ['Gennevillier', 'Gennevilliers'],
      ['Nanterre', 'Nanterre Université'],
    ]);
  });
});

describe('--territory-map', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ic-map-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const problems = async (path: string, lang: 'fr' | 'en' = 'en') => {
    try {
      await readTerritoryMap(path);
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return (err as InputError).problems.map((p) => formatProblem(p, lang));
    }
    throw new Error('no error');
  };

  it('maps every spelling of a variant to its territory', async () => {
    const map = await readTerritoryMap(file('ok.yaml', '# variants\nVilleneuve-la-G.: Villeneuve-la-Garenne\nGennevillier: Gennevilliers\n'));
    expect(map.get('villeneuve la g')).toBe('Villeneuve-la-Garenne');
    expect(map.get('villeneuve la garenne')).toBe('Villeneuve-la-Garenne');
    expect(map.get('gennevillier')).toBe('Gennevilliers');
  });

  it('says where a value is not a name, in French and English', async () => {
    const path = file('bad.yaml', 'Nanterre: Nanterre\nGennevillier:\n  - Gennevilliers\nVilleneuve: ""\n');
    expect(await problems(path)).toEqual([
      `${path}:3:3: Gennevillier: expects the name of the territory (a non-empty text of at most 200 characters)`,
      `${path}:4:13: Villeneuve: expects the name of the territory (a non-empty text of at most 200 characters)`,
    ]);
    expect((await problems(path, 'fr'))[0]).toBe(`${path}:3:3: Gennevillier: attend le nom du territoire (un texte non vide de 200 caractères au plus)`);
  });

  it('refuses a variant mapped to two territories, at the second', async () => {
    const path = file('twice.yaml', 'Villeneuve: Villeneuve-la-Garenne\nVILLENEUVE: Villeneuve-Saint-Georges\n');
    expect(await problems(path)).toEqual([`${path}:2:1: VILLENEUVE: "VILLENEUVE" already means "Villeneuve-la-Garenne": it cannot also mean "Villeneuve-Saint-Georges"`]);
  });

  it('refuses a file that is not a mapping', async () => {
    const path = file('list.yaml', '- Nanterre\n- Gennevilliers\n');
    expect((await problems(path))[0]).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}:1:1: a territory map maps each name`));
  });
});

describe('fileStems', () => {
  it('makes safe, unique file names from territory names', () => {
    expect(fileStems(['Cité éducative de Villeneuve-la-Garenne', 'Nanterre', 'NANTERRE!', '../../etc/passwd', 'CON', 'index', '東京', 'A'.repeat(100)])).toEqual([
      'cite-educative-de-villeneuve-la-garenne',
      'nanterre',
      'nanterre-2',
      'etc-passwd',
      'territoire-con',
      'territoire-index',
      'territoire',
      'a'.repeat(60),
    ]);
  });
});
