// What the terminal and Markdown collective sections share: comment grouping, level labels, sector gaps.
import { collectiveText } from '../i18n/collective.js';
import type { Lang } from '../questionnaire/schema.js';
import type { CommentResult, Divergence, Report } from '../scoring/report.js';
import { round1 } from '../scoring/round.js';
import { MERGED } from '../scoring/privacy.js';

export interface CommentGroup {
  dimension: { id: string; title: string };
  questions: { id: string; text: string; comments: CommentResult[] }[];
}

/** Comments grouped by dimension, then question, in questionnaire order. */
export function commentGroups(report: Report): CommentGroup[] {
  const groups: CommentGroup[] = [];
  for (const d of report.dimensions) {
    const questions = d.questions
      .map((q) => ({ id: q.id, text: q.text, comments: report.collective.comments.filter((c) => c.question === q.id) }))
      .filter((q) => q.comments.length);
    if (questions.length) groups.push({ dimension: { id: d.id, title: d.title }, questions });
  }
  return groups;
}

/** "Secteurs absents : Entreprise (ce qu'il apporte : …)", and the people concerned's sentence when residents are missing. */
export function missingText(report: Report, lang: Lang, esc: (s: string) => string): string {
  const t = collectiveText[lang].sectors;
  const missing = report.collective.missingSectors;
  const list = missing.map((s) => (s.brings ? t.brings(esc(s.label), esc(s.brings)) : esc(s.label))).join(', ');
  return t.missing(list, missing.some((s) => s.residents));
}

/** "4 à 0–1, 6 à 3": the two sides of the gap that divides the group, with the levels actually chosen on each. */
export function splitText(x: Pick<Divergence, 'split' | 'distribution'>, lang: Lang): string {
  const range = (from: number, to: number) => {
    const chosen = x.distribution.flatMap((n, level) => (n > 0 && level >= from && level <= to ? [level] : []));
    const [lo, hi] = [chosen[0] ?? from, chosen[chosen.length - 1] ?? to];
    return lo === hi ? String(lo) : `${lo}–${hi}`;
  };
  return collectiveText[lang].divergences.split(x.split.below, range(0, x.split.at), x.split.above, range(x.split.at + 2, 3));
}

/** "3 · Établi", or "ne sait pas" for an unknown answer. */
export function levelText(report: Report, value: CommentResult['value'], lang: Lang): string {
  if (value === 'unknown') return collectiveText[lang].comments.unknown;
  const label = report.scale.find((l) => l.value === value)?.label;
  return label ? `${value} · ${label}` : String(value);
}

/**
 * Who wrote a comment or an incomplete response, as a shared report may say it: the sector, the merged row or
 * nothing (its sector hidden), then the name with --with-names.
 */
export function whoParts(report: Report, x: { sector: string | null; name?: string }, withNames = false): string[] {
  const sector = x.sector === null ? [] : [x.sector === MERGED ? collectiveText[report.lang].privacy.merged : (report.sectors.find((s) => s.id === x.sector)?.label ?? x.sector)];
  return [...sector, ...(withNames && x.name ? [x.name] : [])];
}

/** The lines saying which sectors were merged and why (when `merged`), and that individual answers can be inferred: 0 to 2. */
export function privacyLines(report: Report, lang: Lang, merged = true): string[] {
  const t = collectiveText[lang].privacy;
  const p = report.collective.privacy;
  const label = (id: string) => report.sectors.find((s) => s.id === id)?.label ?? id;
  return [...(merged && p.merged.length ? [t.mergedNote(p.merged.map(label), p.minGroupSize)] : []), ...(p.inferable ? [t.inferable(p.minGroupSize)] : [])];
}

/** The difference between the highest and lowest sector score of a dimension; null under two scored sectors. */
export function sectorGap(report: Report, dimension: string): number | null {
  const scores = report.collective.sectorScores
    .map((s) => s.scores.find((x) => x.dimension === dimension)?.score ?? null)
    .filter((x): x is number => x !== null);
  return scores.length < 2 ? null : round1(Math.max(...scores) - Math.min(...scores));
}

/** "0:1 1:3 2:2 3:6": how many chose each level. */
export function distributionText(distribution: readonly number[]): string {
  return distribution.map((n, level) => `${level}:${n}`).join(' ');
}

/** "0 Absent · 1 Émergent · …": the scale, as a legend for distributions. */
export function scaleLegend(report: Report): string {
  return report.scale.map((l) => `${l.value} ${l.label}`).join(' · ');
}

/** An id as Markdown code, when it is a plain id; escaped text otherwise (a JSON report may hold anything). */
export function codeId(id: string, escape: (s: string) => string): string {
  return /^[a-z0-9][a-z0-9.-]*$/.test(id) ? `\`${id}\`` : escape(id);
}

/** "Une réponse est remplie à moins de la moitié : Entreprise, 3 questions sur 9 …", or null; names only with --with-names. */
export function incompleteText(report: Report, lang: Lang, esc: (s: string) => string, withNames = false): string | null {
  const t = collectiveText[lang].sectors;
  const list = report.collective.incomplete ?? [];
  if (!list.length) return null;
  const who = (x: (typeof list)[number]) => whoParts(report, x, withNames).map(esc).join(', ');
  return t.incomplete(list.map((x) => t.incompleteItem(who(x), x.answered, x.asked)));
}
