// `workshop`: answer files in, the facilitator's kit out (HTML to print on A4, or Markdown).
import type { Context } from './context.js';
import { loadResponses } from '../answers/responses.js';
import { noteLine } from '../answers/notes.js';
import { UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { writeOutput } from '../io/output.js';
import { score } from '../scoring/score.js';
import { buildKit, parseStart, type Duration } from '../workshop/kit.js';

export interface WorkshopOptions {
  questionnaire?: string;
  duration?: string;
  start?: string;
  format?: string;
  output?: string;
}

export async function workshop(ctx: Context, paths: string[], opts: WorkshopOptions): Promise<number> {
  const start = opts.start === undefined ? null : parseStart(opts.start);
  if (start === null && opts.start !== undefined) throw new UsageError(msg('usage.badStart', { value: opts.start }));
  const loaded = await loadResponses(paths, opts.questionnaire, { stdin: () => ctx.io.stdin, onNote: (note) => ctx.io.stderr(noteLine(note, ctx.lang)) });
  const report = score(loaded.questionnaire.questionnaire, loaded.responses, { lang: ctx.lang });
  const kit = buildKit(report, { lang: ctx.lang, duration: (opts.duration ?? '2h') as Duration, start });
  const text =
    opts.format === 'markdown' ? (await import('../reporters/markdown/workshop.js')).workshopMarkdown(kit) : (await import('../reporters/html/workshop.js')).workshopHtml(kit);
  const inputs = loaded.questionnaire.builtin ? loaded.files : [...loaded.files, loaded.questionnaire.file];
  await writeOutput(ctx, text, opts.output, inputs);
  return 0;
}
