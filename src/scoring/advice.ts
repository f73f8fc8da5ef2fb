// Pure advice: the preconditions' statuses, then the recommendations (what to build first, the challenges ranked,
// the practices that fit them). The rules are documented in the README ("How recommendations are chosen").
import type { Dimension, Lang, Questionnaire } from '../questionnaire/schema.js';
import { localize } from '../i18n/localize.js';
import type { DimensionResult, PracticeResult, PreconditionStatus, RecommendationResult, Report } from './report.js';

/** A precondition is unmet below this score (report --gate-threshold changes it). */
export const GATE_THRESHOLD = 50;
/** From the threshold to this many points above it, a precondition is fragile. */
export const FRAGILE_MARGIN = 10;

/** Below this score, a precondition at or above the threshold is fragile. */
export function fragileBelow(threshold: number): number {
  return Math.min(100, threshold + FRAGILE_MARGIN);
}
export const DEFAULT_TOP = 5;
/** Practices shown under a challenge or a precondition to build; under an "also for" dimension. */
const PRACTICES_PER_ITEM = 3;
const PRACTICES_PER_DIMENSION_ITEM = 2;

type Scored = Pick<DimensionResult, 'id' | 'kind' | 'score' | 'coverage'>;

/** met, fragile, unmet, or unknown when nobody could score it (or more "don't know" than numeric answers). */
export function preconditionStatus(d: Scored, threshold: number): PreconditionStatus {
  // A score that is not a finite number (never produced from bounded inputs) is unknown: it must not pass the gate.
  if (d.score === null || !Number.isFinite(d.score) || d.coverage.manyUnknown) return 'unknown';
  if (d.score < threshold) return 'unmet';
  return d.score < fragileBelow(threshold) ? 'fragile' : 'met';
}

export function gateOf(dimensions: readonly Scored[], threshold: number): Report['gate'] {
  const preconditions = dimensions
    .filter((d) => d.kind === 'precondition')
    .map((d) => ({ id: d.id, score: d.score, status: preconditionStatus(d, threshold) }));
  return { met: preconditions.every((p) => p.status === 'met' || p.status === 'fragile'), threshold, preconditions };
}

export interface AdviceOptions {
  lang: Lang;
  /** How many challenges to keep (default 5); preconditions to build and "also for" items come on top. */
  top?: number;
}

interface Candidate {
  practice: Dimension['practices'][number];
  dimension: string;
  /** Declaration order in the questionnaire: the last tie-break. */
  order: number;
  /** Lower first: the lowest mean (0–100) among the questions it serves, else its dimension's score; −1 for readiness advice. */
  need: number;
  basis: PracticeResult['basis'];
}

/**
 * 1. Each unmet precondition, lowest first, with its own practices. 2. The challenges, ranked by the largest gap
 * among their dimensions (then the mean of those gaps, then file order), top N, each with the practices that
 * serve it. 3. Each dimension below its target that no practice above works on (declared under it and serving one
 * of its questions), with its own practices that serve its questions.
 * Practices are taken neediest first (the lowest question they serve), and never twice.
 */
export function recommend(q: Questionnaire, dimensions: readonly DimensionResult[], gate: Report['gate'], opts: AdviceOptions): RecommendationResult[] {
  const byId = new Map(dimensions.map((d) => [d.id, d]));
  const means = new Map(dimensions.flatMap((d) => d.questions.map((x) => [x.id, x.mean] as const)));
  const status = new Map(gate.preconditions.map((p) => [p.id, p.status]));
  const all = q.dimensions.flatMap((d) => d.practices.map((practice) => ({ practice, dimension: d.id })));
  const candidates = all.flatMap(({ practice, dimension }, order): Candidate[] => {
    // Serving a precondition as a whole is its readiness advice ("build it first"): only while it is unmet, and first.
    const builds = practice.serves.filter((id) => status.has(id));
    if (builds.length && !builds.some((id) => status.get(id) === 'unmet')) return [];
    const served = practice.serves.flatMap((id) => {
      const mean = means.get(id);
      return mean === undefined || mean === null ? [] : [{ question: id, mean }];
    });
    const basis = served.reduce<Candidate['basis']>((low, x) => (!low || x.mean < low.mean ? x : low), null);
    const need = builds.length ? -1 : basis ? (100 * basis.mean) / 3 : (byId.get(dimension)?.score ?? 100);
    return [{ practice, dimension, order, need, basis }];
  });
  /** Each practice shown, and the rank of the item that shows it. */
  const shown = new Map<string, number>();
  const take = (pool: Candidate[], n: number): PracticeResult[] => {
    const picked = pool
      .filter((c) => !shown.has(c.practice.id))
      .sort((a, b) => a.need - b.need || a.order - b.order)
      .slice(0, n);
    for (const c of picked) shown.set(c.practice.id, out.length + 1);
    return picked.map((c) => ({
      id: c.practice.id,
      dimension: c.dimension,
      text: localize(c.practice.text, opts.lang),
      serves: [...c.practice.serves],
      basis: c.basis,
    }));
  };
  const concerned = (d: DimensionResult) => ({ id: d.id, title: d.title, score: d.score, gap: d.gap });
  const out: Omit<RecommendationResult, 'rank' | 'seeAlso'>[] = [];
  const seeAlso = new Map<number, number[]>();

  const unmet = gate.preconditions
    .filter((p) => p.status === 'unmet')
    .map((p) => byId.get(p.id)!)
    .sort((a, b) => a.score! - b.score!);
  for (const d of unmet) {
    const practices = take(candidates.filter((c) => c.dimension === d.id), PRACTICES_PER_ITEM);
    out.push({ challenge: null, text: null, reason: { rule: 'unmet-precondition', dimension: d.id, score: d.score!, target: gate.threshold }, dimensions: [concerned(d)], practices });
  }

  const ranked = q.challenges
    .map((c, order) => {
      const dims = c.dimensions.map((id) => byId.get(id)!);
      const gapped = dims.filter((d) => d.gap !== null);
      const largest = gapped.reduce<DimensionResult | undefined>((w, d) => (!w || d.gap! > w.gap! ? d : w), undefined);
      const meanGap = gapped.length ? gapped.reduce((s, d) => s + d.gap!, 0) / gapped.length : 0;
      return { c, order, dims, largest, meanGap };
    })
    .filter((x) => x.largest !== undefined && x.largest.gap! > 0)
    .sort((a, b) => b.largest!.gap! - a.largest!.gap! || b.meanGap - a.meanGap || a.order - b.order)
    .slice(0, opts.top ?? DEFAULT_TOP);
  for (const { c, dims, largest } of ranked) {
    const serving = candidates.filter((x) => x.practice.serves.includes(c.id));
    const above = [...new Set(serving.flatMap((x) => (shown.has(x.practice.id) ? [shown.get(x.practice.id)!] : [])))].sort((a, b) => a - b);
    if (above.length) seeAlso.set(out.length, above);
    const practices = take(serving, PRACTICES_PER_ITEM);
    out.push({
      challenge: c.id,
      text: localize(c.text, opts.lang),
      reason: { rule: 'largest-gap', dimension: largest!.id, score: largest!.score!, target: largest!.target },
      dimensions: dims.map(concerned),
      practices,
    });
  }

  // A dimension is covered by its own "build first" item, or by a practice declared under it that serves one of its
  // questions: a practice filed under it for another reason (a glossary under learning) does not work on it.
  const covered = new Set([
    ...out.filter((r) => r.reason.rule === 'unmet-precondition').map((r) => r.reason.dimension),
    ...out.flatMap((r) => r.practices.filter((p) => p.serves.some((id) => id.startsWith(`${p.dimension}.`))).map((p) => p.dimension)),
  ]);
  const uncovered = dimensions
    .map((d, order) => ({ d, order }))
    .filter(({ d }) => d.gap !== null && d.gap > 0 && !covered.has(d.id))
    .sort((a, b) => b.d.gap! - a.d.gap! || a.order - b.order);
  for (const { d } of uncovered) {
    const own = candidates.filter((c) => c.dimension === d.id);
    const working = own.filter((c) => c.practice.serves.some((id) => id.startsWith(`${d.id}.`)));
    const practices = take(working.length ? working : own, PRACTICES_PER_DIMENSION_ITEM);
    if (!practices.length) continue;
    out.push({ challenge: null, text: null, reason: { rule: 'uncovered-dimension', dimension: d.id, score: d.score!, target: d.target }, dimensions: [concerned(d)], practices });
  }
  return out.map((r, i) => ({ rank: i + 1, ...r, seeAlso: seeAlso.get(i) ?? [] }));
}
