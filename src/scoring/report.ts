// The report model: what scoring produces, what every reporter renders, and the JSON report's schema.
import { z } from 'zod';
import { Lang } from '../questionnaire/schema.js';

const Score = z.number().min(0).max(100);
const NullableScore = Score.nullable();
const Count = z.number().int().min(0);
const Ref = z.strictObject({ id: z.string(), label: z.string() });

export const QuestionResult = z.strictObject({
  id: z.string(),
  text: z.string(),
  weight: z.number().positive(),
  mean: z.number().min(0).max(3).nullable().describe('mean of the numeric answers (0..3), null when none'),
  count: Count.describe('numeric answers'),
  unknown: Count.describe('"unknown" answers'),
  unanswered: Count,
  distribution: z.array(Count).length(4).describe('how many responses chose each level 0, 1, 2, 3'),
});
export type QuestionResult = z.infer<typeof QuestionResult>;

export const Coverage = z.strictObject({
  questions: Count,
  answered: Count.describe('numeric answers, over all responses and questions'),
  unknown: Count,
  unanswered: Count,
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

export const RecommendationResult = z.strictObject({
  id: z.string(),
  text: z.string(),
  priority: z.number().min(0),
  gateFirst: z.boolean().describe('concerns a precondition that is not yet there, so it comes first'),
  dimensions: z.array(z.strictObject({ id: z.string(), title: z.string(), score: NullableScore, gap: NullableScore })),
  weakest: z.string().describe('the concerned dimension with the lowest score, whose practices are suggested'),
  practices: z.array(z.string()),
});
export type RecommendationResult = z.infer<typeof RecommendationResult>;

export const Report = z.strictObject({
  reportVersion: z.literal(1),
  lang: Lang,
  questionnaire: z.strictObject({ id: z.string(), version: z.string(), title: z.string() }),
  territory: z.string().describe('the territories named by the responses, sorted, joined by " / "'),
  responses: Count,
  dates: z.strictObject({ from: z.string().nullable(), to: z.string().nullable() }),
  sectors: z
    .array(z.strictObject({ id: z.string(), label: z.string(), responses: Count }))
    .describe("every sector of the questionnaire's list, with its number of responses (0: missing)"),
  scale: z.array(z.strictObject({ value: z.number().int(), label: z.string() })),
  bands: z.array(z.strictObject({ id: z.string(), label: z.string(), min: Score, max: Score })),
  dimensions: z.array(DimensionResult),
  indices: z.strictObject({ preconditions: NullableScore, components: NullableScore }),
  gate: z.strictObject({
    met: z.boolean(),
    threshold: Score,
    failing: z.array(z.string()).describe('preconditions scored below the threshold or not scored'),
  }),
  recommendations: z.array(RecommendationResult),
  noGap: z.boolean().describe('no scored dimension is below its target'),
});
export type Report = z.infer<typeof Report>;
