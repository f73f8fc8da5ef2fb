// `report`: answer files in, gap report out (terminal, Markdown, JSON…), with exit 1 on unmet CI thresholds.
import type { Context } from './context.js';
import { EXIT, UsageError } from '../core/errors.js';
import { msg, render } from '../i18n/messages/index.js';
import { loadResponses, type LoadedResponses } from '../answers/responses.js';
import { noteLine } from '../answers/notes.js';
import { progressText } from '../i18n/progress.js';
import { useColour } from '../io/colour.js';
import type { Io } from '../io/process.js';
import { writeOutput } from '../io/output.js';
import { progress } from '../io/progress.js';
import { exporterFor, isExport, reporterFor, type ExportFormat, type Format } from '../reporters/index.js';
import type { CsvDialect, CsvTable } from '../reporters/types.js';
import { score } from '../scoring/score.js';
import { loadConfig } from '../config/load.js';
import type { LoadedConfig } from '../config/parse.js';
import { check, checksOf, outcome } from '../config/thresholds.js';

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
  maxWarnings?: number;
  /** A file to use, or false (--no-config); by default one is looked for from the current folder upward. */
  config?: string | false;
  bySector?: boolean;
  comments?: boolean;
  withNames?: boolean;
  minGroupSize?: number;
  table?: CsvTable;
  csvDialect?: CsvDialect;
  groupBy?: string;
  outputDir?: string;
  territoryMap?: string;
}

export async function report(ctx: Context, paths: string[], flags: ReportOptions): Promise<number> {
  const config = await loadConfig(ctx.io.cwd, flags.config);
  // Precedence: a flag, then the configuration file, then the questionnaire's (or the locale's) default.
  if (config?.config.lang && !ctx.langFromFlag) ctx = { ...ctx, lang: config.config.lang };
  const opts = { ...fromConfig(config), ...definedOnly(flags) };
  if (opts.groupBy !== undefined || opts.outputDir !== undefined) {
    if (opts.groupBy === undefined) throw new UsageError(msg('usage.outputDirAlone'));
    checkMinGroupSize(opts);
    // Not silently: a CI job must not believe they passed.
    if (config?.config.thresholds?.length) ctx.io.stderr(`impact-collectif: ${config.file}: ${render(msg('note.thresholdsGroupBy'), ctx.lang)}\n`);
    return (await import('../rollup/run.js')).groupByReport(ctx, paths, opts);
  }
  const format = (opts.format ?? 'terminal') as Format | ExportFormat;
  checkMinGroupSize(opts);
  for (const [flag, set] of [['--table', opts.table], ['--csv-dialect', opts.csvDialect]] as const) {
    if (set !== undefined && format !== 'csv') throw new UsageError(msg('usage.csvOnly', { flag }));
  }
  const loaded = await load(ctx, paths, opts.questionnaire);
  config?.checkDimensions(loaded.questionnaire.questionnaire.dimensions.map((d) => d.id));
  // One territory per report: names written differently are one territory, several are refused (src/rollup).
  const many = opts.territoryMap !== undefined || loaded.responses.some((r) => r.territory !== loaded.responses[0]!.territory);
  const responses = many ? await oneTerritoryOf(loaded.responses, opts.territoryMap) : loaded.responses;
  const result = score(loaded.questionnaire.questionnaire, responses, {
    lang: ctx.lang,
    target: opts.target,
    top: opts.top,
    gateThreshold: opts.gateThreshold,
    withNames: opts.withNames,
    minGroupSize: opts.minGroupSize,
  });
  const checks = checksOf(config?.config.thresholds ?? [], opts, result);
  const checked = check(result, checks);
  if (checks.length) result.thresholds = checked.map((c) => c.result);
  const reporter = {
    lang: ctx.lang,
    color: useColor(ctx.io, format, opts.output),
    bySector: opts.bySector,
    comments: opts.comments,
    explain: opts.explain,
    withNames: opts.withNames,
  };
  const text = isExport(format)
    ? await (await exporterFor(format))(result, { ...reporter, responses, table: opts.table, dialect: opts.csvDialect })
    : (await reporterFor(format))(result, reporter);
  const inputs = [...loaded.files, ...(loaded.questionnaire.builtin ? [] : [loaded.questionnaire.file]), ...(opts.territoryMap !== undefined ? [opts.territoryMap] : []), ...(config ? [config.file] : [])];
  await writeOutput(ctx, text, opts.output, inputs);
  const { lines, failed } = outcome(result, checked, ctx.lang, opts.maxWarnings);
  for (const line of lines) ctx.io.stderr(`impact-collectif: ${line}\n`);
  return failed ? EXIT.threshold : EXIT.ok;
}

/** The options a configuration file gives (its thresholds are taken apart, by checksOf). */
function fromConfig(loaded: LoadedConfig | undefined): ReportOptions {
  if (!loaded) return {};
  const { target, minGroupSize, maxWarnings } = loaded.config;
  return definedOnly({ questionnaire: loaded.questionnaire, target, minGroupSize, maxWarnings });
}

/** Without the keys whose value is undefined: what is left overrides. */
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** --min-group-size 1 would show one person's answers as a sector's: only with --with-names, which names people anyway. */
export function checkMinGroupSize(opts: Pick<ReportOptions, 'minGroupSize' | 'withNames'>): void {
  if (opts.minGroupSize !== undefined && opts.minGroupSize < 2 && !opts.withNames) throw new UsageError(msg('usage.minGroupSize', { value: opts.minGroupSize }));
}

async function oneTerritoryOf(responses: LoadedResponses['responses'], mapFile?: string): Promise<LoadedResponses['responses']> {
  const { oneTerritory } = await import('../rollup/single.js');
  const map = mapFile === undefined ? new Map<string, string>() : await (await import('../rollup/map.js')).readTerritoryMap(mapFile);
  return [...(await oneTerritory(responses, map))];
}

/** loadResponses, with its notes on standard error, reading "-" from the context's standard input, with a progress line when it takes long. */
export async function load(ctx: Context, paths: string[], questionnaireRef?: string): Promise<LoadedResponses> {
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
