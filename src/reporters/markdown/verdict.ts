// The threshold verdict in Markdown: a headline and a table, right under the report's header.
import { verdictText } from '../../i18n/verdict.js';
import type { Report } from '../../scoring/report.js';
import type { ReporterContext } from '../types.js';
import { verdictOf } from '../verdict.js';
import { escapeMarkdown as md } from './escape.js';

const MARK = { met: '✅', error: '❌', warn: '⚠️' } as const;

export function verdictMarkdown(report: Report, ctx: ReporterContext, level = 2): string {
  const v = verdictOf(report, ctx.lang);
  if (!v) return '';
  const t = verdictText[ctx.lang];
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `${'#'.repeat(level)} ${t.title}`,
    '',
    `${MARK[v.status]} **${v.headline}**`,
    '',
    row([t.head.assertion, t.head.level, t.head.limit, t.head.value, t.head.status]),
    row([':--', ':--', '--:', '--:', ':--']),
    ...v.rows.map((r) => row([md(r.label), r.level, r.limit, r.value, `${MARK[r.status]} ${r.result}`])),
  ].join('\n');
}
