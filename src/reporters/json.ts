// The JSON report, comparison, trend and roll-up: the model as it is, stable key order, no colour.
import type { CompareReporter, Reporter, RollupReporter, TrendReporter } from './types.js';

export const report: Reporter = (r) => `${JSON.stringify(r, null, 2)}\n`;
export const compare: CompareReporter = (c) => `${JSON.stringify(c, null, 2)}\n`;
export const trend: TrendReporter = (t) => `${JSON.stringify(t, null, 2)}\n`;
export const rollup: RollupReporter = (r) => `${JSON.stringify(r, null, 2)}\n`;
