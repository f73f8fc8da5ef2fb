// `report`: answer files in, gap report out (terminal, Markdown, JSON…), with exit 1 on unmet CI thresholds.
import type { Context } from './context.js';
import { EXIT, UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { loadResponses, type LoadedResponses } from '../answers/responses.js';
import { noteLine } from '../answers/notes.js';
import { progressText } from '../i18n/progress.js';
import { reportText } from '../i18n/report.js';
import { useColour } from '../io/colour.js';
import type { Io } from '../io/process.js';
import type { Lang } from '../questionnaire/schema.js';
import { writeOutput } from '../io/output.js';
import { progress } from '../io/progress.js';
import { exporterFor, isExport, reporterFor, type ExportFormat, type Format } from '../reporters/index.js';
import type { CsvDialect, CsvTable } from '../reporters/types.js';
import { num, targetText } from '../reporters/format.js';
import type { Report } from '../scoring/report.js';
import { score } from '../scoring/score.js';
import { oneLine } from '../io/sanitize.js';

export interface ReportOptions {
  questionnaire?: string;
  format?: string;
  output?: string;
  target?: number;
  top?: number;
  gateThreshold?: number;
  explain?: boolean;
  failUnder?: number;
  minDimension?: number;
  bySector?: boolean;
  comments?: boolean;
  withNames?: boolean;
  minGroupSize?: number;
  table?: CsvTable;
  csvDialect?: CsvDialect;
}

export async function report(ctx: Context, paths: string[], opts: ReportOptions): Promise<number> {
  const format = (opts.format ?? 'terminal') as Format | ExportFormat;
  checkMinGroupSize(opts);
  for (const [flag, set] of [['--table', opts.table], ['--csv-dialect', opts.csvDialect]] as const) {
    if (set !== undefined && format !== 'csv') throw new UsageError(msg('usage.csvOnly', { flag }));
  }
  const loaded = await load(ctx, paths, opts.questionnaire);
  const result = score(loaded.questionnaire.questionnaire, loaded.responses, {
    lang: ctx.lang,
    target: opts.target,
    top: opts.top,
    gateThreshold: opts.gateThreshold,
    withNames: opts.withNames,
    minGroupSize: opts.minGroupSize,
  });
  const reporter = {
    lang: ctx.lang,
    color: useColor(ctx.io, format, opts.output),
    bySector: opts.bySector,
    comments: opts.comments,
    explain: opts.explain,
    withNames: opts.withNames,
  };
  const text = isExport(format)
    ? await (await exporterFor(format))(result, { ...reporter, responses: loaded.responses, table: opts.table, dialect: opts.csvDialect })
    : (await reporterFor(format))(result, reporter);
  const inputs = loaded.questionnaire.builtin ? loaded.files : [...loaded.files, loaded.questionnaire.file];
  await writeOutput(ctx, text, opts.output, inputs);
  const failures = thresholdFailures(result, opts, ctx.lang);
  for (const f of failures) ctx.io.stderr(`impact-collectif: ${f}\n`);
  return failures.length ? EXIT.threshold : EXIT.ok;
}

/** --min-group-size 1 would show one person's answers as a sector's: only with --with-names, which names people anyway. */
export function checkMinGroupSize(opts: Pick<ReportOptions, 'minGroupSize' | 'withNames'>): void {
  if (opts.minGroupSize !== undefined && opts.minGroupSize < 2 && !opts.withNames) throw new UsageError(msg('usage.minGroupSize', { value: opts.minGroupSize }));
}

/** loadResponses, with its notes on standard error, reading "-" from the context's standard input, with a progress line when it takes long. */
async function load(ctx: Context, paths: string[], questionnaireRef?: string): Promise<LoadedResponses> {
  const t = progressText[ctx.lang];
  const n = (x: number) => x.toLocaleString(ctx.lang);
  const bar = progress(ctx.io, (done, total) => t.reading(n(done), n(total)));
  try {
    return await loadResponses(paths, questionnaireRef, { stdin: () => ctx.io.stdin, onProgress: bar.update, onNote: (note) => ctx.io.stderr(noteLine(note, ctx.lang)) });
  } finally {
    bar.end();
  }
}

/** Colour only for the terminal format, by the one colour policy (src/io/colour.ts), the report going to standard output or not. */
export function useColor(io: Io, format: string, output?: string): boolean {
  return format === 'terminal' && useColour(io.env, io.stdoutIsTTY && (output === undefined || output === '-'));
}

/**
 * One message per unmet threshold, on the report's rounded numbers. An index that cannot be
 * computed (null, or not a finite number) does not meet --fail-under (a CI job must not pass for lack of answers);
 * --min-dimension looks at scored dimensions only.
 */
export function thresholdFailures(report: Report, opts: Pick<ReportOptions, 'failUnder' | 'minDimension'>, lang: Lang): string[] {
  const t = reportText[lang].thresholds;
  const failures: string[] = [];
  if (opts.failUnder !== undefined) {
    const index = report.indices.components;
    const n = targetText(opts.failUnder, lang);
    // Not a finite number (the schemas' bounds keep NaN out; this keeps it from ever passing): as if not computed.
    if (index === null || !Number.isFinite(index)) failures.push(t.failUnderNull(n));
    else if (index < opts.failUnder) failures.push(t.failUnder(num(index, lang), n));
  }
  if (opts.minDimension !== undefined) {
    const min = opts.minDimension;
    // A score that is not a finite number fails, as --fail-under does: it must never pass.
    const below = report.dimensions.filter((d) => d.score !== null && (!Number.isFinite(d.score) || d.score < min));
    if (below.length) {
      const list = below.map((d) => `${oneLine(d.title)} (${num(d.score, lang)})`).join(', ');
      failures.push(t.minDimension(list, targetText(min, lang)));
    }
  }
  return failures;
}
