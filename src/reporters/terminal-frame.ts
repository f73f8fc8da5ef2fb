// What every terminal block gets: the context, its colours, and the width to fit (80 columns at most).
import { paint, type Paint } from './paint.js';
import type { ReporterContext } from './types.js';

export const MAX_WIDTH = 80;
/** Columns between two table columns. */
export const GAP = 2;

export interface Frame {
  ctx: ReporterContext;
  c: Paint;
  width: number;
}

/** Colour only when the context says so (decided by the command); width within [minWidth, 80]. */
export function frame(ctx: ReporterContext, minWidth = 60): Frame {
  return { ctx, c: paint(ctx.color), width: Math.max(minWidth, Math.min(ctx.width ?? MAX_WIDTH, MAX_WIDTH)) };
}
