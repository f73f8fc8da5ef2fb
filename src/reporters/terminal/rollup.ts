// The roll-up in the terminal: one line per territory (whole-number scores, quartile marks), then the spread per dimension.
import { rollupText } from '../../i18n/rollup.js';
import { oneLine } from '../../io/sanitize.js';
import { fit, table, type Column } from '../../io/table.js';
import { dateRange, num, targetText } from '../format.js';
import type { RollupReporter } from '../types.js';
import { cellsOf, columnLabels, columnTitles, gateMark, quartileMark } from '../rollup.js';
import { frame, heading, para } from './frame.js';
import { displayWidth, wrap } from '../../io/width.js';

/** Width of a score cell: "100▲". */
const CELL = 4;

export const rollup: RollupReporter = (r, ctx) => {
  const o = frame(ctx);
  const { c, width } = o;
  const t = rollupText[ctx.lang];
  const labels = columnLabels(r, ctx.lang);
  const head = [t.head.territory, t.head.responses, t.head.sectors, ...labels, t.head.gate];
  const counts = (f: (row: (typeof r.territories)[number]) => number) => r.territories.map((row) => String(f(row)));
  const fixed = [fit([head[1]!, ...counts((x) => x.responses)]), fit([head[2]!, ...counts((x) => x.sectors)]), ...labels.map(() => CELL), fit([head[head.length - 1]!])];
  const nameWidth = Math.max(12, width - fixed.reduce((a, b) => a + b + 1, 0));
  const columns: Column[] = [{ width: nameWidth }, ...fixed.map((w) => ({ width: w, right: true }))];
  const score = (s: { score: number | null }) => (s.score === null ? '—' : String(Math.round(s.score)));
  const rows = r.territories.map((row) => [
    nameLines(oneLine(row.territory), nameWidth),
    [String(row.responses)],
    [String(row.sectors)],
    ...cellsOf(row).map((s) => {
      const mark = quartileMark(s);
      const text = `${score(s)}${mark || ' '}`;
      return [mark === '▲' ? c.green(text) : mark === '▼' ? c.yellow(text) : text];
    }),
    [gateMark(row) === '✓' ? c.green('✓') : gateMark(row) === '✗' ? c.red('✗') : '?'],
  ]);
  const titles = columnTitles(r, ctx.lang);
  const spreadRows = r.spread.map((s, i) => [
    `${labels[i]} ${oneLine(titles[i]!)}`,
    [String(s.territories)],
    ...[s.min, s.q1, s.median, s.q3, s.max].map((v) => [num(v, ctx.lang)]),
    [i < r.dimensions.length ? targetText(r.dimensions[i]!.target, ctx.lang) : ''],
  ]);
  const sh = t.spreadHead;
  const spreadHead = [sh.dimension, sh.n, sh.min, sh.q1, sh.median, sh.q3, sh.max, sh.target];
  const spreadFixed = spreadHead.slice(1).map((h, j) => fit([h, ...spreadRows.map((row) => (row[j + 1] as string[])[0]!)]));
  const spreadColumns: Column[] = [{ width: Math.max(20, width - spreadFixed.reduce((a, b) => a + b + 2, 0) - 2) }, ...spreadFixed.map((w) => ({ width: w, right: true }))];
  const q = r.questionnaire;
  return [
    heading(t.title, '═', c, width),
    para(`${q.title} (${t.version(q.version)}) · ${t.territories(r.territories.length)} · ${t.responses(r.responses)} · ${dateRange(r.dates, ctx.lang)}`, width),
    '',
    ...table(rows, columns, { head, gap: 1 }),
    '',
    c.dim(para(`${t.legend} ${t.marks} ${t.gateLegend(targetText(r.gateThreshold, ctx.lang))} ${t.rounded}`, width)),
    '',
    heading(t.spread, '─', c, width),
    para(t.spreadIntro, width),
    '',
    ...table(spreadRows, spreadColumns, { head: spreadHead }),
    '',
  ].join('\n');
};

/**
 * A territory's name in its column, broken at spaces and after hyphens ("Villeneuve-la-" / "Garenne"): compound
 * names are the rule among French places, and a cut inside a word makes them hard to read.
 */
export function nameLines(name: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    word.split(/(?<=-)/).forEach((part, i) => {
      const sep = line && i === 0 ? ' ' : '';
      if (line && displayWidth(line + sep + part) > width) {
        lines.push(line);
        line = part;
      } else line += sep + part;
    });
  }
  if (line) lines.push(line);
  // A part wider than the column is still cut, as the table would.
  return lines.flatMap((l) => wrap(l, width));
}
