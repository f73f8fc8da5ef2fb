// `compare`: two assessments of one territory (answer files or JSON reports) in, their evolution out.
import type { Context } from './context.js';
import { compare as compareReports, QuestionnaireMismatch } from '../compare/compare.js';
import { InputError, UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { questionnaireFor, readAnswerFiles, type ReadFiles } from '../answers/responses.js';
import { noteLine } from '../answers/notes.js';
import type { CompareInput } from '../compare/compare.js';
import { ComparableReport } from '../compare/schema.js';
import { zodProblems } from '../input/problems.js';
import { progressText } from '../i18n/progress.js';
import { progress } from '../io/progress.js';
import { score } from '../scoring/score.js';
import { writeOutput } from '../io/output.js';
import { compareReporterFor, type Format } from '../reporters/index.js';
import { useColor } from './report.js';

export interface CompareOptions {
  questionnaire?: string;
  questionnaireBefore?: string;
  questionnaireAfter?: string;
  before?: string[];
  after?: string[];
  format?: string;
  output?: string;
}

export async function compare(ctx: Context, beforeArg: string | undefined, afterArg: string | undefined, opts: CompareOptions): Promise<number> {
  const [beforePaths, afterPaths] = sides(ctx, beforeArg, afterArg, opts);
  const format = (opts.format ?? 'terminal') as Format;
  const load = (paths: string[], questionnaire?: string) => loadSide(ctx, paths, questionnaire);
  const before = await load(beforePaths, opts.questionnaireBefore ?? opts.questionnaire);
  const after = await load(afterPaths, opts.questionnaireAfter ?? opts.questionnaire);
  let comparison;
  try {
    comparison = compareReports(before, after, ctx.lang);
  } catch (err) {
    if (!(err instanceof QuestionnaireMismatch)) throw err;
    throw new InputError({ file: after.first, ...msg('compare.otherQuestionnaire', { after: err.after, before: err.before, file: before.first }) });
  }
  const render = await compareReporterFor(format);
  const text = render(comparison, { lang: ctx.lang, color: useColor(ctx.io, format, opts.output) });
  await writeOutput(ctx, text, opts.output, [...before.files, ...after.files]);
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

export interface LoadedSide extends CompareInput {
  /** Every file read (answer files, the questionnaire file when not built in, or the JSON report). */
  files: string[];
  /** The file to name in a message about the whole side. */
  first: string;
}

/**
 * One side of a comparison, read as `report` reads answer files (readAnswerFiles: folders, standard input,
 * progress, the fast path). A JSON report written by `report --format json` is told by its content (whatever
 * its name: a *.json answer file is answers); it must then be the only input of its side.
 */
async function loadSide(ctx: Context, paths: string[], questionnaire?: string): Promise<LoadedSide> {
  const t = progressText[ctx.lang];
  const n = (x: number) => x.toLocaleString(ctx.lang);
  const bar = progress(ctx.io, (done, total) => t.reading(n(done), n(total)));
  let read: ReadFiles;
  try {
    read = await readAnswerFiles(paths, { stdin: () => ctx.io.stdin, onProgress: bar.update, onNote: (note) => ctx.io.stderr(noteLine(note, ctx.lang)) });
  } finally {
    bar.end();
  }
  const report = read.reports[0];
  if (report) {
    if (read.reports.length > 1 || read.files.length) {
      throw new InputError({ file: report.file, ...msg('report.notAlone') });
    }
    const parsed = ComparableReport.safeParse(report.doc.value);
    if (!parsed.success) throw new InputError(zodProblems(parsed.error, report.doc, report.file));
    return { report: parsed.data, source: 'report', files: [report.file === '<stdin>' ? '-' : report.file], first: report.file };
  }
  if (!read.parsed.length) throw new InputError({ file: paths[0] ?? '-', ...msg('answers.none') });
  const loaded = await questionnaireFor(read.parsed, questionnaire, (note) => ctx.io.stderr(noteLine(note, ctx.lang)));
  const scored = score(loaded.questionnaire, read.parsed.map((p) => p.response), { lang: ctx.lang });
  return {
    report: scored,
    source: 'answers',
    files: loaded.builtin ? read.files : [...read.files, loaded.file],
    first: read.parsed[0]!.response.file,
  };
}
