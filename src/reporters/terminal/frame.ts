// What every terminal block gets: the context, its colours, the width to fit (80 columns at most), and the few
// ways they lay out text: titles, paragraphs, "label : value" fields.
import { paint, type Paint } from '../../io/colour.js';
import { displayWidth, wrap } from '../../io/width.js';
import type { ReporterContext } from '../types.js';

export const MAX_WIDTH = 80;
export interface Frame {
  ctx: ReporterContext;
  c: Paint;
  width: number;
}

/** Colour only when the context says so (decided by the command); width within [minWidth, 80]. */
export function frame(ctx: ReporterContext, minWidth = 60): Frame {
  return { ctx, c: paint(ctx.color), width: Math.max(minWidth, Math.min(ctx.width ?? MAX_WIDTH, MAX_WIDTH)) };
}

/** A title underlined with `rule`, so that it stands out without colour too. */
export function heading(text: string, rule: string, c: Paint, width: number): string {
  const lines = wrap(text, width);
  return `${c.bold(lines.join('\n'))}\n${rule.repeat(Math.max(...lines.map(displayWidth)))}`;
}

/** `text` wrapped to `width`, the first line after `first`, the others indented by `indent`. */
export function para(text: string, width: number, first = '', indent = ' '.repeat(displayWidth(first))): string {
  return wrap(text, width - displayWidth(indent))
    .map((l, i) => (i === 0 ? first : indent) + l)
    .join('\n');
}

/** "Label : value" wrapped, the value's continuation lines aligned under the value. */
export function field(label: string, value: string, { ctx, c, width }: Frame): string {
  const head = `${label}${ctx.lang === 'fr' ? ' : ' : ': '}`;
  return wrap(value, width - displayWidth(head))
    .map((l, i) => (i === 0 ? c.bold(head) : ' '.repeat(displayWidth(head))) + l)
    .join('\n');
}
