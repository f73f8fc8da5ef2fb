// `compare`: two assessments of one territory (answer files or JSON reports) in, their evolution out.
import type { Context } from './context.js';
import { compare as compareReports, QuestionnaireMismatch } from '../compare/compare.js';
import { InputError, UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { loadSide } from '../compare/load.js';
import { writeOutput } from '../io/output.js';
import { compareReporterFor, type Format } from '../reporters/index.js';
import { checkMinGroupSize, useColor } from './report.js';
import { loadConfig } from '../config/load.js';
import { withPlan } from './with-plan.js';

export interface CompareOptions {
  questionnaire?: string;
  questionnaireBefore?: string;
  questionnaireAfter?: string;
  before?: string[];
  after?: string[];
  format?: string;
  output?: string;
  minGroupSize?: number;
  plan?: string;
  /** A configuration file, or false (--no-config): its questionnaire, lang and minGroupSize apply, as for report. */
  config?: string | false;
}

export async function compare(ctx: Context, beforeArg: string | undefined, afterArg: string | undefined, flags: CompareOptions): Promise<number> {
  const config = await loadConfig(ctx.io.cwd, flags.config);
  if (config?.config.lang && !ctx.langFromFlag) ctx = { ...ctx, lang: config.config.lang };
  const opts = { ...flags, questionnaire: flags.questionnaire ?? config?.questionnaire, minGroupSize: flags.minGroupSize ?? config?.config.minGroupSize };
  const [beforePaths, afterPaths] = sides(ctx, beforeArg, afterArg, opts);
  const format = (opts.format ?? 'terminal') as Format;
  checkMinGroupSize(opts);
  const load = (paths: string[], questionnaire?: string) => loadSide(ctx, paths, questionnaire, opts.minGroupSize);
  const before = await load(beforePaths, opts.questionnaireBefore ?? opts.questionnaire);
  const after = await load(afterPaths, opts.questionnaireAfter ?? opts.questionnaire);
  let comparison;
  try {
    comparison = compareReports(before, after, ctx.lang);
  } catch (err) {
    if (!(err instanceof QuestionnaireMismatch)) throw err;
    throw new InputError({ file: after.first, ...msg('compare.otherQuestionnaire', { after: err.after, before: err.before, file: before.first }) });
  }
  const planFile = opts.plan === undefined ? [] : [await withPlan(ctx, comparison, opts.plan)];
  const render = await compareReporterFor(format);
  const text = render(comparison, { lang: ctx.lang, color: useColor(ctx.io, format, opts.output) });
  await writeOutput(ctx, text, opts.output, [...before.files, ...after.files, ...planFile]);
  return 0;
}

/** Either two arguments, or --before and --after (each repeatable, for several files per side). */
function sides(ctx: Context, beforeArg: string | undefined, afterArg: string | undefined, opts: CompareOptions): [string[], string[]] {
  let result: [string[], string[]];
  if (opts.before?.length || opts.after?.length) {
    if (beforeArg !== undefined) throw new UsageError(msg('usage.compareMixed'));
    if (!opts.before?.length || !opts.after?.length) throw new UsageError(msg('usage.compareBothOptions'));
    result = [opts.before, opts.after];
  } else {
    if (beforeArg === undefined || afterArg === undefined) throw new UsageError(msg('usage.compareTwo'));
    result = [[beforeArg], [afterArg]];
  }
  if (result.flat().filter((p) => p === '-').length > 1) throw new UsageError(msg('usage.stdinTwice'));
  return result;
}
