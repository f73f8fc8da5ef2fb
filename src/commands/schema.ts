// `schema`: prints the JSON Schema of a format, generated from its zod schema.
import { z } from 'zod';
import type { Context } from './context.js';
import { UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { closest } from '../core/suggest.js';
import { AnswerFile } from '../answers/schema.js';
import { Questionnaire } from '../questionnaire/schema.js';

export const SCHEMAS: Record<string, () => Promise<z.ZodType>> = {
  questionnaire: async () => Questionnaire,
  answers: async () => AnswerFile,
  report: async () => (await import('../scoring/report.js')).Report,
  compare: async () => (await import('../compare/schema.js')).Comparison,
  trend: async () => (await import('../trend/schema.js')).Trend,
  plan: async () => (await import('../plan/schema.js')).Plan,
  config: async () => (await import('../config/schema.js')).Config,
  rollup: async () => (await import('../rollup/schema.js')).Rollup,
};

export async function schema(ctx: Context, format: string): Promise<number> {
  const get = SCHEMAS[format];
  if (!Object.hasOwn(SCHEMAS, format) || !get) {
    const choices = Object.keys(SCHEMAS);
    throw new UsageError(msg('usage.unknownFormat', { value: format, choices, near: closest(format, choices) }));
  }
  ctx.io.stdout(`${JSON.stringify(jsonSchema(await get(), format), null, 2)}\n`);
  return 0;
}

export function jsonSchema(type: z.ZodType, format: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(type, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
    title: `impact-collectif ${format}`,
  };
}
