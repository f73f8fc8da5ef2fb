// Threshold assertions (the configuration file's, and the --fail-under / --min-dimension shorthands): which to
// check, their results on a report, and the lines they put on standard error. Pure: no I/O.
import type { Lang } from '../i18n/index.js';
import { reportText } from '../i18n/report.js';
import { verdictText } from '../i18n/verdict.js';
import { oneLine } from '../io/sanitize.js';
import { num, targetText } from '../reporters/format.js';
import type { Report, ThresholdResult } from '../scoring/report.js';

type Level = ThresholdResult['level'];
export type Shorthand = '--fail-under' | '--min-dimension';

export interface Check {
  on: string;
  min?: number;
  level: Level;
  /** The flag it comes from, when it does: its stderr line keeps that flag's wording. */
  flag?: Shorthand;
}

export interface Checked {
  result: ThresholdResult;
  flag?: Shorthand;
}

export interface ThresholdFlags {
  failUnder?: number;
  minDimension?: number;
}

/**
 * The file's assertions, then the flags': a flag overrides the file's assertion on the same thing (--fail-under the
 * components index, --min-dimension each scored dimension; an unscored one has nothing to check, as before).
 */
export function checksOf(fromFile: readonly Check[], flags: ThresholdFlags, report: Report): Check[] {
  const fromFlags: Check[] = [];
  if (flags.failUnder !== undefined) fromFlags.push({ on: 'components', min: flags.failUnder, level: 'error', flag: '--fail-under' });
  if (flags.minDimension !== undefined) {
    for (const d of report.dimensions) if (d.score !== null) fromFlags.push({ on: d.id, min: flags.minDimension, level: 'error', flag: '--min-dimension' });
  }
  const overridden = new Set(fromFlags.map((c) => c.on));
  return [...fromFile.filter((c) => !overridden.has(c.on)), ...fromFlags];
}

/** Each assertion's result. A value that is not computed (null) or not a finite number never meets a minimum. */
export function check(report: Report, checks: readonly Check[]): Checked[] {
  return checks.map((c) => {
    const base = { id: c.on, level: c.level };
    if (c.on === 'gate') {
      const scores = report.gate.preconditions.map((p) => p.score).filter((s): s is number => s !== null);
      const value = scores.length ? Math.min(...scores) : null;
      return { result: { ...base, limit: report.gate.threshold, value, met: report.gate.met }, flag: c.flag };
    }
    const value =
      c.on === 'components' || c.on === 'preconditions' ? report.indices[c.on] : (report.dimensions.find((d) => d.id === c.on)?.score ?? null);
    const limit = c.min ?? 0;
    const met = value !== null && Number.isFinite(value) && value >= limit;
    return { result: { ...base, limit, value, met }, flag: c.flag };
  });
}

/** What is shown for an assertion: the index, the gate, or the dimension's title. */
export function assertionLabel(id: string, report: Report, lang: Lang): string {
  const t = verdictText[lang].label;
  if (id === 'components' || id === 'preconditions' || id === 'gate') return t[id];
  const d = report.dimensions.find((x) => x.id === id);
  return t.dimension(d ? oneLine(d.title) : id);
}

export interface Outcome {
  /** One line per unmet assertion, for standard error (without the program prefix). */
  lines: string[];
  /** Exit 1: an error-level assertion is unmet, or more warnings than maxWarnings. */
  failed: boolean;
}

export function outcome(report: Report, checked: readonly Checked[], lang: Lang, maxWarnings?: number): Outcome {
  const t = verdictText[lang];
  const old = reportText[lang].thresholds;
  const lines: string[] = [];
  const unmet = checked.filter((c) => !c.result.met);
  const belowMinDimension: string[] = [];
  let minDimension: number | undefined;
  for (const { result: r, flag } of unmet) {
    const value = num(r.value !== null && Number.isFinite(r.value) ? r.value : null, lang);
    const limit = targetText(r.limit ?? 0, lang);
    if (flag === '--fail-under') lines.push(r.value === null || !Number.isFinite(r.value) ? old.failUnderNull(limit) : old.failUnder(value, limit));
    else if (flag === '--min-dimension') {
      belowMinDimension.push(`${assertionLabel(r.id, report, lang)} (${value})`);
      minDimension = r.limit ?? 0;
    } else if (r.id === 'gate') lines.push((r.level === 'error' ? t.gateUnmet : t.gateWarn)(value, limit));
    else {
      const label = assertionLabel(r.id, report, lang);
      // An index's name inside a sentence ("threshold not met: components index …"); a dimension keeps its title.
      const inSentence = r.id === 'components' || r.id === 'preconditions' ? label.toLowerCase() : label;
      lines.push((r.level === 'error' ? t.unmet : t.warn)(inSentence, value, limit));
    }
  }
  if (minDimension !== undefined) lines.push(old.minDimension(belowMinDimension.join(', '), targetText(minDimension, lang)));
  const warnings = unmet.filter((c) => c.result.level === 'warn').length;
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) lines.push(t.maxWarnings(warnings, maxWarnings));
  return { lines, failed: unmet.some((c) => c.result.level === 'error') || tooManyWarnings };
}
