// What every reporter receives: the report, comparison or trend, and how to render it. Colour comes in from the command.
import type { Response } from '../answers/schema.js';
import type { Comparison } from '../compare/schema.js';
import type { Lang } from '../questionnaire/schema.js';
import type { Report } from '../scoring/report.js';
import type { Trend } from '../trend/schema.js';
import type { Rollup } from '../rollup/schema.js';

export interface ReporterContext {
  lang: Lang;
  /** Use ANSI colours (terminal only; decided by the command with useColour, src/io/colour.ts). */
  color: boolean;
  /** Terminal width to fit (terminal only; at most 80 is assumed when unknown). */
  width?: number;
  /** Show comments in full (terminal; Markdown, HTML and JSON always include them). */
  comments?: boolean;
  /** Show the per-sector table (terminal; always in the other formats). */
  bySector?: boolean;
  /** Under each recommendation, why it is there (report --explain). */
  explain?: boolean;
  /** Respondent names may appear (never without --with-names). */
  withNames?: boolean;
}

export type Reporter = (report: Report, ctx: ReporterContext) => string;
export type CompareReporter = (comparison: Comparison, ctx: ReporterContext) => string;
export type TrendReporter = (trend: Trend, ctx: ReporterContext) => string;

/** What an analyst export (CSV, XLSX) needs besides a reporter's context: the responses, for the long table. */
export interface ExportContext extends ReporterContext {
  /** The responses the report was made from, in the order read. */
  responses: readonly Response[];
  /** CSV only: which of the two tables (a CSV file holds one). */
  table?: CsvTable;
  /** CSV only: RFC 4180, or what French Excel opens as columns. */
  dialect?: CsvDialect;
}

export type CsvTable = 'scores' | 'long';
export type CsvDialect = 'rfc4180' | 'excel-fr';

/** CSV is text; XLSX is bytes. */
export type Exporter = (report: Report, ctx: ExportContext) => Promise<string | Uint8Array>;
export type RollupReporter = (rollup: Rollup, ctx: ReporterContext) => string;
