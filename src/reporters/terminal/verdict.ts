// The threshold verdict in the terminal: a headline and one aligned line per assertion.
import { verdictText } from '../../i18n/verdict.js';
import type { Paint } from '../../io/colour.js';
import { table } from '../../io/table.js';
import { displayWidth } from '../../io/width.js';
import type { Report } from '../../scoring/report.js';
import type { ReporterContext } from '../types.js';
import { verdictOf } from '../verdict.js';
import { heading, para } from './frame.js';

const MARK = { met: '✓', error: '✗', warn: '!' } as const;

export function verdictTerminal(report: Report, ctx: ReporterContext, c: Paint, width: number): string {
  const v = verdictOf(report, ctx.lang);
  if (!v) return '';
  const t = verdictText[ctx.lang];
  const colour = { met: c.green, error: c.red, warn: c.yellow };
  const head = [t.head.assertion, t.head.level, t.head.limit, t.head.value, t.head.status];
  const fixed = [1, 2, 3, 4].map((j) => Math.max(displayWidth(head[j]!), ...v.rows.map((r) => displayWidth([r.level, r.limit, r.value, r.result][j - 1]!))));
  const first = Math.max(12, width - 2 - 4 - fixed.reduce((a, b) => a + b, 0) - 2 * 4);
  const lines = table(
    v.rows.map((r) => [`${MARK[r.status]} ${r.label}`, [r.level], [r.limit], [r.value], [colour[r.status](r.result)]]),
    [{ width: first }, { width: fixed[0]! }, { width: fixed[1]!, right: true }, { width: fixed[2]!, right: true }, { width: fixed[3]! }],
    { head: [`  ${head[0]}`, ...head.slice(1)] },
  );
  return [heading(t.title, '─', c, width), colour[v.status](c.bold(para(v.headline, width))), ...lines.map((l) => `  ${l}`)].join('\n');
}
