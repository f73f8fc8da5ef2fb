// The trend in the terminal: header and points, who answered, what a version change left out, then one row per
// dimension and index with its sparkline, its score at each point and its change, within 80 columns; with --plan, the
// actions that targeted each dimension and their status.
import { compareText } from '../../i18n/compare.js';
import { trendText } from '../../i18n/trend.js';
import { oneLine } from '../../io/sanitize.js';
import { displayWidth, wrap } from '../../io/width.js';
import { fit, GAP, table, type Column } from '../../io/table.js';
import { num, signed } from '../format.js';
import { pointText, populationWarning, questionnaireChanges, scopeIntro, sparkline, trendRows } from '../series.js';
import type { TrendReporter } from '../types.js';
import type { Trend } from '../../trend/schema.js';
import { field, frame, heading, para, type Frame } from './frame.js';
import { followUp } from './plan.js';

const MIN_TITLE = 16;

export const trend: TrendReporter = (x, ctx) => {
  const o = frame(ctx);
  const warnings = x.populationChanges.map((c) => o.c.yellow(para(populationWarning(x, c, ctx.lang, oneLine), o.width, '⚠ ')));
  const blocks = [header(x, o), warnings.join('\n'), scope(x, o), scores(x, o), followUp(x, o)];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
};

function header(x: Trend, o: Frame): string {
  const t = trendText[o.ctx.lang];
  const ct = compareText[o.ctx.lang];
  const L = o.ctx.lang;
  const versions = [...new Set(x.points.map((p) => p.version))];
  const version = versions.length > 1 ? ct.versions(oneLine(versions[0]!), oneLine(versions[versions.length - 1]!)) : ct.version(oneLine(versions[0]!));
  const labelW = fit(x.points.map((p) => oneLine(p.label)));
  const sep = L === 'fr' ? ' : ' : ': ';
  return [
    heading(t.title(oneLine(x.territory)), '═', o.c, o.width),
    field(ct.questionnaire, `${oneLine(x.questionnaire.title)} (${version})`, o),
    field(t.points, t.order[x.order], o),
    ...x.points.map((p, i) => {
      const label = oneLine(p.label);
      return para(oneLine(pointText(x, i, L)), o.width, `  ${o.c.bold(label)}${' '.repeat(labelW - displayWidth(label))}${sep}`);
    }),
  ].join('\n');
}

function scope(x: Trend, { ctx, c, width }: Frame): string {
  const intro = scopeIntro(x, ctx.lang);
  if (!intro) return '';
  const lines = [c.yellow(para(intro, width, 'ℹ '))];
  for (const change of questionnaireChanges(x, ctx.lang)) {
    if (!change.items.length) continue;
    lines.push(`  ${oneLine(change.heading)}${ctx.lang === 'fr' ? ' :' : ':'}`);
    for (const item of change.items) lines.push(para(oneLine(item), width, '  • '));
  }
  return lines.join('\n');
}

function scores(x: Trend, { ctx, c, width }: Frame): string {
  const t = trendText[ctx.lang];
  const ct = compareText[ctx.lang];
  const L = ctx.lang;
  const rows = trendRows(x, L);
  // A marked score ends with "*", an unmarked one with a space in the same column, so that the digits stay aligned.
  const anyMarked = x.points.map((_, i) => rows.some((r) => r.marked[i]));
  const cell = (v: number | null, marked: boolean, i: number) => `${num(v, L)}${marked ? '*' : anyMarked[i] ? ' ' : ''}`;
  const labels = x.points.map((p) => oneLine(p.label));
  const pointW = labels.map((label, i) => fit([label, String(x.points[i]!.responses), ...rows.map((r) => cell(r.series[i]!, r.marked[i]!, i))]));
  const sparkW = Math.max(displayWidth(t.table.trend), x.points.length);
  const changeW = fit([t.table.change, ...rows.map((r) => signed(r.change, L))]);
  // The first points give way when the columns do not fit: the sparkline still shows every point.
  let shown = x.points.length;
  const used = (n: number) => sparkW + changeW + pointW.slice(x.points.length - n).reduce((s, w) => s + w + GAP, 0) + 2 * GAP;
  while (shown > 1 && width - used(shown) < MIN_TITLE) shown--;
  const from = x.points.length - shown;
  const titleW = Math.max(MIN_TITLE, width - used(shown));
  const columns: Column[] = [{ width: titleW }, { width: sparkW }, ...pointW.slice(from).map((w) => ({ width: w, right: true })), { width: changeW, right: true }];
  const paint = (s: string, change: number | null) => (change === null || change === 0 ? s : change > 0 ? c.green(s) : c.yellow(s));

  const head = table([[t.table.dimension, t.table.trend, ...labels.slice(from), t.table.change].map((h) => [h])], columns)[0]!;
  const lines = [c.bold(head), c.dim('─'.repeat(Math.min(width, columns.reduce((s, col) => s + col.width, 0) + (columns.length - 1) * GAP)))];
  let kind = '';
  for (const r of rows) {
    if (r.kind !== kind && r.kind !== 'index') lines.push(c.bold(ct.groups[r.kind].toUpperCase()));
    if (r.kind === 'index' && kind !== 'index') lines.push('');
    kind = r.kind;
    const title = wrap(oneLine(r.title), titleW);
    const values = r.series.slice(from).map((v, i) => [cell(v, r.marked[from + i]!, from + i)]);
    lines.push(...table([[r.kind === 'index' ? c.bold(title.join('\n')).split('\n') : title, [c.cyan(sparkline(r.series))], ...values, [paint(signed(r.change, L), r.change)]]], columns));
  }
  lines.push(...table([[t.table.responses, [], ...x.points.slice(from).map((p, i) => [`${p.responses}${anyMarked[from + i] ? ' ' : ''}`]), []]], columns));
  if (from > 0) lines.push(c.yellow(para(t.omitted(from, labels[0]!, labels[from - 1]!), width, 'ℹ ')));
  lines.push(c.dim(para(t.legend, width)));
  return lines.join('\n');
}
