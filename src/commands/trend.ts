// `trend`: several assessments of one territory (answer sets or JSON reports) in, their series over time out.
import type { Context } from './context.js';
import { loadSide, type LoadedSide } from '../compare/load.js';
import { InputError, UsageError } from '../core/errors.js';
import { msg, render } from '../i18n/messages/index.js';
import { oneLine } from '../io/sanitize.js';
import { writeOutput } from '../io/output.js';
import { trendReporterFor, type TrendFormat } from '../reporters/index.js';
import { timeOrder, trend as trendOf, TrendMismatch } from '../trend/trend.js';
import { useColor } from './report.js';
import { withPlan } from './with-plan.js';

export interface TrendOptions {
  questionnaire?: string;
  format?: string;
  output?: string;
  /** An action plan: its actions beside each dimension's change (as compare --plan). */
  plan?: string;
}

export async function trend(ctx: Context, sets: string[], opts: TrendOptions): Promise<number> {
  if (sets.length < 2) throw new UsageError(msg('usage.trendTwo'));
  if (sets.filter((p) => p === '-').length > 1) throw new UsageError(msg('usage.stdinTwice'));
  const format = (opts.format ?? 'terminal') as TrendFormat;
  const loaded: LoadedSide[] = [];
  for (const set of sets) loaded.push(await loadSide(ctx, [set], opts.questionnaire));
  const { order, indices } = timeOrder(loaded);
  if (order === 'given') {
    const undated = loaded.find((x) => x.report.dates.to === null)!;
    ctx.io.stderr(`impact-collectif: ${oneLine(undated.first)}: ${render(msg('note.trendGivenOrder'), ctx.lang)}\n`);
  }
  const points = indices.map((i) => loaded[i]!);
  let result;
  try {
    result = trendOf(points, order, ctx.lang);
  } catch (err) {
    if (!(err instanceof TrendMismatch)) throw err;
    throw new InputError({ file: points[err.index]!.first, ...msg('compare.otherQuestionnaire', { after: err.after, before: err.before, file: points[0]!.first }) });
  }
  const planFile = opts.plan === undefined ? [] : [await withPlan(ctx, result, opts.plan)];
  const reporter = await trendReporterFor(format);
  const text = reporter(result, { lang: ctx.lang, color: useColor(ctx.io, format, opts.output) });
  await writeOutput(ctx, text, opts.output, [...loaded.flatMap((x) => x.files), ...planFile]);
  return 0;
}
