// Compare reporter registry: a format name → its reporter, loaded only when asked for (as src/reporters/index.ts).
import type { Comparison } from '../../compare/schema.js';
import type { ReporterContext } from '../types.js';

export type CompareReporter = (comparison: Comparison, ctx: ReporterContext) => string;

export const COMPARE_REPORTERS = {
  terminal: async () => (await import('./terminal.js')).terminal,
  markdown: async () => (await import('./markdown.js')).markdown,
  json: async () => (await import('./json.js')).json,
  html: async () => (await import('../html/compare.js')).html,
  svg: async () => (await import('../html/compare.js')).svg,
} satisfies Record<string, () => Promise<CompareReporter>>;

export type CompareFormat = keyof typeof COMPARE_REPORTERS;
export const COMPARE_FORMATS = Object.keys(COMPARE_REPORTERS) as CompareFormat[];

export async function compareReporterFor(format: CompareFormat): Promise<CompareReporter> {
  return COMPARE_REPORTERS[format]();
}
