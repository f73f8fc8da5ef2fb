// The action plan as a table (plan show --format csv|xlsx): one row per action, in the plan's order.
import { exportsText } from '../../i18n/exports.js';
import { planText } from '../../i18n/plan.js';
import { neutralise } from '../../io/formula.js';
import type { Plan } from '../../plan/schema.js';
import type { Lang } from '../../questionnaire/schema.js';
import type { Table } from './cell.js';

/** The due date's column (a date in XLSX). */
export const PLAN_DUE_COLUMN = 5;

/** Id, title, challenge, dimensions (comma-separated ids), owner, due (YYYY-MM-DD), status (in the run's language, as plan show writes it: à faire, en cours…), notes. */
export function planTable(plan: Plan, lang: Lang): Table {
  const h = exportsText[lang].plan;
  const rows: Table = [[h.id, h.title, h.challenge, h.dimensions, h.owner, h.due, h.status, h.notes]];
  for (const a of plan.actions) rows.push([a.id, a.title, a.challenge, a.dimensions.join(', '), a.owner, a.due, planText[lang].status[a.status], a.notes]);
  return rows.map((row) => row.map(neutralise));
}
