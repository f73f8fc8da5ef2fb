// The roll-up as tables (report --group-by territory --format csv|xlsx): a row per territory, and the spread per dimension.
import { exportsText } from '../../i18n/exports.js';
import { neutralise } from '../../io/formula.js';
import type { Lang } from '../../questionnaire/schema.js';
import type { Rollup } from '../../rollup/schema.js';
import type { Table } from './cell.js';

/** The column title of a dimension id, or of either index. */
function titleOf(r: Rollup, lang: Lang): (id: string) => string {
  const t = exportsText[lang].rows;
  const titles = new Map<string, string>([...r.dimensions.map((d) => [d.id, d.title] as const), ['preconditions', t.preconditions], ['components', t.components]]);
  return (id) => titles.get(id) ?? id;
}

/** Territory, responses, sectors, each dimension's score (questionnaire order), the two indices, the gate (met, unmet, in the run's language). */
export function rollupTable(r: Rollup, lang: Lang): Table {
  const h = exportsText[lang].rollup;
  const title = titleOf(r, lang);
  const rows: Table = [[h.territory, h.responses, h.sectors, ...r.dimensions.map((d) => title(d.id)), title('preconditions'), title('components'), h.gate]];
  for (const t of r.territories) {
    rows.push([t.territory, t.responses, t.sectors, ...t.scores.map((s) => s.score), ...t.indices.map((s) => s.score), t.gate.met ? h.met : h.unmet]);
  }
  return rows.map((row) => row.map(neutralise));
}

/** Per dimension, then per index: how many territories are scored on it, and min, Q1, median, Q3, max among them. */
export function spreadTable(r: Rollup, lang: Lang): Table {
  const h = exportsText[lang].spread;
  const title = titleOf(r, lang);
  const rows: Table = [[h.dimension, h.territories, h.min, h.q1, h.median, h.q3, h.max]];
  for (const s of r.spread) rows.push([title(s.dimension), s.territories, s.min, s.q1, s.median, s.q3, s.max]);
  return rows.map((row) => row.map(neutralise));
}
