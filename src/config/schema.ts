// The configuration file (impact-collectif.config.yaml or .json): what a repository keeps beside its answer files.
import { z } from 'zod';
import { ID, MAX_ID } from '../core/patterns.js';
import { Lang } from '../questionnaire/schema.js';
import { THRESHOLD_LEVELS } from '../scoring/report.js';

const Score = z.number().min(0).max(100);

/** What an assertion is on, besides a dimension id. */
export const INDEX_TARGETS = ['components', 'preconditions', 'gate'] as const;

export const Assertion = z
  .strictObject({
    on: z
      .string()
      .max(MAX_ID)
      .regex(ID)
      .describe('components (the components index), preconditions (the preconditions index), gate (every precondition met), or any dimension id'),
    min: Score.optional().describe('the lowest score that passes (0–100); required except for the gate'),
    level: z.enum(THRESHOLD_LEVELS).default('error').describe('error: exit 1 when not met; warn: reported, exit 0 unless --max-warnings is exceeded'),
  })
  .superRefine((a, ctx) => {
    if (a.on === 'gate' && a.min !== undefined) ctx.addIssue({ code: 'custom', path: ['min'], message: 'config.gateMin' });
    if (a.on !== 'gate' && a.min === undefined) ctx.addIssue({ code: 'custom', path: ['min'], message: 'config.minRequired' });
  });
export type Assertion = z.infer<typeof Assertion>;

export const Config = z
  .strictObject({
    $schema: z.string().optional().describe('the JSON Schema of this file, for editors (impact-collectif schema config)'),
    questionnaire: z.string().min(1).optional().describe('a built-in questionnaire id, or a questionnaire file, relative to this file'),
    lang: Lang.optional().describe('the language of the reports and messages'),
    target: Score.optional().describe("every dimension's target (0–100), instead of the questionnaire's"),
    minGroupSize: z.number().int().min(1).max(1000).optional().describe('groups smaller than this are never shown as such (report --min-group-size)'),
    maxWarnings: z.number().int().min(0).optional().describe('more warnings than this fail the run (as --max-warnings)'),
    thresholds: z.array(Assertion).optional().describe('the assertions checked on every report, in the spirit of Lighthouse CI'),
  })
  .describe('impact-collectif.config.yaml: found in the current folder or above it; command-line options override it');
export type Config = z.infer<typeof Config>;
