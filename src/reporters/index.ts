// The reporters, one folder per format (json.ts alone), each loaded only when asked for (keeps start-up light):
// a format name → its report and comparison. Adding a format is a folder with report.ts and compare.ts, and a line here.
import type { Table } from './tables/cell.js';
import type { CompareReporter, CsvDialect, CsvTable, Exporter, Reporter, RollupReporter, TrendReporter } from './types.js';

// Each entry only names its modules: nothing here runs before a report is asked for (test/startup checks it).
const REPORTERS = {
  terminal: { report: () => import('./terminal/report.js'), compare: () => import('./terminal/compare.js') },
  markdown: { report: () => import('./markdown/report.js'), compare: () => import('./markdown/compare.js') },
  json: { report: () => import('./json.js'), compare: () => import('./json.js') },
  html: { report: () => import('./html/report.js'), compare: () => import('./html/compare.js') },
  svg: { report: () => import('./svg/report.js'), compare: () => import('./svg/compare.js') },
  summary: { report: () => import('./summary/report.js'), compare: () => import('./summary/compare.js') },
} satisfies Record<string, { report: () => Promise<{ report: Reporter }>; compare: () => Promise<{ compare: CompareReporter }> }>;

export type Format = keyof typeof REPORTERS;
export const FORMATS = Object.keys(REPORTERS) as Format[];

// Analyst exports, for `report` only: they need the responses too (the long table), and XLSX is bytes.
const EXPORTS = {
  csv: () => import('./csv/report.js'),
  xlsx: () => import('./xlsx/report.js'),
} satisfies Record<string, () => Promise<{ exportReport: Exporter }>>;

export type ExportFormat = keyof typeof EXPORTS;
/** What `report --format` takes: the formats above, then the exports. */
export const REPORT_FORMATS: readonly string[] = [...FORMATS, ...Object.keys(EXPORTS)];

export const CSV_TABLES = ['scores', 'long'] as const satisfies readonly CsvTable[];
export const CSV_DIALECTS = ['rfc4180', 'excel-fr'] as const satisfies readonly CsvDialect[];

export function isExport(format: string): format is ExportFormat {
  return Object.hasOwn(EXPORTS, format);
}

export async function exporterFor(format: ExportFormat): Promise<Exporter> {
  return (await EXPORTS[format]()).exportReport;
}

/** Other tables (a roll-up's, a plan's) through the same writers: CSV holds the first, XLSX a sheet each. */
export async function exportTables(format: ExportFormat, sheets: readonly { name: string; table: Table; dateColumn?: number }[], dialect?: CsvDialect): Promise<string | Uint8Array> {
  return format === 'csv' ? (await EXPORTS.csv()).toCsv(sheets[0]!.table, dialect === 'excel-fr') : (await EXPORTS.xlsx()).toXlsx(sheets);
}

export async function reporterFor(format: Format): Promise<Reporter> {
  return (await REPORTERS[format].report()).report;
}

export async function compareReporterFor(format: Format): Promise<CompareReporter> {
  return (await REPORTERS[format].compare()).compare;
}

// `trend`: the formats that have one, each loaded only when asked for, as above.
const TREND_REPORTERS = {
  terminal: () => import('./terminal/trend.js'),
  markdown: () => import('./markdown/trend.js'),
  json: () => import('./json.js'),
  html: () => import('./html/trend.js'),
  svg: () => import('./svg/trend.js'),
} satisfies Record<string, () => Promise<{ trend: TrendReporter }>>;

export type TrendFormat = keyof typeof TREND_REPORTERS;
export const TREND_FORMATS = Object.keys(TREND_REPORTERS) as TrendFormat[];

export async function trendReporterFor(format: TrendFormat): Promise<TrendReporter> {
  return (await TREND_REPORTERS[format]()).trend;
}

// The roll-up of many territories (report --group-by territory), in the formats that have one.
const ROLLUP_REPORTERS = {
  terminal: () => import('./terminal/rollup.js'),
  markdown: () => import('./markdown/rollup.js'),
  json: () => import('./json.js'),
  html: () => import('./html/rollup.js'),
} satisfies Partial<Record<Format, () => Promise<{ rollup: RollupReporter }>>>;

export type RollupFormat = keyof typeof ROLLUP_REPORTERS;
export const ROLLUP_FORMATS = Object.keys(ROLLUP_REPORTERS) as RollupFormat[];

export async function rollupReporterFor(format: RollupFormat): Promise<RollupReporter> {
  return (await ROLLUP_REPORTERS[format]()).rollup;
}
