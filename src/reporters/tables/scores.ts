// The scores table: per territory, a row per dimension (score, band, target, gap, responses), then the two indices and the gate.
import { exportsText } from '../../i18n/exports.js';
import type { Lang } from '../../questionnaire/schema.js';
import type { Report } from '../../scoring/report.js';
import { neutralise } from '../../io/formula.js';
import type { Table } from './cell.js';

/**
 * Header, then each report's rows. Several reports (one per territory: a roll-up) give one block each, in the order
 * given. Kind and status are words of the run's language (the id column holds the ids): the precondition's gate status
 * (met, fragile, unmet, unknown) and the gate's (met, unmet).
 */
export function scoresTable(reports: readonly Report[], lang: Lang): Table {
  const t = exportsText[lang];
  const h = t.scores;
  const rows: Table = [[h.territory, h.questionnaire, h.version, h.kind, h.id, h.title, h.score, h.band, h.target, h.gap, h.responses, h.status]];
  for (const r of reports) {
    const head = [r.territory, r.questionnaire.id, r.questionnaire.version];
    const status = new Map(r.gate.preconditions.map((p) => [p.id, t.status[p.status]]));
    for (const d of r.dimensions) rows.push([...head, t.kinds[d.kind], d.id, d.title, d.score, d.band?.label ?? null, d.target, d.gap, r.responses, status.get(d.id) ?? null]);
    rows.push([...head, t.kinds.index, 'preconditions', t.rows.preconditions, r.indices.preconditions, null, null, null, r.responses, null]);
    rows.push([...head, t.kinds.index, 'components', t.rows.components, r.indices.components, null, null, null, r.responses, null]);
    rows.push([...head, t.kinds.gate, 'gate', t.rows.gate, null, null, r.gate.threshold, null, r.responses, r.gate.met ? t.gate.met : t.gate.unmet]);
  }
  return rows.map((row) => row.map(neutralise));
}
