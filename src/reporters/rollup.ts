// What every roll-up reporter shares: short column labels, the gate's mark, the quartile marks.
import type { Rollup, TerritoryRow, TerritoryScore } from '../rollup/schema.js';
import { rollupText } from '../i18n/rollup.js';
import type { Lang } from '../questionnaire/schema.js';

/** "P1".."P3", "C1".."C5" in questionnaire order, then the two indices' short names. */
export function columnLabels(r: Rollup, lang: Lang): string[] {
  const count = { precondition: 0, component: 0 };
  const dims = r.dimensions.map((d) => `${d.kind === 'precondition' ? 'P' : 'C'}${++count[d.kind]}`);
  const t = rollupText[lang].short;
  return [...dims, t.preconditions, t.components];
}

/** The titles of the same columns, for legends and the spread table. */
export function columnTitles(r: Rollup, lang: Lang): string[] {
  const t = rollupText[lang].indexTitle;
  return [...r.dimensions.map((d) => d.title), t.preconditions, t.components];
}

/** Every score of a row: the dimensions, then the two indices. */
export function cellsOf(row: TerritoryRow): TerritoryScore[] {
  return [...row.scores, ...row.indices];
}

/** ✓ met, ✗ a precondition unmet, ? one not assessed (and none unmet). */
export function gateMark(row: TerritoryRow): '✓' | '✗' | '?' {
  if (row.gate.met) return '✓';
  return row.gate.preconditions.some((p) => p.status === 'unmet') ? '✗' : '?';
}

export function gateWords(row: TerritoryRow, lang: Lang): string {
  const t = rollupText[lang].gate;
  const mark = gateMark(row);
  return mark === '✓' ? t.met : mark === '✗' ? t.unmet : t.unknown;
}

/** ▲ in the top quartile, ▼ in the bottom one, nothing between. */
export function quartileMark(s: TerritoryScore): string {
  return s.quartile === 4 ? '▲' : s.quartile === 1 ? '▼' : '';
}
