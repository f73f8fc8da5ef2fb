// The JSON comparison: the comparison model as it is, stable key order, no colour.
import type { CompareReporter } from './index.js';

export const json: CompareReporter = (comparison) => `${JSON.stringify(comparison, null, 2)}\n`;
