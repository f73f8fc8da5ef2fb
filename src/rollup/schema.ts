// The roll-up model (`report --group-by territory`): one row per territory, and where each stands among them.
import { z } from 'zod';
import { Lang } from '../questionnaire/schema.js';
import { MAX_COUNT } from '../core/patterns.js';
import { PRECONDITION_STATUSES } from '../scoring/report.js';
import { ROLLUP_VERSION } from './version.js';


const Score = z.number().min(0).max(100);
const NullableScore = Score.nullable();
const Count = z.number().int().min(0).max(MAX_COUNT);

export const TerritoryScore = z.strictObject({
  dimension: z.string().describe('dimension id, or "preconditions" / "components" for the two indices'),
  score: NullableScore.describe('0–100 from this territory\'s responses alone, the report\'s formula; null when none is numeric'),
  rank: z.number().int().min(1).max(MAX_COUNT).nullable().describe('1 for the highest score among the territories scored on it (equal scores, equal rank); null without a score'),
  quartile: z
    .number()
    .int()
    .min(1)
    .max(4)
    .nullable()
    .describe('4: above the third quartile; 3: from the median to the third quartile; 2: from the first quartile to below the median; 1: below the first quartile; null without a score'),
});
export type TerritoryScore = z.infer<typeof TerritoryScore>;

export const TerritoryRow = z.strictObject({
  territory: z.string().describe('the territory\'s name: the --territory-map name, or its most frequent spelling'),
  spellings: z.array(z.string()).describe('the other names it is written under in the responses (normalised or --territory-map), sorted'),
  responses: Count.min(1),
  sectors: Count.describe('sectors with at least one response'),
  dates: z.strictObject({ from: z.string().nullable(), to: z.string().nullable() }),
  scores: z.array(TerritoryScore).describe('the dimensions in questionnaire order'),
  indices: z.array(TerritoryScore).describe('the preconditions index, then the components index'),
  gate: z.strictObject({
    met: z.boolean().describe('every precondition is met or fragile'),
    preconditions: z.array(z.strictObject({ id: z.string(), status: z.enum(PRECONDITION_STATUSES) })),
  }),
  file: z.string().optional().describe('with --output-dir: the file of this territory\'s report, in the same folder'),
});
export type TerritoryRow = z.infer<typeof TerritoryRow>;

export const Spread = z
  .strictObject({
    dimension: z.string().describe('dimension id, or "preconditions" / "components"'),
    territories: Count.describe('territories with a score on it'),
    min: NullableScore,
    q1: NullableScore,
    median: NullableScore,
    q3: NullableScore,
    max: NullableScore,
  })
  .describe('quartiles across the territories scored on it, by linear interpolation between ranks (as R\'s default and spreadsheets\' QUARTILE.INC), one decimal; null when none is scored');
export type Spread = z.infer<typeof Spread>;

export const Rollup = z.strictObject({
  rollupVersion: z.literal(ROLLUP_VERSION),
  lang: Lang,
  groupBy: z.literal('territory'),
  questionnaire: z.strictObject({ id: z.string(), version: z.string(), title: z.string() }),
  responses: Count,
  dates: z.strictObject({ from: z.string().nullable(), to: z.string().nullable() }),
  dimensions: z
    .array(z.strictObject({ id: z.string(), kind: z.enum(['precondition', 'component']), title: z.string(), target: Score }))
    .describe('the columns: the questionnaire\'s dimensions, in its order'),
  gateThreshold: Score,
  territories: z.array(TerritoryRow).describe('one row per territory, by name (accents and case aside)'),
  spread: z.array(Spread).describe('per dimension, then per index'),
});
export type Rollup = z.infer<typeof Rollup>;
