// The JSON report and comparison: the model as it is, stable key order, no colour.
import type { CompareReporter, Reporter } from './types.js';

export const report: Reporter = (r) => `${JSON.stringify(r, null, 2)}\n`;
export const compare: CompareReporter = (c) => `${JSON.stringify(c, null, 2)}\n`;
