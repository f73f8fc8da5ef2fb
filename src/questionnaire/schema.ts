// The questionnaire format (schemaVersion 1): zod schemas, and the types inferred from them.
import { z } from 'zod';
import { LANGS } from '../i18n/index.js';
import { AUDIENCES, DIMENSION_KINDS, ID, MAX_ID, MAX_QUESTION_ID, MAX_WEIGHT, QUESTION_ID, SAFE_TEXT } from '../core/patterns.js';
import { code } from '../i18n/messages/code.js';

export { LANGS };
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** Any text read from a file: no control characters other than tab and newline, no bidi overrides. */
export const SafeString = z.string().regex(SAFE_TEXT, { message: code('text.control') });
const Text = SafeString.trim().min(1, { message: code('text.empty') });
export const Id = z.string().max(MAX_ID).regex(ID, { message: code('id.format') });
export const QuestionId = z.string().max(MAX_QUESTION_ID).regex(QUESTION_ID, { message: code('questionId.format') });

export const LocalizedText = z
  .strictObject({ fr: Text.optional(), en: Text.optional() })
  .describe('A text per language (fr, en); every language the questionnaire declares is required.');
export type LocalizedText = z.infer<typeof LocalizedText>;

const Score = z.number().min(0).max(100);

export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

/** An element of the seed document (docs/seed-elements.yaml): what a question, practice or challenge comes from. */
const SeedRef = z.string().regex(/^[A-Z]{1,3}[0-9]{1,2}$/, { message: code('seed.format') });
const Seed = z.array(SeedRef).min(1).optional().describe('the elements of the seed document it comes from (docs/seed-elements.yaml)');

export const Sector = z.strictObject({
  id: Id,
  label: LocalizedText,
  audience: Audience.default('professionnels').describe('who answers for this sector: the questions asked and their wording follow it'),
  brings: LocalizedText.optional().describe('what this sector brings to the cooperation: said in the report when nobody from it answered'),
  catchAll: z.boolean().optional().describe('a catch-all sector ("other"): never named as missing when nobody chose it'),
});
export type Sector = z.infer<typeof Sector>;

export const ScaleLevel = z.strictObject({ value: z.number().int().min(0).max(3), label: LocalizedText });

export const Band = z.strictObject({
  id: Id,
  label: LocalizedText,
  min: Score.describe('inclusive lower bound'),
  max: Score.describe('exclusive upper bound, except for the last band, which includes 100'),
});
export type Band = z.infer<typeof Band>;

const Levels = z
  .array(LocalizedText)
  .length(4, { message: code('question.levels') })
  .describe('What the territory looks like at levels 0, 1, 2 and 3 for this question.');

/** The same question in an audience's words (residents are not asked about procedures in the same terms). */
const Wording = z.strictObject({ text: LocalizedText, help: LocalizedText.optional(), levels: Levels.optional() });

export const Question = z.strictObject({
  id: QuestionId,
  text: LocalizedText,
  help: LocalizedText.optional(),
  weight: z.number().positive().max(MAX_WEIGHT).default(1).describe(`above 0, at most ${MAX_WEIGHT}`),
  levels: Levels,
  audience: z.array(Audience).min(1).optional().describe('who is asked this question (default: every audience)'),
  wording: z
    .strictObject({ professionnels: Wording.optional(), habitants: Wording.optional() })
    .optional()
    .describe("the question in an audience's own words, instead of text, help and levels"),
  replaces: z
    .array(QuestionId)
    .min(1)
    .optional()
    .describe("the questions of the questionnaire's previous version that this one merges or rewrites under a new id (compare says so)"),
  seed: Seed,
  source: Text,
});
export type Question = z.infer<typeof Question>;

export const Practice = z.strictObject({
  id: Id.describe('unique among the practices of the questionnaire'),
  serves: z
    .array(z.union([Id, QuestionId]))
    .min(1, { message: code('practice.servesNone') })
    .describe(
      'the challenges (their id) and questions (dimension.slug) this practice addresses: what the report chooses it for. A precondition\'s id makes it that precondition\'s readiness advice ("build it first"): offered only while the precondition is unmet, and first then',
    ),
  text: LocalizedText,
  seed: Seed,
  source: Text,
});
export type Practice = z.infer<typeof Practice>;

export const Dimension = z.strictObject({
  id: Id,
  kind: z.enum(DIMENSION_KINDS),
  title: LocalizedText,
  summary: LocalizedText,
  source: Text.optional(),
  target: Score.optional(),
  questions: z.array(Question).min(1),
  practices: z.array(Practice).default([]).describe('practices to try, declared under the dimension they build (at least 2)'),
});
export type Dimension = z.infer<typeof Dimension>;

export const Challenge = z.strictObject({
  id: Id,
  text: LocalizedText,
  dimensions: z.array(Id).min(1, { message: code('challenge.dimensionsNone') }),
  seed: Seed,
  source: Text,
});
export type Challenge = z.infer<typeof Challenge>;

export const Questionnaire = z.strictObject({
  schemaVersion: z.literal(1),
  id: Id,
  version: Text.max(40),
  languages: z.array(Lang).min(1),
  title: LocalizedText,
  description: LocalizedText,
  sectors: z.array(Sector).min(1),
  scale: z.array(ScaleLevel).length(4, { message: code('scale.levels') }),
  bands: z.array(Band).min(1),
  defaultTarget: Score.default(75),
  dimensions: z.array(Dimension).min(1),
  challenges: z.array(Challenge).default([]),
});
export type Questionnaire = z.infer<typeof Questionnaire>;
