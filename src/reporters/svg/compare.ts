// `compare --format svg`: the radar of both dates alone, for slides.
import { comparisonRadar } from '../chart/compare.js';
import type { CompareReporter } from '../types.js';

export const compare: CompareReporter = (x, ctx) => `<?xml version="1.0" encoding="UTF-8"?>\n${comparisonRadar(x, ctx, { standalone: true })}\n`;
