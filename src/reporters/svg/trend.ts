// `trend --format svg`: the line charts alone, with a caption, for slides.
import { trendChart } from '../chart/trend.js';
import type { TrendReporter } from '../types.js';

export const trend: TrendReporter = (x, ctx) => `<?xml version="1.0" encoding="UTF-8"?>\n${trendChart(x, ctx, { standalone: true })}\n`;
