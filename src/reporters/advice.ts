// The advice as sentences, shared by the terminal, Markdown and HTML reports: the preconditions' statuses, each
// recommendation's heading, reason and explanation, and the prompts that close the report. `esc` makes a text
// that comes from a file safe for the format (Markdown escaping, HTML entities, one line in a terminal).
import { splitText } from './collective.js';
import { reportText } from '../i18n/report.js';
import type { Lang } from '../questionnaire/schema.js';
import { fragileBelow } from '../scoring/advice.js';
import type { DimensionResult, PracticeResult, PreconditionStatus, RecommendationResult, Report } from '../scoring/report.js';
import { num, targetText } from './format.js';

type Esc = (s: string) => string;
const plain: Esc = (s) => s;

const titleOf = (report: Report, id: string) => report.dimensions.find((d) => d.id === id)?.title ?? id;

/** The gate's one-line summary: the worst status decides it. */
export function gateHeadline(report: Report, lang: Lang): { status: PreconditionStatus; text: string } {
  const statuses = new Set(report.gate.preconditions.map((p) => p.status));
  const status = (['unmet', 'unknown', 'fragile'] as const).find((s) => statuses.has(s)) ?? 'met';
  return { status, text: reportText[lang].gate.headline[status] };
}

/** One line per precondition: "Sentiment d'urgence à agir : 44,4 — à construire d'abord". */
export function preconditionLines(report: Report, lang: Lang, esc: Esc = plain): { status: PreconditionStatus; text: string }[] {
  const t = reportText[lang];
  const sep = lang === 'fr' ? ' : ' : ': ';
  return report.gate.preconditions.map((p) => ({
    status: p.status,
    text: `${esc(titleOf(report, p.id))}${sep}${p.score === null ? t.notEnough : num(p.score, lang)} — ${t.gate.status[p.status]}`,
  }));
}

/** Below this many responses, the gate is one or two people's reading: the report says so. */
export const FEW_RESPONSES = 3;

/** "A reading of a single response: …", or null from FEW_RESPONSES responses on. */
export function fewResponses(report: Report, lang: Lang): string | null {
  return report.responses > 0 && report.responses < FEW_RESPONSES ? reportText[lang].gate.fewResponses(report.responses) : null;
}

export function gateBands(report: Report, lang: Lang): string {
  const threshold = report.gate.threshold;
  return reportText[lang].gate.bands(targetText(threshold, lang), targetText(fragileBelow(threshold), lang));
}

/** A recommendation's title: the challenge, or "Build first: …" / "Also work on: …". */
export function recommendationHeading(r: RecommendationResult, report: Report, lang: Lang, esc: Esc = plain): string {
  if (r.text !== null) return esc(r.text);
  const rule = r.reason.rule === 'unmet-precondition' ? 'unmet-precondition' : 'uncovered-dimension';
  return reportText[lang].heading[rule](esc(titleOf(report, r.reason.dimension)));
}

/** "Ressources nécessaires : 46,0/100, cible 75": the number that placed it. */
export function reasonText(r: RecommendationResult, report: Report, lang: Lang, esc: Esc = plain): string {
  const { rule, dimension, score, target } = r.reason;
  return reportText[lang].reason[rule](esc(titleOf(report, dimension)), num(score, lang), targetText(target, lang));
}

/** --explain: the rule that placed it, and the dimensions it concerns with their scores and gaps. */
export function explainLines(r: RecommendationResult, report: Report, lang: Lang, esc: Esc = plain): string[] {
  const t = reportText[lang].explain;
  const sep = lang === 'fr' ? ' : ' : ': ';
  const dim = report.dimensions.find((d) => d.id === r.reason.dimension);
  const rule =
    r.reason.rule === 'unmet-precondition'
      ? t.rule['unmet-precondition'](targetText(r.reason.target, lang))
      : r.reason.rule === 'largest-gap'
        ? t.rule['largest-gap'](esc(titleOf(report, r.reason.dimension)), num(dim?.gap ?? null, lang))
        : t.rule['uncovered-dimension']();
  const dims = r.dimensions
    .map((d) => `${esc(d.title)} ${d.score === null ? `(${reportText[lang].notEnough})` : t.scoreGap(num(d.score, lang), num(d.gap, lang))}`)
    .join(' · ');
  return [`${t.why}${sep}${rule}`, `${t.dimensions}${sep}${dims}`];
}

/** --explain, after a practice: the question (or dimension) that chose it. */
export function basisText(p: PracticeResult, report: Report, lang: Lang, esc: Esc = plain): string {
  const t = reportText[lang].explain;
  if (p.serves.some((id) => report.gate.preconditions.some((x) => x.id === id))) return t.basisReadiness(esc(titleOf(report, p.dimension)));
  if (p.basis) {
    const question = report.dimensions.flatMap((d) => d.questions).find((q) => q.id === p.basis!.question);
    return t.basis(esc(question?.text ?? p.basis.question), num(p.basis.mean, lang));
  }
  const d = report.dimensions.find((x) => x.id === p.dimension);
  return t.basisDimension(esc(d?.title ?? p.dimension), num(d?.score ?? null, lang));
}

/**
 * Three prompts to open the discussion, drawn from the report: the lowest dimension, the widest divergence, the
 * missing sectors; when one of them does not apply, a precondition nobody could assess, a single respondent, or
 * the strongest dimension takes its place.
 */
export function discussionPrompts(report: Report, lang: Lang, esc: Esc = plain): string[] {
  const t = reportText[lang].prompts;
  const quote = (s: string) => (lang === 'fr' ? `« ${s} »` : `"${s}"`);
  const scored = report.dimensions.filter((d) => d.score !== null);
  const low = Math.min(...scored.map((d) => d.score!));
  const lowest = scored.filter((d) => d.score === low);
  const highest = scored.reduce<(typeof scored)[number] | undefined>((high, d) => (!high || d.score! > high.score! ? d : high), undefined);
  const divergence = report.collective.divergences[0];
  const missing = report.collective.missingSectors;
  const unknown = report.gate.preconditions.find((p) => p.status === 'unknown');
  const candidates = [
    lowest.length > 0 && t.lowest(lowest.map((d) => quote(esc(d.title))).join(', '), lowest.length, num(low, lang)),
    divergence &&
      t.divergence(esc(divergence.text), splitText(divergence, lang)),
    report.responses === 1 && t.single,
    missing.length > 0 && t.missing(missing.map((s) => quote(esc(s.label))).join(', '), missing.length),
    unknown && t.unknown(quote(esc(titleOf(report, unknown.id)))),
    highest && highest.score! > low && t.strongest(quote(esc(highest.title)), num(highest.score, lang)),
  ];
  return candidates.filter((x): x is string => typeof x === 'string').slice(0, 3);
}

/** Dimensions of one kind, in questionnaire order. */
export function dimensionsOf(report: Report, kind: DimensionResult['kind']): DimensionResult[] {
  return report.dimensions.filter((d) => d.kind === kind);
}

export { DIMENSION_KINDS as KINDS } from '../core/patterns.js';

/** "55 réponses chiffrées sur 60", "3 « je ne sais pas »", "2 sans réponse": the last two only when there are some. */
export function coverageWords(d: DimensionResult, lang: Lang): string[] {
  const t = reportText[lang].coverage;
  const c = d.coverage;
  return [t.answered(c.answered, c.answered + c.unknown + c.unanswered), ...(c.unknown ? [t.unknown(c.unknown)] : []), ...(c.unanswered ? [t.unanswered(c.unanswered)] : [])];
}

/** The sectors that have responses, as "label (n)". */
export function sectorList(report: Report): string {
  return report.sectors.filter((s) => s.responses > 0).map((s) => `${s.label} (${s.responses})`).join(', ');
}

/** What to say when there is no recommendation: nothing is scored, nothing has a gap, or no challenge fits. */
export function emptyRecommendations(report: Report, lang: Lang): string {
  const t = reportText[lang];
  if (report.dimensions.every((d) => d.score === null)) return t.noScore;
  return report.noGap ? t.noGap : t.noChallenge;
}

/** An index "57.8 out of 100", or "— (not enough answers)". */
export function indexText(x: number | null, lang: Lang): { value: string; rest: string } {
  const t = reportText[lang];
  return { value: num(x, lang), rest: x === null ? `(${t.notEnough})` : t.outOf100 };
}
