// `report --format svg`: the radar alone, as a standalone SVG file for slides.
import { reportRadar } from '../chart/report.js';
import type { Reporter } from '../types.js';

export const report: Reporter = (r, ctx) => `<?xml version="1.0" encoding="UTF-8"?>\n${reportRadar(r, ctx, { standalone: true })}\n`;
