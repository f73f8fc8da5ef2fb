// Pure collective reading of several responses: spread per question, divergences, sectors, comments.
import type { Response } from '../answers/schema.js';
import type { Lang, Questionnaire } from '../questionnaire/schema.js';
import { localize } from '../i18n/localize.js';
import type { Collective, CommentResult, DimensionResult, Divergence, QuestionSpread, SectorScores } from './report.js';
import { round1, scoreDimension, tally } from './score.js';

/**
 * Respondents needed on each side of a two-level gap for a question to be "to discuss": 15 % of the numeric
 * answers and at least 2, so that one outlier is no divergence in a group of 15; but 1 in a group of 2 or 3,
 * where one person is a third of the group or more.
 */
export function sideSize(n: number): number {
  return Math.min(Math.max(2, Math.ceil((15 * n) / 100)), Math.floor(n / 2));
}

/** The two-level gap (0 | 2–3, or 0–1 | 3) whose smaller side is largest; ties go to 0 | 2–3. */
export function widestSplit(distribution: readonly number[]): { at: number; below: number; above: number } {
  const [d0 = 0, d1 = 0, d2 = 0, d3 = 0] = distribution;
  const splits = [
    { at: 0, below: d0, above: d2 + d3 },
    { at: 1, below: d0 + d1, above: d3 },
  ];
  return splits[1]!.below > 0 && Math.min(splits[1]!.below, splits[1]!.above) > Math.min(splits[0]!.below, splits[0]!.above) ? splits[1]! : splits[0]!;
}

/**
 * Leik's ordinal dispersion, × 100: 0 when everyone chose one level, 100 when half chose 0 and half 3.
 * From the cumulative shares F of levels 0, 1, 2: 2/(k − 1) × Σ min(F, 1 − F), with k = 4 levels.
 */
export function dispersion(distribution: readonly number[]): number {
  const n = distribution.reduce((a, b) => a + b, 0);
  if (n === 0) return 0;
  let cumulative = 0;
  let sum = 0;
  for (const count of distribution.slice(0, 3)) {
    cumulative += count;
    sum += Math.min(cumulative, n - cumulative) / n;
  }
  return round1((100 * 2 * sum) / 3);
}

/** Min, max, population standard deviation (÷ n) and "to discuss" of a question's numeric answers. */
export function questionSpread(distribution: readonly number[]): QuestionSpread {
  const n = distribution.reduce((a, b) => a + b, 0);
  if (n === 0) return { min: null, max: null, sd: null, toDiscuss: false };
  const levels = distribution.flatMap((count, level) => (count > 0 ? [level] : []));
  const min = levels[0]!;
  const max = levels[levels.length - 1]!;
  const mean = distribution.reduce((s, count, level) => s + count * level, 0) / n;
  const variance = distribution.reduce((s, count, level) => s + count * (level - mean) ** 2, 0) / n;
  const split = widestSplit(distribution);
  const k = sideSize(n);
  return { min, max, sd: round1(Math.sqrt(variance)), toDiscuss: k > 0 && split.below >= k && split.above >= k };
}

export interface CollectiveOptions {
  lang: Lang;
  /** Comments carry the respondent's name (when the response has one). */
  withNames?: boolean;
}

/**
 * The collective part of a report, from the dimensions already scored for everyone.
 * Per-sector scores use the same formula (scoreDimension) on each sector's responses.
 */
export function collective(
  q: Questionnaire,
  responses: readonly Response[],
  dimensions: readonly DimensionResult[],
  opts: CollectiveOptions,
): Collective {
  return {
    divergences: responses.length < 2 ? [] : divergences(dimensions),
    missingSectors: q.sectors
      // A catch-all sector ("autre") is where a respondent goes when no sector fits: nobody in particular is absent.
      .filter((s) => !s.catchAll && !responses.some((r) => r.respondent.sector === s.id))
      .map((s) => ({ id: s.id, label: localize(s.label, opts.lang), brings: s.brings ? localize(s.brings, opts.lang) : null, residents: s.audience === 'habitants' })),
    sectorScores: sectorScores(q, responses, dimensions, opts.lang),
    comments: comments(q, responses, opts),
  };
}

/** Questions to discuss: highest dispersion first, then higher standard deviation, then questionnaire order. */
export function divergences(dimensions: readonly DimensionResult[]): Divergence[] {
  return dimensions
    .flatMap((d) =>
      d.questions
        .filter((x) => x.toDiscuss && x.min !== null && x.max !== null && x.sd !== null)
        .map((x) => ({
          id: x.id,
          dimension: d.id,
          text: x.text,
          min: x.min!,
          max: x.max!,
          spread: x.max! - x.min!,
          sd: x.sd!,
          dispersion: dispersion(x.distribution),
          split: widestSplit(x.distribution),
          distribution: [...x.distribution],
        })),
    )
    .map((x, order) => ({ x, order }))
    .sort((a, b) => b.x.dispersion - a.x.dispersion || b.x.sd - a.x.sd || a.order - b.order)
    .map(({ x }) => x);
}

function sectorScores(q: Questionnaire, responses: readonly Response[], dimensions: readonly DimensionResult[], lang: Lang): SectorScores[] {
  const bySector = new Map<string, Response[]>();
  for (const r of responses) add(bySector, r.respondent.sector, r);
  return q.sectors.flatMap((s) => {
    const mine = bySector.get(s.id);
    if (!mine) return [];
    const tallies = tally(mine, q);
    return [
      {
        sector: s.id,
        label: localize(s.label, lang),
        responses: mine.length,
        scores: q.dimensions.map((d, i) => ({ dimension: d.id, score: scoreDimension(d, tallies, lang, dimensions[i]!.target).score })),
      },
    ];
  });
}

/**
 * Every comment, in questionnaire order; those on one question by sector (questionnaire order), level, text
 * and name, so that the order of the files and of the responses in them does not change the report.
 */
function comments(q: Questionnaire, responses: readonly Response[], opts: CollectiveOptions): CommentResult[] {
  const sector = new Map(q.sectors.map((s, i) => [s.id, i]));
  const level = (v: CommentResult['value']) => (v === 'unknown' ? 4 : v);
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const order = (a: CommentResult, b: CommentResult) =>
    sector.get(a.sector)! - sector.get(b.sector)! || level(a.value) - level(b.value) || text(a.comment, b.comment) || text(a.name ?? '', b.name ?? '');
  // Gathered per question in one pass over the responses (as in scoring), in the order of the responses.
  const dimensionOf = new Map(q.dimensions.flatMap((d) => d.questions.map((question) => [question.id, d.id])));
  const byQuestion = new Map<string, CommentResult[]>();
  for (const r of responses) {
    for (const [id, a] of r.answers) {
      if (!a.comment) continue;
      const name = opts.withNames ? r.respondent.name : undefined;
      add(byQuestion, id, { question: id, dimension: dimensionOf.get(id)!, value: a.value, sector: r.respondent.sector, ...(name !== undefined && { name }), comment: a.comment });
    }
  }
  return q.dimensions.flatMap((d) => d.questions.flatMap((question) => (byQuestion.get(question.id) ?? []).sort(order)));
}

/** Appends `value` to the list of `key` (Map.groupBy comes with Node 21). */
function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
