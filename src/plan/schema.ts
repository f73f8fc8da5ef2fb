// The action-plan file: what a territory decided after its workshop, action by action; types from the zod schema.
import { z } from 'zod';
import { DATE, isCalendarDate, MAX_COMMENT, MAX_NAME } from '../core/patterns.js';
import { code } from '../i18n/messages/code.js';
import { Id, SafeString } from '../questionnaire/schema.js';

export const PLAN_VERSION = 1;
export const PLAN_STATUSES = ['todo', 'doing', 'done', 'dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

const Text = SafeString.trim().min(1, { message: code('text.empty') });

export const PlanAction = z.strictObject({
  id: Id.describe('unique in the plan; plan init uses the practice id'),
  title: Text.max(MAX_COMMENT).describe('what will be done'),
  challenge: Id.nullable().default(null).describe("the questionnaire challenge it answers; null for a precondition to build or a dimension's own practice"),
  dimensions: z.array(Id).min(1).describe('the dimensions (preconditions or components) it is meant to move: compare --plan shows it next to their change'),
  owner: SafeString.trim().max(MAX_NAME).nullable().default(null).describe('who carries it (a person, a service, a partner)'),
  due: z
    .string()
    .regex(DATE, { message: code('date.format'), abort: true })
    .refine(isCalendarDate, { message: code('date.format') })
    .nullable()
    .default(null)
    .describe('when it should be done, YYYY-MM-DD'),
  status: z.enum(PLAN_STATUSES).default('todo').describe('todo, doing, done or dropped'),
  notes: SafeString.max(MAX_COMMENT).nullable().default(null).describe('what was decided, what happened'),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const Plan = z
  .strictObject({
    plan: z.literal(PLAN_VERSION).describe('the version of this format'),
    territory: Text.max(MAX_NAME),
    questionnaire: Id.describe('the questionnaire of the report the plan was made from'),
    from: z
      .string()
      .regex(DATE, { message: code('date.format'), abort: true })
      .refine(isCalendarDate, { message: code('date.format') })
      .nullable()
      .default(null)
      .describe('the date of the last response of that report, YYYY-MM-DD'),
    actions: z.array(PlanAction).describe('the actions, in the order the group wants to read them'),
  })
  .describe('An action plan decided after an impact-collectif workshop (plan init writes one from a JSON report).');
export type Plan = z.infer<typeof Plan>;

const FollowedAction = z.strictObject({ id: z.string(), title: z.string(), status: z.enum(PLAN_STATUSES), owner: z.string().nullable(), due: z.string().nullable() });

/** What compare and trend show next to a dimension's change: the actions that targeted it. */
export const PlanFollowUp = z
  .strictObject({
    counts: z.strictObject(Object.fromEntries(PLAN_STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<PlanStatus, z.ZodNumber>),
    dimensions: z.array(
      z.strictObject({
        id: z.string(),
        actions: z.array(FollowedAction),
      }),
    ),
    elsewhere: z.array(FollowedAction).describe('actions whose dimensions are none of those compared (trend: followed)'),
  })
  .describe('the action plan given with --plan: per compared (trend: followed) dimension, the actions that targeted it and their status');
export type PlanFollowUp = z.infer<typeof PlanFollowUp>;
