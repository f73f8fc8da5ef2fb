// `plan init` (a plan pre-filled from a JSON report) and `plan show` (the plan as a Markdown task list, HTML, or a CSV/XLSX table).
import { existsSync } from 'node:fs';
import type { Context } from './context.js';
import { InputError, UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { kindOf } from '../answers/responses.js';
import { zodProblems } from '../input/problems.js';
import { readInput } from '../input/read.js';
import { parseYamlDocuments } from '../input/yaml.js';
import { writeOutput } from '../io/output.js';
import { parsePick, planYaml } from '../plan/init.js';
import { readPlan } from '../plan/read.js';
import { Report } from '../scoring/report.js';
import type { Plan } from '../plan/schema.js';
import type { Lang } from '../questionnaire/schema.js';
import { exportTables, isExport, type ExportFormat } from '../reporters/index.js';
import type { CsvDialect } from '../reporters/types.js';
import { exportsText } from '../i18n/exports.js';

export async function planInit(ctx: Context, reportPath: string, opts: { pick?: string; output?: string; force?: boolean }): Promise<number> {
  const { file, text } = await readInput(reportPath, ctx.io.stdin);
  const docs = parseYamlDocuments(text, file);
  if (kindOf(docs) !== 'report') throw new InputError({ file, ...msg('plan.needsReport') });
  const parsed = Report.safeParse(docs[0]!.value);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, docs[0]!, file));
  const pick = opts.pick === undefined ? undefined : parsePick(opts.pick, parsed.data);
  if (opts.output !== undefined && opts.output !== '-' && !opts.force && existsSync(opts.output)) throw new InputError({ file: opts.output, ...msg('plan.exists') });
  await writeOutput(ctx, planYaml(parsed.data, ctx.lang, pick), opts.output, [reportPath]);
  return 0;
}

export async function planShow(ctx: Context, planPath: string, opts: { format?: string; output?: string; csvDialect?: CsvDialect }): Promise<number> {
  if (opts.csvDialect !== undefined && opts.format !== 'csv') throw new UsageError(msg('usage.csvOnly', { flag: '--csv-dialect' }));
  const { plan, titles } = await readPlan(planPath, ctx.io.stdin, ctx.lang);
  const text = isExport(opts.format ?? '')
    ? await planTables(plan, ctx.lang, opts.format as ExportFormat, opts.csvDialect)
    : opts.format === 'html'
      ? (await import('../reporters/html/plan.js')).planHtml(plan, ctx.lang, titles)
      : (await import('../reporters/markdown/plan.js')).planMarkdown(plan, ctx.lang, titles);
  await writeOutput(ctx, text, opts.output, [planPath]);
  return 0;
}

/** The actions as one table: a CSV, or an XLSX sheet with the due dates as dates. */
async function planTables(plan: Plan, lang: Lang, format: ExportFormat, dialect?: CsvDialect): Promise<string | Uint8Array> {
  const { planTable, PLAN_DUE_COLUMN } = await import('../reporters/tables/plan.js');
  return exportTables(format, [{ name: exportsText[lang].sheets.plan, table: planTable(plan, lang), dateColumn: PLAN_DUE_COLUMN }], dialect);
}
