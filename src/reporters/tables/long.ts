// The long table: one row per response × question answered, for pivot tables; sectors as the privacy rule allows.
import type { Response } from '../../answers/schema.js';
import { exportsText } from '../../i18n/exports.js';
import type { Lang } from '../../questionnaire/schema.js';
import { MERGED } from '../../scoring/privacy.js';
import type { Report } from '../../scoring/report.js';
import { whoParts } from '../collective.js';
import { neutralise } from '../../io/formula.js';
import type { Cell, Table } from './cell.js';

export interface LongOptions {
  lang: Lang;
  /** Add the comment given with each answer (report --comments). */
  comments?: boolean;
  /** Add the respondent's name (report --with-names; never without it). */
  withNames?: boolean;
}

/**
 * Header, then the responses in the order read, each question in questionnaire order (unanswered questions have no
 * row; "unknown" answers have one). The respondent key (R01, R02…) comes from that order, never from the name. A sector
 * merged for privacy reads "autres secteurs (regroupés)"; a hidden one is left empty.
 */
export function longTable(report: Report, responses: readonly Response[], opts: LongOptions): Table {
  return [...longRows(report, responses, opts)];
}

/** The long table row by row (10,000 responses make half a million rows: a CSV is written without holding them all). */
export function* longRows(report: Report, responses: readonly Response[], opts: LongOptions): Generator<Cell[]> {
  const t = exportsText[opts.lang].long;
  // As the sector scores show them: a sector of its own, the merged row, or nothing.
  const shown = new Set(report.collective.sectorScores.map((s) => s.sector));
  const merged = new Set(report.collective.privacy.merged);
  const sectorOf = (id: string) => whoParts(report, { sector: shown.has(id) ? id : merged.has(id) ? MERGED : null })[0] ?? null;
  const digits = Math.max(2, String(responses.length).length);
  const header = [t.territory, t.date, t.respondent, t.sector, t.questionnaire, t.version, t.dimension, t.question, t.value];
  if (opts.comments) header.push(t.comment);
  if (opts.withNames) header.push(t.name);
  yield header;
  const { id, version } = report.questionnaire;
  for (const [i, r] of responses.entries()) {
    const key = `R${String(i + 1).padStart(digits, '0')}`;
    const sector = sectorOf(r.respondent.sector);
    for (const d of report.dimensions) {
      for (const q of d.questions) {
        const a = r.answers.get(q.id);
        if (!a) continue;
        const row = [r.territory, r.date ?? null, key, sector, id, version, d.id, q.id, a.value];
        if (opts.comments) row.push(a.comment ?? null);
        if (opts.withNames) row.push(r.respondent.name ?? null);
        yield row.map(neutralise);
      }
    }
  }
}
