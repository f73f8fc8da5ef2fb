// The report model: what scoring produces, what every reporter renders, and the JSON report's schema.
import { z } from 'zod';
import { Lang } from '../questionnaire/schema.js';
import { REPORT_VERSION } from './version.js';
import { MAX_COUNT, MAX_WEIGHT } from '../core/patterns.js';

export const PRECONDITION_STATUSES = ['met', 'fragile', 'unmet', 'unknown'] as const;
export type PreconditionStatus = (typeof PRECONDITION_STATUSES)[number];
export const RECOMMENDATION_RULES = ['unmet-precondition', 'largest-gap', 'uncovered-dimension'] as const;

const Score = z.number().min(0).max(100);
const NullableScore = Score.nullable();
const Count = z.number().int().min(0).max(MAX_COUNT);
const Ref = z.strictObject({ id: z.string(), label: z.string() });

const Level = z.number().int().min(0).max(3);
const Distribution = z.array(Count).length(4).describe('how many responses chose each level 0, 1, 2, 3');

/** How far apart the numeric answers to one question are (see src/scoring/collective.ts). */
export const QuestionSpread = z.strictObject({
  min: Level.nullable().describe('lowest numeric answer, null when none'),
  max: Level.nullable().describe('highest numeric answer, null when none'),
  sd: z
    .number()
    .min(0)
    .nullable()
    .describe('population standard deviation of the numeric answers (divided by their count, not count − 1), one decimal; null when none'),
  toDiscuss: z
    .boolean()
    .describe(
      '"to discuss": on each side of a two-level gap (0 | 2–3, or 0–1 | 3) stand at least 15 % of the numeric answers, and at least 2 (1 in a group of 2 or 3 answers)',
    ),
});
export type QuestionSpread = z.infer<typeof QuestionSpread>;

export const QuestionResult = z.strictObject({
  id: z.string(),
  text: z.string(),
  weight: z.number().positive().max(MAX_WEIGHT),
  mean: z.number().min(0).max(3).nullable().describe('mean of the numeric answers (0..3), null when none'),
  count: Count.describe('numeric answers'),
  unknown: Count.describe('"unknown" answers'),
  notAsked: Count.default(0).describe("responses of an audience this question is not meant for (residents are not asked every question): neither unknown nor unanswered"),
  unanswered: Count,
  distribution: Distribution,
  replaces: z.array(z.string()).optional().describe("the previous version's questions it merges or rewrites (compare says so)"),
  ...QuestionSpread.shape,
});
export type QuestionResult = z.infer<typeof QuestionResult>;

export const Coverage = z.strictObject({
  questions: Count,
  answered: Count.describe('numeric answers, over all responses and questions'),
  unknown: Count,
  unanswered: Count,
  notAsked: Count.default(0).describe('answers not asked, the question not being meant for the respondent\'s audience'),
  manyUnknown: z.boolean().describe('more "unknown" than numeric answers: the actors may not know each other\'s work well enough'),
});
export type Coverage = z.infer<typeof Coverage>;

export const DimensionResult = z.strictObject({
  id: z.string(),
  kind: z.enum(['precondition', 'component']),
  title: z.string(),
  summary: z.string(),
  score: NullableScore.describe('0–100, null when no question has a numeric answer'),
  band: Ref.nullable(),
  target: Score,
  gap: NullableScore,
  coverage: Coverage,
  questions: z.array(QuestionResult),
});
export type DimensionResult = z.infer<typeof DimensionResult>;

export const PracticeResult = z.strictObject({
  id: z.string(),
  dimension: z.string().describe('the dimension it is declared under'),
  text: z.string(),
  serves: z.array(z.string()).describe('the challenges and questions it addresses, as declared in the questionnaire'),
  basis: z
    .strictObject({ question: z.string(), mean: z.number().min(0).max(3) })
    .nullable()
    .describe("the question it serves with the lowest mean, which placed it; null for a precondition's readiness advice, or when none of its questions has a numeric answer (its dimension's score placed it)"),
});
export type PracticeResult = z.infer<typeof PracticeResult>;

export const RecommendationResult = z
  .strictObject({
    rank: z.number().int().min(1).max(MAX_COUNT),
    challenge: z.string().nullable().describe('the challenge id; null for a precondition to build first or an "also for" dimension'),
    text: z.string().nullable().describe("the challenge's text; null when challenge is null"),
    reason: z
      .strictObject({
        rule: z
          .enum(RECOMMENDATION_RULES)
          .describe(
            'unmet-precondition: a precondition below the gate threshold, placed first; largest-gap: a challenge, ranked by the largest gap among its dimensions (ties: the mean of their gaps, then file order); uncovered-dimension: a dimension below its target that no practice above serves',
          ),
        dimension: z.string().describe('the dimension that placed it: the unmet precondition, the challenge\'s dimension with the largest gap, or the uncovered dimension'),
        score: Score,
        target: Score.describe('the target of that dimension, or the gate threshold for an unmet precondition'),
      })
      .describe('why it is there, in numbers'),
    dimensions: z.array(z.strictObject({ id: z.string(), title: z.string(), score: NullableScore, gap: NullableScore })),
    practices: z.array(PracticeResult).describe('practices to try; a practice appears at most once in a report'),
    seeAlso: z
      .array(z.number().int().min(1).max(MAX_COUNT))
      .describe('ranks of the recommendations above that already show practices serving this challenge (empty for the others)'),
  })
  .describe('a recommendation: an unmet precondition first, then the challenges ranked, then the dimensions below target that they leave without a practice');
export type RecommendationResult = z.infer<typeof RecommendationResult>;

export const Divergence = z
  .strictObject({
    id: z.string().describe('question id'),
    dimension: z.string().describe('dimension id'),
    text: z.string(),
    min: Level,
    max: Level,
    spread: z.number().int().min(2).max(3).describe('max − min'),
    sd: z.number().min(0).max(3).describe('population standard deviation, one decimal'),
    dispersion: z
      .number()
      .min(0)
      .max(100)
      .describe("Leik's ordinal dispersion × 100, one decimal: 0 when everyone gave the same level, 100 when the group is split in two halves at 0 and 3"),
    split: z
      .strictObject({
        at: z.number().int().min(0).max(1),
        below: Count.describe('respondents who answered `at` or less'),
        above: Count.describe('respondents who answered `at` + 2 or more'),
      })
      .describe('the two-level gap that divides the group most evenly'),
    distribution: Distribution,
  })
  .describe('a question to discuss: enough respondents on each side of a two-level gap (see toDiscuss)');
export type Divergence = z.infer<typeof Divergence>;

export const SectorScores = z.strictObject({
  sector: z.string().describe('sector id; "_merged" for the row of the sectors merged because they are small (see privacy)'),
  label: z.string(),
  responses: Count.min(1),
  scores: z
    .array(z.strictObject({ dimension: z.string(), score: NullableScore }))
    .describe("each dimension's score from this sector's responses alone, same formula; null when it has no numeric answer"),
});
export type SectorScores = z.infer<typeof SectorScores>;

export const CommentResult = z.strictObject({
  question: z.string().describe('question id'),
  dimension: z.string().describe('dimension id'),
  value: z.union([Level, z.literal('unknown')]).describe('the level chosen with the comment'),
  sector: z
    .string()
    .nullable()
    .describe('the respondent\'s sector id; "_merged" when that sector is in the merged row, null when it is hidden (see privacy)'),
  name: z.string().optional().describe("the respondent's name: only in a report made with --with-names"),
  comment: z.string(),
});
export type CommentResult = z.infer<typeof CommentResult>;

export const Privacy = z
  .strictObject({
    minGroupSize: Count.min(1).describe('groups smaller than this are not shown as such (--min-group-size)'),
    merged: z.array(z.string()).describe('sectors shown only together, in the "_merged" row (at least minGroupSize respondents, at least two sectors)'),
    hidden: z.array(z.string()).describe('sectors not shown at all: only when there are fewer than minGroupSize respondents in all'),
    inferable: z.boolean().describe('fewer than minGroupSize respondents in all: individual answers may be inferred from the whole group\'s figures'),
  })
  .describe('small-group suppression applied to sector scores, sector labels of comments and of incomplete responses (src/scoring/privacy.ts)');
export type Privacy = z.infer<typeof Privacy>;

export const Collective = z
  .strictObject({
    divergences: z
      .array(Divergence)
      .describe('the questions to discuss, highest dispersion first, then higher standard deviation, then questionnaire order; empty with a single response (a collective reading needs several respondents)'),
    missingSectors: z
      .array(
        Ref.extend({
          brings: z.string().nullable().describe('what this sector brings to the cooperation, from the questionnaire; null when it does not say'),
          residents: z.boolean().describe('the sector answers as residents: the people concerned'),
        }),
      )
      .describe('sectors of the questionnaire with no response, in its order; the catch-all sector "autre" is never missing'),
    sectorScores: z
      .array(SectorScores)
      .describe('one entry per sector of at least minGroupSize responses, in questionnaire order, then the merged row of the smaller ones (see privacy)'),
    incomplete: z
      .array(
        z.strictObject({
          sector: z
            .string()
            .nullable()
            .describe('the respondent\'s sector id; "_merged" when that sector is in the merged row, null when it is hidden (see privacy)'),
          name: z.string().optional().describe("the respondent's name: only in a report made with --with-names"),
          answered: Count.describe('questions answered, "don\'t know" included'),
          asked: Count.describe('questions meant for the respondent'),
        }),
      )
      .default([])
      .describe('responses that answer fewer than half of the questions meant for them, in the order read'),
    comments: z
      .array(CommentResult)
      .describe('every comment given with an answer, in questionnaire order; on one question, by sector as shown (questionnaire order, then merged, then none), level, text and name'),
    privacy: Privacy,
  })
  .describe('what a group must talk about: where it disagrees, who is missing, how each sector sees each dimension, what people wrote');
export type Collective = z.infer<typeof Collective>;

export const THRESHOLD_LEVELS = ['error', 'warn'] as const;

export const ThresholdResult = z
  .strictObject({
    id: z.string().describe('what was checked: components, preconditions, gate, or a dimension id'),
    level: z.enum(THRESHOLD_LEVELS).describe('error: an unmet assertion fails the run (exit 1); warn: reported, exit 0 unless --max-warnings is exceeded'),
    limit: NullableScore.describe('the minimum asked for; for the gate, the gate threshold'),
    value: NullableScore.describe('the score checked (for the gate, the lowest precondition score); null when it could not be computed'),
    met: z.boolean().describe('the assertion holds; a value that could not be computed never meets it'),
  })
  .describe('one threshold assertion of the configuration file or of --fail-under / --min-dimension, and its result');
export type ThresholdResult = z.infer<typeof ThresholdResult>;

export const Report = z.strictObject({
  reportVersion: z.literal(REPORT_VERSION),
  lang: Lang,
  questionnaire: z.strictObject({ id: z.string(), version: z.string(), title: z.string() }),
  territory: z.string().describe('the territories named by the responses, sorted, joined by " / "'),
  responses: Count,
  dates: z.strictObject({ from: z.string().nullable(), to: z.string().nullable() }),
  sectors: z
    .array(z.strictObject({ id: z.string(), label: z.string(), responses: Count }))
    .describe("every sector of the questionnaire's list, with its number of responses (0: missing)"),
  scale: z.array(z.strictObject({ value: z.number().int().min(0).max(3), label: z.string() })),
  bands: z.array(z.strictObject({ id: z.string(), label: z.string(), min: Score, max: Score })),
  dimensions: z.array(DimensionResult),
  indices: z.strictObject({ preconditions: NullableScore, components: NullableScore }),
  gate: z.strictObject({
    met: z.boolean().describe('every precondition is met or fragile'),
    threshold: Score.describe('a precondition is unmet below this score'),
    preconditions: z.array(
      z.strictObject({
        id: z.string(),
        score: NullableScore,
        status: z
          .enum(PRECONDITION_STATUSES)
          .describe(
            'met: threshold + 10 or more; fragile: from the threshold to threshold + 10; unmet: below the threshold; unknown: no score, or more "don\'t know" than numeric answers',
          ),
      }),
    ),
  }),
  recommendations: z.array(RecommendationResult),
  noGap: z.boolean().describe('no scored dimension is below its target'),
  collective: Collective,
  thresholds: z.array(ThresholdResult).optional().describe('the threshold assertions checked, in the order given; absent when none was asked for'),
});
export type Report = z.infer<typeof Report>;
