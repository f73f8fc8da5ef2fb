// The JSON report: the report model as it is, stable key order, no colour.
import type { Reporter } from './types.js';

export const json: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
