// The trend model: what `trend` produces from several reports of one territory, what its reporters render, and its JSON schema.
import { z } from 'zod';
import { Lang } from '../questionnaire/schema.js';
import { Coverage } from '../scoring/report.js';
import { MAX_COUNT } from '../core/patterns.js';
import { ComparisonSide, LeftOut } from '../compare/schema.js';
import { PlanFollowUp } from '../plan/schema.js';

const Score = z.number().min(0).max(100);
const NullableScore = Score.nullable();
const Change = z.number().min(-100).max(100).nullable().describe('last − first, from the rounded numbers shown, one decimal; null when either is missing');
const Count = z.number().int().min(0).max(MAX_COUNT);
const Ref = z.strictObject({ id: z.string(), label: z.string() });
const PointIndex = z.number().int().min(0).max(MAX_COUNT).describe('index in points');

export const TrendPoint = ComparisonSide.extend({
  label: z.string().describe('how the point is named: the year of its last response when the years differ, else "YYYY-MM"; "#1", "#2"… when a set has no date'),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const TrendDimension = z.strictObject({
  id: z.string(),
  kind: z.enum(['precondition', 'component']),
  title: z.string(),
  series: z
    .array(z.strictObject({ score: NullableScore, band: Ref.nullable(), coverage: Coverage }))
    .describe('one entry per point, in the order of points: score (null when no numeric answer), level and coverage of the answers'),
  change: Change,
});
export type TrendDimension = z.infer<typeof TrendDimension>;

const IndexSeries = z.strictObject({ series: z.array(NullableScore).describe('one per point'), change: Change });

export const PopulationChange = z
  .strictObject({
    from: PointIndex,
    to: PointIndex,
    joined: z.array(Ref).describe('sectors with responses at `to` but none at `from`'),
    left: z.array(Ref).describe('sectors with responses at `from` but none at `to`'),
    responses: z.strictObject({ from: Count, to: Count }),
    manyChanged: z.boolean().describe('the number of responses changed by more than half of its value at `from`'),
  })
  .describe('between two successive points, who answered changed: a change in score may then reflect who answered rather than the territory');
export type PopulationChange = z.infer<typeof PopulationChange>;

export const QuestionnaireChange = z
  .strictObject({
    from: PointIndex,
    to: PointIndex,
    leftOut: LeftOut.describe('what only one of the two points has ("before": the earlier point, "after": the later one)'),
  })
  .describe('two successive points whose questions differ (usually a new questionnaire version)');

export const Trend = z
  .strictObject({
    trendVersion: z.literal(1),
    lang: Lang,
    questionnaire: z.strictObject({ id: z.string(), title: z.string() }),
    territory: z.string().describe("the last point's territory"),
    order: z
      .enum(['dates', 'given'])
      .describe('dates: sorted by the date of each set\'s last response (same date: the order given); given: the order of the command line, kept when a set has no date'),
    points: z.array(TrendPoint).min(2),
    scope: z
      .strictObject({
        versionChanged: z.boolean(),
        sharedQuestions: Count.describe('questions every point has: the only ones scored'),
        recomputed: z
          .boolean()
          .describe(
            "some points have other questions: every score and index is recomputed on the shared questions, at every point, from each question's distribution and weight, with the report's formula",
          ),
        changes: z.array(QuestionnaireChange),
        notFollowed: z.array(Ref).describe("the last point's dimensions left without a question every point shares, so not followed"),
      })
      .describe('what is compared across the points'),
    dimensions: z.array(TrendDimension).describe('the dimensions every point has, in questionnaire order'),
    indices: z.strictObject({ preconditions: IndexSeries, components: IndexSeries }),
    populationChanges: z.array(PopulationChange).describe('the successive points between which who answered changed'),
    plan: PlanFollowUp.optional(),
  })
  .describe('How a territory moved over several assessments with one questionnaire (impact-collectif trend).');
export type Trend = z.infer<typeof Trend>;
