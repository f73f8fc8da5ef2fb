// Which territory a response belongs to: names compared after normalisation, a map for the rest, near-duplicates found.
import { distance } from '../core/suggest.js';

/**
 * The key a territory's name is compared by: without accents, case, punctuation, extra spaces, or a leading
 * "Cité éducative de / d’ / du / des" (the programme's name, which some write and some do not).
 */
export function territoryKey(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain.replace(/^cite educative (?:de la |de l |du |des |de |d )?/, '').trim() || plain;
}

/** variant key → canonical name, from `--territory-map` (see map.ts). */
export type TerritoryMap = ReadonlyMap<string, string>;

/** The territories of a set of responses, once names are normalised and mapped. */
export interface Territories {
  /** Each name as written → the canonical name it is counted under. */
  canonical: Map<string, string>;
  /** The canonical names, sorted. */
  names: string[];
  /** Pairs of canonical names close enough to be the same territory misspelt, which nothing merged. */
  near: [string, string][];
}

/**
 * Groups the names as written (`counts`: name → responses) by their key, or by the map. A group's name is the
 * map's canonical name, otherwise its most frequent spelling (ties: the shortest, which leaves out "Cité éducative de", then the first in code-point order), so that the
 * result does not depend on the order of the files.
 */
export function territoriesOf(counts: ReadonlyMap<string, number>, map: TerritoryMap = new Map()): Territories {
  const groups = new Map<string, { spellings: [string, number][]; mapped?: string }>();
  for (const [name, n] of counts) {
    const key = territoryKey(name);
    const mapped = map.get(key);
    const groupKey = mapped === undefined ? key : territoryKey(mapped);
    let g = groups.get(groupKey);
    if (!g) groups.set(groupKey, (g = { spellings: [] }));
    g.spellings.push([name, n]);
    if (mapped !== undefined) g.mapped = mapped;
  }
  const canonical = new Map<string, string>();
  const keys: [string, string][] = [];
  for (const [key, g] of groups) {
    const best = g.mapped ?? g.spellings.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || byCodePoint(a[0], b[0]))[0]![0];
    for (const [name] of g.spellings) canonical.set(name, best);
    keys.push([key, best]);
  }
  const names = keys.map(([, name]) => name).sort(byCodePoint);
  return { canonical, names, near: nearPairs(keys) };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most pairs compared: 2,000 territories (a whole country's cités éducatives are about 200). */
const MAX_NEAR_NAMES = 2000;

/** Keys one or two edits apart (one for short names), or one a whole-word prefix of the other: likely the same place. */
function nearPairs(keys: [string, string][]): [string, string][] {
  if (keys.length > MAX_NEAR_NAMES) return [];
  const sorted = [...keys].sort((a, b) => byCodePoint(a[1], b[1]));
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const [a, an] = sorted[i]!;
      const [b, bn] = sorted[j]!;
      const allowed = Math.min(a.length, b.length) < 6 ? 1 : 2;
      // "Paris 18e" and "Paris 19e" are two places: names that differ only by their numbers are not near.
      if (a.replace(/\d+/g, '#') === b.replace(/\d+/g, '#')) continue;
      const close = Math.abs(a.length - b.length) <= allowed && distance(a, b) <= allowed;
      if (close || a.startsWith(`${b} `) || b.startsWith(`${a} `)) pairs.push([an, bn]);
    }
  }
  return pairs;
}
