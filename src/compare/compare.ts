// Pure comparison of two reports of one questionnaire: scores, bands, indices, gate, questions, sectors.
import type { Lang } from '../questionnaire/schema.js';
import { gateOf as preconditionGate } from '../scoring/advice.js';
import { questionSpread } from '../scoring/spread.js';
import type { DimensionResult, QuestionResult } from '../scoring/report.js';
import { round1 } from '../scoring/round.js';
import { coverageOf, findBand, indicesOf, weightedScore } from '../scoring/tally.js';
import type { ComparableReport as Report, Comparison, ComparisonSide, DimensionChange, QuestionChange } from './schema.js';

/** A question "moved" when its mean changed by this many levels or more. */
export const MOVED_LEVELS = 1;

export interface CompareInput {
  report: Report;
  source: ComparisonSide['source'];
}

/** Thrown when the two sides use different questionnaires; the command names the file. */
export class QuestionnaireMismatch extends Error {
  override name = 'QuestionnaireMismatch';
  constructor(
    readonly before: string,
    readonly after: string,
  ) {
    super(`questionnaire "${after}", but the other side uses "${before}"`);
  }
}

export type Scored = Pick<DimensionResult, 'id' | 'kind' | 'title' | 'score' | 'band' | 'coverage'> & { questions: QuestionResult[] };

export function compare(before: CompareInput, after: CompareInput, lang: Lang): Comparison {
  const b = before.report;
  const a = after.report;
  if (b.questionnaire.id !== a.questionnaire.id) throw new QuestionnaireMismatch(b.questionnaire.id, a.questionnaire.id);
  // Texts come from the side written in the language asked for, the later one first.
  const texts = a.lang === lang || b.lang !== lang ? a : b;

  const { shared, recomputed, dims: [bDims = [], aDims = []] } = fitToShared([b, a]);
  const bById = new Map(bDims.map((d) => [d.id, d]));
  const textDims = new Map((texts === a ? aDims : bDims).map((d) => [d.id, d]));

  const dimensions: DimensionChange[] = aDims
    .filter((d) => bById.has(d.id))
    .map((ad) => {
      const bd = bById.get(ad.id)!;
      return {
        id: ad.id,
        kind: ad.kind,
        title: textDims.get(ad.id)?.title ?? ad.title,
        before: { score: bd.score, band: bd.band },
        after: { score: ad.score, band: ad.band },
        change: diff(bd.score, ad.score),
        bandChanged: bd.band !== null && ad.band !== null && bd.band.id !== ad.band.id,
      };
    });
  const compared = (dims: Scored[]) => dims.filter((d) => dimensions.some((x) => x.id === d.id));
  const bIndices = recomputed ? indicesOf(compared(bDims)) : b.indices;
  const aIndices = recomputed ? indicesOf(compared(aDims)) : a.indices;
  const threshold = a.gate.threshold;
  // Recomputed from the dimensions on both sides, so that a report of version 1 reads with today's statuses.
  const gateOf = (dims: Scored[]) => {
    const failing = preconditionGate(compared(dims), threshold)
      .preconditions.filter((p) => p.status === 'unmet' || p.status === 'unknown')
      .map((p) => p.id);
    const title = (id: string) => textDims.get(id)?.title ?? dims.find((d) => d.id === id)?.title ?? id;
    return { met: failing.length === 0, failing: failing.map((id) => ({ id, label: title(id) })) };
  };

  return {
    comparisonVersion: 1,
    lang,
    questionnaire: { id: a.questionnaire.id, title: texts.questionnaire.title },
    before: side(before),
    after: side(after),
    scope: {
      versionChanged: b.questionnaire.version !== a.questionnaire.version,
      sharedQuestions: shared.size,
      recomputed,
      leftOut: leftOut(b, a, shared),
    },
    dimensions,
    indices: {
      preconditions: { before: bIndices.preconditions, after: aIndices.preconditions, change: diff(bIndices.preconditions, aIndices.preconditions) },
      components: { before: bIndices.components, after: aIndices.components, change: diff(bIndices.components, aIndices.components) },
    },
    gate: { threshold, before: gateOf(bDims), after: gateOf(aDims) },
    questions: movedQuestions(bDims, aDims, textDims),
    toDiscuss: {
      before: bDims.flatMap((d) => d.questions).filter((q) => questionSpread(q.distribution).toDiscuss).length,
      after: aDims.flatMap((d) => d.questions).filter((q) => questionSpread(q.distribution).toDiscuss).length,
    },
    sectors: sectors(b, a, texts),
  };
}

export interface Fitted {
  /** The questions every report has: the only ones scored. */
  shared: Set<string>;
  /** Some report has other questions too: its scores are recomputed on the shared ones. */
  recomputed: boolean;
  /** Each report's dimensions that keep a shared question, restricted to those questions, in its order. */
  dims: Scored[][];
}

/** Reports of different questionnaire versions fitted to the questions they all share (compare and trend). */
export function fitToShared(reports: readonly Report[]): Fitted {
  const questionIds = (r: Report) => new Set(r.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  const ids = reports.map(questionIds);
  const shared = new Set([...(ids[0] ?? [])].filter((id) => ids.every((set) => set.has(id))));
  const recomputed = ids.some((set) => set.size !== shared.size);
  const restrict = (r: Report): Scored[] =>
    r.dimensions
      .map((d) => ({ ...d, questions: d.questions.filter((q) => shared.has(q.id)) }))
      .filter((d) => d.questions.length > 0)
      .map((d) => (recomputed ? rescore(d, r) : d));
  return { shared, recomputed, dims: reports.map(restrict) };
}

/** The exact mean of a question's numeric answers, from its distribution; null when none. */
export function exactMean(distribution: readonly number[]): number | null {
  const n = distribution.reduce((s, x) => s + x, 0);
  return n === 0 ? null : distribution.reduce((s, count, level) => s + count * level, 0) / n;
}

/** A dimension scored again on its remaining questions: same formula and bands as the report's. */
function rescore(d: Scored, r: Report): Scored {
  const score = weightedScore(d.questions.map((q) => ({ weight: q.weight, exactMean: exactMean(q.distribution) })));
  const band = findBand(r.bands, score);
  // Coverage too, from the questions kept: a precondition's status must not depend on questions left out.
  return { ...d, score, band: band ? { id: band.id, label: band.label } : null, coverage: coverageOf(d.questions) };
}

function diff(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : round1(after - before);
}

function side({ report, source }: CompareInput): ComparisonSide {
  return { source, version: report.questionnaire.version, territory: report.territory, responses: report.responses, dates: report.dates };
}

/** What only one side has; a question the after side declares as replacing before ones is "merged" on both sides. */
export function leftOut(b: Report, a: Report, shared: Set<string>): Comparison['scope']['leftOut'] {
  const out: Comparison['scope']['leftOut'] = { dimensions: [], questions: [] };
  const beforeIds = new Set(b.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  const replacedBy = new Map<string, string[]>();
  for (const q of a.dimensions.flatMap((d) => d.questions)) for (const old of q.replaces ?? []) if (beforeIds.has(old)) replacedBy.set(old, [...(replacedBy.get(old) ?? []), q.id]);
  for (const [r, other, name] of [[b, a, 'before'], [a, b, 'after']] as const) {
    for (const d of r.dimensions) {
      if (!other.dimensions.some((x) => x.id === d.id)) out.dimensions.push({ id: d.id, title: d.title, side: name });
      for (const q of d.questions) {
        if (shared.has(q.id)) continue;
        const related = name === 'before' ? (replacedBy.get(q.id) ?? []) : (q.replaces ?? []).filter((id) => beforeIds.has(id));
        const change = related.length ? 'merged' : name === 'before' ? 'removed' : 'added';
        out.questions.push({ id: q.id, dimension: d.id, text: q.text, side: name, change, related });
      }
    }
  }
  return out;
}

function movedQuestions(bDims: Scored[], aDims: Scored[], textDims: Map<string, Scored>): QuestionChange[] {
  const before = new Map(bDims.flatMap((d) => d.questions.map((q) => [q.id, q] as const)));
  return aDims
    .flatMap((d) =>
      d.questions.flatMap((q) => {
        const bq = before.get(q.id);
        if (!bq || bq.mean === null || q.mean === null) return [];
        const change = round1(q.mean - bq.mean);
        if (Math.abs(change) < MOVED_LEVELS) return [];
        const text = textDims.get(d.id)?.questions.find((x) => x.id === q.id)?.text ?? q.text;
        return [{ id: q.id, dimension: d.id, text, before: bq.mean, after: q.mean, change }];
      }),
    )
    .map((x, order) => ({ x, order }))
    .sort((p, q) => Math.abs(q.x.change) - Math.abs(p.x.change) || p.order - q.order)
    .map(({ x }) => x);
}

function sectors(b: Report, a: Report, texts: Report): Comparison['sectors'] {
  const ids = [...new Set([...a.sectors.map((s) => s.id), ...b.sectors.map((s) => s.id)])];
  const count = (r: Report, id: string) => r.sectors.find((s) => s.id === id)?.responses ?? 0;
  const label = (id: string) => (texts.sectors.find((s) => s.id === id) ?? a.sectors.find((s) => s.id === id) ?? b.sectors.find((s) => s.id === id))!.label;
  const counts = ids.map((id) => ({ id, label: label(id), before: count(b, id), after: count(a, id) }));
  return {
    counts,
    joined: counts.filter((s) => s.before === 0 && s.after > 0).map((s) => ({ id: s.id, label: s.label })),
    left: counts.filter((s) => s.before > 0 && s.after === 0).map((s) => ({ id: s.id, label: s.label })),
  };
}
