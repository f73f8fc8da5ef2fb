// The arithmetic of scores: answers tallied per question in one pass, then questions, dimensions, bands, indices.
import type { Response } from '../answers/schema.js';
import type { Dimension, Lang, Questionnaire } from '../questionnaire/schema.js';
import { asks, audienceOf } from '../questionnaire/audience.js';
import { AUDIENCES } from '../core/patterns.js';
import { localize } from '../i18n/localize.js';
import type { Coverage, DimensionResult, QuestionResult, Report } from './report.js';
import { round1 } from './round.js';
import { questionSpread } from './spread.js';

function mean(xs: number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** What a set of responses answered to one question: how many gave each level, and "don't know". */
interface Tally {
  distribution: number[];
  unknown: number;
  /** Answers (numeric or "don't know") per audience, in AUDIENCES order. */
  byAudience: number[];
}

/** Every question's tally, from one pass over each response's answers (see scoreQuestion). */
export interface Tallies {
  responses: number;
  byQuestion: Map<string, Tally>;
  /** Per question meant for some audiences only: the responses of other audiences that left it out (not asked). */
  notAsked: Map<string, number>;
}

/** What the responses of one sector answered, per question: the unit a stream of responses is folded into. */
export interface SectorCounts {
  responses: number;
  byQuestion: Map<string, { distribution: number[]; unknown: number }>;
}

/**
 * Adds one response to the counts of its sector (`into`, keyed by sector id). `key` gives the string a new key is
 * stored as (a reader that drops its files' texts passes a copy, see rollup/fold.ts).
 */
export function foldResponse(into: Map<string, SectorCounts>, r: Pick<Response, 'respondent' | 'answers'>, key: (s: string) => string = (x) => x): void {
  let s = into.get(r.respondent.sector);
  if (!s) into.set(key(r.respondent.sector), (s = { responses: 0, byQuestion: new Map() }));
  s.responses++;
  for (const [id, a] of r.answers) {
    let t = s.byQuestion.get(id);
    if (!t) s.byQuestion.set(key(id), (t = { distribution: [0, 0, 0, 0], unknown: 0 }));
    if (a.value === 'unknown') t.unknown++;
    else t.distribution[a.value]!++;
  }
}

/**
 * Reads each response once, answer by answer, into the counts of its sector. Asking every response for every
 * question instead visits each response once per question: with 10,000 responses, that is what made scoring slower
 * per response as they grew. The whole report's tallies and each sector's row are made from these same counts.
 */
export function foldSectors(responses: readonly Response[]): Map<string, SectorCounts> {
  const bySector = new Map<string, SectorCounts>();
  for (const r of responses) foldResponse(bySector, r);
  return bySector;
}

/**
 * The tallies of responses folded per sector (foldSectors, foldResponse). With the questionnaire, it also counts
 * who was not asked a question meant for other audiences.
 */
export function talliesOf(bySector: ReadonlyMap<string, SectorCounts>, q?: Questionnaire): Tallies {
  const byQuestion = new Map<string, Tally>();
  const audienceIndex = new Map(q?.sectors.map((s) => [s.id, AUDIENCES.indexOf(audienceOf(q, s.id))]));
  const responsesBy = AUDIENCES.map(() => 0);
  let responses = 0;
  for (const [sector, s] of bySector) {
    const k = audienceIndex.get(sector) ?? 0;
    responsesBy[k]! += s.responses;
    responses += s.responses;
    for (const [id, c] of s.byQuestion) {
      let t = byQuestion.get(id);
      if (!t) byQuestion.set(id, (t = { distribution: [0, 0, 0, 0], unknown: 0, byAudience: AUDIENCES.map(() => 0) }));
      for (let level = 0; level < 4; level++) t.distribution[level]! += c.distribution[level]!;
      t.unknown += c.unknown;
      t.byAudience[k]! += c.unknown + c.distribution.reduce((a, b) => a + b, 0);
    }
  }
  // Not asked: the responses of each audience a question is not meant for, less those of them that answered it anyway.
  const notAsked = new Map<string, number>();
  for (const x of q ? q.dimensions.flatMap((d) => d.questions) : []) {
    const answered = byQuestion.get(x.id)?.byAudience;
    const n = AUDIENCES.reduce((sum, a, k) => (asks(x, a) ? sum : sum + responsesBy[k]! - (answered?.[k] ?? 0)), 0);
    if (n) notAsked.set(x.id, n);
  }
  return { responses, byQuestion, notAsked };
}

export function scoreQuestion(
  id: string,
  tallies: Tallies,
): Pick<QuestionResult, 'id' | 'count' | 'unknown' | 'notAsked' | 'unanswered' | 'distribution'> & { exactMean: number | null } {
  const t = tallies.byQuestion.get(id);
  const distribution = t ? [...t.distribution] : [0, 0, 0, 0];
  const count = distribution.reduce((a, b) => a + b, 0);
  const unknown = t?.unknown ?? 0;
  const notAsked = tallies.notAsked.get(id) ?? 0;
  // Levels are small integers: their sum is exact, so the mean is the same whatever the order of the responses.
  const sum = distribution.reduce((s, n, level) => s + n * level, 0);
  return { id, count, unknown, notAsked, unanswered: tallies.responses - count - unknown - notAsked, distribution, exactMean: count ? sum / count : null };
}

/**
 * S_d = 100 × Σ w·m / (3 × Σ w) over the questions that have a mean; null when none has. Rounded to
 * one decimal. Shared by scoreDimension and by compare (which recomputes on shared questions).
 */
export function weightedScore(questions: readonly { weight: number; exactMean: number | null }[]): number | null {
  let weighted = 0;
  let weights = 0;
  for (const q of questions) {
    if (q.exactMean === null) continue;
    weighted += q.weight * q.exactMean;
    weights += q.weight;
  }
  return weights > 0 ? round1((100 * weighted) / (3 * weights)) : null;
}

/** A dimension's coverage: the counts of its questions added up; more "don't know" than numbers is pointed out. */
export function coverageOf(questions: readonly Pick<QuestionResult, 'count' | 'unknown' | 'unanswered' | 'notAsked'>[]): Coverage {
  const coverage: Coverage = { questions: questions.length, answered: 0, unknown: 0, unanswered: 0, notAsked: 0, manyUnknown: false };
  for (const q of questions) {
    coverage.answered += q.count;
    coverage.unknown += q.unknown;
    coverage.unanswered += q.unanswered;
    coverage.notAsked += q.notAsked;
  }
  coverage.manyUnknown = coverage.unknown > coverage.answered;
  return coverage;
}

/** A dimension's score alone (weightedScore of its questions' means), for a row that shows nothing else. */
export function dimensionScore(d: Dimension, tallies: Tallies): number | null {
  return weightedScore(d.questions.map((x) => ({ weight: x.weight, exactMean: scoreQuestion(x.id, tallies).exactMean })));
}

/**
 * A dimension's score (weightedScore) with its questions, coverage and gap. The score is rounded to one decimal
 * first, and band and gap are derived from the rounded score, so that a reader checking the report against its
 * own numbers finds them consistent.
 */
export function scoreDimension(d: Dimension, tallies: Tallies, lang: Lang, target: number): Omit<DimensionResult, 'band'> {
  const means: { weight: number; exactMean: number | null }[] = [];
  const questions: QuestionResult[] = d.questions.map((q) => {
    const { exactMean, ...r } = scoreQuestion(q.id, tallies);
    means.push({ weight: q.weight, exactMean });
    return {
      ...r,
      text: localize(q.text, lang),
      weight: q.weight,
      mean: exactMean === null ? null : round1(exactMean),
      ...(q.replaces && { replaces: [...q.replaces] }),
      ...questionSpread(r.distribution),
    };
  });
  const score = weightedScore(means);
  return {
    id: d.id,
    kind: d.kind,
    title: localize(d.title, lang),
    summary: localize(d.summary, lang),
    score,
    target,
    gap: score === null ? null : round1(Math.max(0, target - score)),
    coverage: coverageOf(questions),
    questions,
  };
}

/** The band a score falls in: min inclusive, max exclusive except for the last band (which includes 100). */
export function findBand<B extends { min: number; max: number }>(bands: readonly B[], s: number | null): B | null {
  if (s === null) return null;
  return bands.find((band, i) => s >= band.min && (s < band.max || (i === bands.length - 1 && s <= band.max))) ?? null;
}

type Scored = Pick<DimensionResult, 'id' | 'kind' | 'score'>;

/** Each index is the mean of the scored dimensions of its kind, rounded; null when none is scored. */
export function indicesOf(dimensions: readonly Scored[]): Report['indices'] {
  const indexOf = (kind: Dimension['kind']) => {
    const m = mean(dimensions.filter((d) => d.kind === kind && d.score !== null).map((d) => d.score!));
    return m === null ? null : round1(m);
  };
  return { preconditions: indexOf('precondition'), components: indexOf('component') };
}
