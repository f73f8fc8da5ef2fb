// `workshop`: answer files (or the JSON report made from them) in, the facilitator's kit out (HTML to print on A4, or Markdown).
import type { Context } from './context.js';
import { questionnaireFor, readAnswerFiles } from '../answers/responses.js';
import { noteLine } from '../answers/notes.js';
import { InputError, UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { zodProblems } from '../input/problems.js';
import { writeOutput } from '../io/output.js';
import { Report } from '../scoring/report.js';
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
  const { report, inputs } = await load(ctx, paths, opts.questionnaire);
  const kit = buildKit(report, { lang: ctx.lang, duration: (opts.duration ?? '2h') as Duration, start });
  const text =
    opts.format === 'markdown' ? (await import('../reporters/markdown/workshop.js')).workshopMarkdown(kit) : (await import('../reporters/html/workshop.js')).workshopHtml(kit);
  await writeOutput(ctx, text, opts.output, inputs);
  return 0;
}

/**
 * The report: scored from answer files, or read from a JSON report (report --format json; its texts stay in the
 * language it was made in), which must then be the only input.
 */
async function load(ctx: Context, paths: string[], questionnaireRef?: string): Promise<{ report: Report; inputs: string[] }> {
  const onNote = (note: Parameters<typeof noteLine>[0]) => ctx.io.stderr(noteLine(note, ctx.lang));
  const read = await readAnswerFiles(paths, { stdin: () => ctx.io.stdin, onNote });
  const found = read.reports[0];
  if (found) {
    if (read.reports.length > 1 || read.files.length) throw new InputError({ file: found.file, ...msg('report.notAlone') });
    const parsed = Report.safeParse(found.doc.value);
    if (!parsed.success) throw new InputError(zodProblems(parsed.error, found.doc, found.file));
    return { report: parsed.data, inputs: [found.file === '<stdin>' ? '-' : found.file] };
  }
  if (!read.parsed.length) throw new InputError({ file: paths[0] ?? '-', ...msg('answers.none') });
  const loaded = await questionnaireFor(read.parsed, questionnaireRef, onNote);
  const report = score(loaded.questionnaire, read.parsed.map((p) => p.response), { lang: ctx.lang });
  return { report, inputs: loaded.builtin ? read.files : [...read.files, loaded.file] };
}
