// The reporters, one folder per format (json.ts alone), each loaded only when asked for (keeps start-up light):
// a format name → its report and comparison. Adding a format is a folder with report.ts and compare.ts, and a line here.
import type { CompareReporter, Reporter } from './types.js';

// Each entry only names its modules: nothing here runs before a report is asked for (test/startup checks it).
const REPORTERS = {
  terminal: { report: () => import('./terminal/report.js'), compare: () => import('./terminal/compare.js') },
  markdown: { report: () => import('./markdown/report.js'), compare: () => import('./markdown/compare.js') },
  json: { report: () => import('./json.js'), compare: () => import('./json.js') },
  html: { report: () => import('./html/report.js'), compare: () => import('./html/compare.js') },
  svg: { report: () => import('./svg/report.js'), compare: () => import('./svg/compare.js') },
} satisfies Record<string, { report: () => Promise<{ report: Reporter }>; compare: () => Promise<{ compare: CompareReporter }> }>;

export type Format = keyof typeof REPORTERS;
export const FORMATS = Object.keys(REPORTERS) as Format[];

export async function reporterFor(format: Format): Promise<Reporter> {
  return (await REPORTERS[format].report()).report;
}

export async function compareReporterFor(format: Format): Promise<CompareReporter> {
  return (await REPORTERS[format].compare()).compare;
}
