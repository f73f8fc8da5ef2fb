// The threshold verdict that every report format shows: one row per assertion checked (report.thresholds), in words.
import type { Lang } from '../i18n/index.js';
import { verdictText } from '../i18n/verdict.js';
import { assertionLabel } from '../config/thresholds.js';
import type { Report } from '../scoring/report.js';
import { num, targetText } from './format.js';

export type RowStatus = 'met' | 'error' | 'warn';

export interface VerdictRow {
  status: RowStatus;
  label: string;
  level: string;
  limit: string;
  value: string;
  result: string;
}

export interface Verdict {
  /** "error" when an error-level assertion is unmet, "warn" when only warnings are, "met" otherwise. */
  status: RowStatus;
  headline: string;
  rows: VerdictRow[];
}

/** The verdict, or undefined when the report checked no threshold (then no format shows a section for it). */
export function verdictOf(report: Report, lang: Lang): Verdict | undefined {
  const results = report.thresholds;
  if (!results?.length) return undefined;
  const t = verdictText[lang];
  const rows = results.map((r): VerdictRow => ({
    status: r.met ? 'met' : r.level,
    label: assertionLabel(r.id, report, lang),
    level: t.level[r.level],
    limit: r.limit === null ? '—' : targetText(r.limit, lang),
    value: num(r.value !== null && Number.isFinite(r.value) ? r.value : null, lang),
    result: t.status[r.met ? 'met' : 'unmet'],
  }));
  const failed = rows.filter((r) => r.status === 'error').length;
  const warned = rows.filter((r) => r.status === 'warn').length;
  return { status: failed ? 'error' : warned ? 'warn' : 'met', headline: t.headline(rows.length, failed, warned), rows };
}
