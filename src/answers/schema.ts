// The answer-file format: one response per YAML document; types inferred from the zod schema.
import { z } from 'zod';
import { DATE, isCalendarDate, MAX_COMMENT, MAX_NAME, MAX_VERSION } from '../core/patterns.js';
import { Id, QuestionId, SafeString } from '../questionnaire/schema.js';
import { code } from '../i18n/messages/code.js';
import { orEmpty } from '../core/object.js';

export { MAX_COMMENT };

export const UNKNOWN = 'unknown' as const;
export const Level = z.number().int().min(0).max(3);
export const AnswerValue = z.union([Level, z.literal(UNKNOWN)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const Answer = z.union([
  AnswerValue,
  z.strictObject({
    value: AnswerValue,
    comment: SafeString.max(MAX_COMMENT).optional(),
  }),
]);

export const Respondent = z.strictObject({
  name: SafeString.trim().max(MAX_NAME).optional(),
  sector: Id.describe("one of the questionnaire's sector ids"),
});

export const AnswerFile = z
  .strictObject({
    questionnaire: Id.describe('the questionnaire id (built-in) or the id of the file given with --questionnaire'),
    version: SafeString.max(MAX_VERSION).optional(),
    territory: SafeString.trim().min(1, { message: code('text.empty') }).max(MAX_NAME),
    respondent: Respondent,
    date: z
      .string()
      // One message for both faults (the shape, then the day): `abort` skips the day check of a wrong shape.
      .regex(DATE, { message: code('date.format'), abort: true })
      .refine(isCalendarDate, { message: code('date.format') })
      .optional(),
    answers: z
      .record(QuestionId, Answer)
      .nullish()
      .transform(orEmpty)
      .describe('question id → 0, 1, 2, 3, unknown, or { value, comment }; a question left out is unanswered'),
  })
  .describe('One response to an impact-collectif questionnaire. Several may follow each other as YAML documents (---).');
export type AnswerFile = z.infer<typeof AnswerFile>;

/** A response once read: answers keyed by question id, in a Map so that no id can touch a prototype. */
export interface Response {
  /** Where it came from, for messages: file and 0-based document index. */
  file: string;
  doc: number;
  questionnaire: string;
  version?: string;
  territory: string;
  respondent: { name?: string; sector: string };
  date?: string;
  answers: ReadonlyMap<string, { value: AnswerValue; comment?: string }>;
}
