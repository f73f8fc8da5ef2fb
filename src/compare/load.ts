// One set of answers (files, folders, standard input) or one JSON report, read and scored for compare and trend.
import type { Context } from '../commands/context.js';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { questionnaireFor, readAnswerFiles, type ReadFiles } from '../answers/responses.js';
import { noteLine } from '../answers/notes.js';
import type { CompareInput } from './compare.js';
import { ComparableReport } from './schema.js';
import { zodProblems } from '../input/problems.js';
import { progressText } from '../i18n/progress.js';
import { progress } from '../io/progress.js';
import { score } from '../scoring/score.js';

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
export async function loadSide(ctx: Context, paths: string[], questionnaire?: string, minGroupSize?: number): Promise<LoadedSide> {
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
  const scored = score(loaded.questionnaire, read.parsed.map((p) => p.response), { lang: ctx.lang, minGroupSize });
  return {
    report: scored,
    source: 'answers',
    files: loaded.builtin ? read.files : [...read.files, loaded.file],
    first: read.parsed[0]!.response.file,
  };
}
