// The comparison model: what `compare` produces from two reports, what its reporters render, and its JSON schema.
import { z } from 'zod';
import { Lang } from '../questionnaire/schema.js';
import { Report } from '../scoring/report.js';
import { REPORT_VERSION } from '../scoring/version.js';
import { MAX_COUNT } from '../core/patterns.js';
import { PlanFollowUp } from '../plan/schema.js';

const Score = z.number().min(0).max(100);
const NullableScore = Score.nullable();
const Change = z.number().min(-100).max(100).nullable().describe('after − before, from the rounded numbers shown, one decimal; null when either is missing');
const Count = z.number().int().min(0).max(MAX_COUNT);
const Ref = z.strictObject({ id: z.string(), label: z.string() });
const SideName = z.enum(['before', 'after']);

/**
 * What compare reads of a JSON report, of this version or of version 1: scores, distributions, sectors and the
 * gate threshold. The rest (recommendations, divergences) is not compared, so its shape may differ.
 */
export const ComparableReport = Report.pick({
  lang: true,
  questionnaire: true,
  territory: true,
  responses: true,
  dates: true,
  sectors: true,
  bands: true,
  dimensions: true,
  indices: true,
})
  .extend({ reportVersion: z.union([z.literal(1), z.literal(REPORT_VERSION)]), gate: z.looseObject({ threshold: Score }) })
  .loose();
export type ComparableReport = z.infer<typeof ComparableReport>;

export const ComparisonSide = z.strictObject({
  source: z.enum(['answers', 'report']).describe('scored from answer files, or read from a JSON report (report --format json)'),
  version: z.string().describe('questionnaire version'),
  territory: z.string(),
  responses: Count,
  dates: z.strictObject({ from: z.string().nullable(), to: z.string().nullable() }),
});
export type ComparisonSide = z.infer<typeof ComparisonSide>;

export const DimensionChange = z.strictObject({
  id: z.string(),
  kind: z.enum(['precondition', 'component']),
  title: z.string(),
  before: z.strictObject({ score: NullableScore, band: Ref.nullable() }),
  after: z.strictObject({ score: NullableScore, band: Ref.nullable() }),
  change: Change,
  bandChanged: z.boolean().describe('both sides are scored and their bands differ'),
});
export type DimensionChange = z.infer<typeof DimensionChange>;

const IndexChange = z.strictObject({ before: NullableScore, after: NullableScore, change: Change });
const GateSide = z.strictObject({
  met: z.boolean(),
  failing: z.array(Ref).describe('preconditions unmet (below the threshold) or unknown (not scored, or more "don\'t know" than numeric answers)'),
});

export const QuestionChange = z.strictObject({
  id: z.string(),
  dimension: z.string(),
  text: z.string(),
  before: z.number().min(0).max(3).describe('mean of the numeric answers before, one decimal'),
  after: z.number().min(0).max(3),
  change: z.number().min(-3).max(3).describe('after − before, in levels, one decimal'),
});
export type QuestionChange = z.infer<typeof QuestionChange>;

export const LeftOut = z.strictObject({
  dimensions: z.array(z.strictObject({ id: z.string(), title: z.string(), side: SideName.describe('the only side that has it') })),
  questions: z.array(
    z.strictObject({
      id: z.string(),
      dimension: z.string(),
      text: z.string(),
      side: SideName.describe('the only side that has it'),
      change: z
        .enum(['removed', 'added', 'merged'])
        .describe('removed (before only), added (after only), or merged: an after question replaces it, or it replaces before questions'),
      related: z.array(z.string()).describe('for a merged question, the ids on the other side: the question that replaces it, or those it replaces'),
    }),
  ),
});

export const Comparison = z
  .strictObject({
    comparisonVersion: z.literal(1),
    lang: Lang,
    questionnaire: z.strictObject({ id: z.string(), title: z.string() }),
    before: ComparisonSide,
    after: ComparisonSide,
    scope: z
      .strictObject({
        versionChanged: z.boolean(),
        sharedQuestions: Count.describe('questions both sides have: the only ones compared'),
        recomputed: z
          .boolean()
          .describe(
            "some questions are on one side only: every score, index and gate is recomputed on the shared questions, on both sides, from each question's distribution (the exact mean) and weight, with the report's formula",
          ),
        leftOut: LeftOut.describe('what only one side has, and is therefore not compared'),
      })
      .describe('what is compared'),
    dimensions: z.array(DimensionChange).describe('the shared dimensions, in questionnaire order'),
    indices: z.strictObject({ preconditions: IndexChange, components: IndexChange }),
    gate: z.strictObject({ threshold: Score, before: GateSide, after: GateSide }),
    questions: z
      .array(QuestionChange)
      .describe('shared questions whose mean moved by one level or more, largest move first, then questionnaire order'),
    toDiscuss: z
      .strictObject({ before: Count, after: Count })
      .describe("shared questions to discuss on each side, by the report's rule (enough respondents on each side of a two-level gap), recomputed from the distributions"),
    sectors: z.strictObject({
      counts: z
        .array(z.strictObject({ id: z.string(), label: z.string(), before: Count, after: Count }))
        .describe('responses per sector on each side, every sector of either questionnaire'),
      joined: z.array(Ref).describe('sectors with responses after but none before'),
      left: z.array(Ref).describe('sectors with responses before but none after'),
    }),
    plan: PlanFollowUp.optional(),
  })
  .describe('How a territory moved between two assessments with the same questionnaire (impact-collectif compare).');
export type Comparison = z.infer<typeof Comparison>;
