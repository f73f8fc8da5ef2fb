// The terminal report: header, readiness gate, table of the dimensions with bars, indices, recommendations, prompts.
import { reportText } from '../../i18n/report.js';
import type { DimensionResult, RecommendationResult, Report } from '../../scoring/report.js';
import { oneLine } from '../../io/sanitize.js';
import { collectiveTerminal } from './collective.js';
import { basisText, discussionPrompts, explainLines, fewResponses, gateBands, gateHeadline, preconditionLines, reasonText, recommendationHeading } from '../advice.js';
import type { Paint } from '../../io/colour.js';
import { GAP, table, type Cell } from '../../io/table.js';
import { displayWidth, wrap } from '../../io/width.js';
import { coverageWords, emptyRecommendations, indexText, KINDS, sectorList } from '../advice.js';
import { BAR_CELLS, barText } from '../bar.js';
import { dateRange, num, targetText } from '../format.js';
import type { Reporter, ReporterContext } from '../types.js';
import { field, frame, heading, para } from './frame.js';
import { verdictTerminal } from './verdict.js';

/** Below this, the table's fixed columns leave too little room for the titles: the lines get longer instead. */
const MIN_WIDTH = 72;

export const report: Reporter = (report, ctx) => {
  const { c, width } = frame(ctx, MIN_WIDTH);
  const blocks = [header, verdictTerminal, gate, dimensionTable, indices, recommendations].map((block) => block(report, ctx, c, width));
  const end = prompts(report, ctx, c, width);
  return `${blocks.filter(Boolean).join('\n\n')}\n${collectiveTerminal(report, ctx)}${end ? `\n${end}\n` : ''}`;
};

const MARK = { met: '✓', fragile: '~', unmet: '✗', unknown: '?' } as const;

function header(report: Report, ctx: ReporterContext, c: Paint, width: number): string {
  const t = reportText[ctx.lang];
  const q = report.questionnaire;
  return [
    heading(t.title(oneLine(report.territory)), '═', c, width),
    field(t.questionnaire, `${oneLine(q.title)} (${t.version(oneLine(q.version))})`, { ctx, c, width }),
    field(t.responses, String(report.responses), { ctx, c, width }),
    field(t.sectors, oneLine(sectorList(report)), { ctx, c, width }),
    field(t.dates, dateRange(report.dates, ctx.lang), { ctx, c, width }),
    '',
    c.dim(para(t.verdict, width)),
  ].join('\n');
}

function gate(report: Report, ctx: ReporterContext, c: Paint, width: number): string {
  const t = reportText[ctx.lang].gate;
  const head = gateHeadline(report, ctx.lang);
  const colour = { met: c.green, fragile: c.yellow, unmet: c.yellow, unknown: c.yellow }[head.status];
  const lines = [colour(c.bold(para(head.text, width, `${MARK[head.status]} `)))];
  for (const p of preconditionLines(report, ctx.lang, oneLine)) lines.push(para(p.text, width, `  ${MARK[p.status]} `, '    '));
  if (head.status === 'unmet') lines.push(para(t.advice, width, '  '));
  const few = fewResponses(report, ctx.lang);
  if (few) lines.push(c.yellow(para(few, width, '  ')));
  lines.push(c.dim(para(gateBands(report, ctx.lang), width, '  ')));
  return lines.join('\n');
}

function dimensionTable(report: Report, ctx: ReporterContext, c: Paint, width: number): string {
  const t = reportText[ctx.lang];
  const L = ctx.lang;
  const rows = report.dimensions.map((d) => ({
    d,
    score: num(d.score, L),
    target: targetText(d.target, L),
    gap: num(d.gap, L),
    band: d.score === null ? t.notEnough : oneLine(d.band?.label ?? '—'),
    coverage: coverageWords(d, L),
  }));
  const w = (head: string, cells: string[]) => Math.max(displayWidth(head), ...cells.map(displayWidth));
  const scoreW = w(t.table.score, rows.map((r) => r.score));
  const levelW = Math.max(BAR_CELLS + 1, displayWidth(t.table.band));
  const targetW = w(t.table.target, rows.map((r) => r.target));
  const gapW = w(t.table.gap, rows.map((r) => r.gap));
  const fixed = scoreW + levelW + targetW + gapW + 4 * GAP;
  const titleW = Math.max(12, width - fixed);

  const columns = [titleW, scoreW, levelW, targetW, gapW].map((w, i) => ({ width: w, right: i === 1 || i === 3 || i === 4 }));
  const head = [t.table.dimension, t.table.score, t.table.band, t.table.target, t.table.gap].map((h) => [c.bold(h)]);
  const body: Cell[][] = [];
  for (const kind of KINDS) {
    const group = rows.filter((r) => r.d.kind === kind);
    if (!group.length) continue;
    body.push([{ span: c.bold(t.groups[kind].toUpperCase()) }]);
    for (const r of group) {
      const band = wrap(r.band, levelW);
      const level = r.d.score === null ? c.dim(band.join('\n')).split('\n') : [bar(r.d, c), ...band];
      // Under the title, in words and indented, how many answers the score rests on.
      const coverage = r.coverage.flatMap((w) => wrap(w, titleW - 2).map((l) => `  ${l}`));
      const title = [...wrap(oneLine(r.d.title), titleW), ...c.dim(coverage.join('\n')).split('\n')];
      body.push([title, [r.score], level, [r.target], [r.d.gap ? c.yellow(r.gap) : r.gap]]);
    }
  }
  const lines = table(body, columns, { head }).filter((l) => l.trim() !== '');
  lines.splice(1, 0, c.dim('─'.repeat(titleW + fixed)));
  lines.push(c.dim(para(t.legend.bar, width)), c.dim(para(t.legend.coverage, width)));
  return lines.join('\n');
}

function bar(d: DimensionResult, c: Paint): string {
  const reached = d.score! >= d.target;
  return barText(d.score!, d.target, (part, s) => (part === 'filled' ? (reached ? c.green(s) : c.yellow(s)) : part === 'empty' ? c.dim(s) : c.bold(s)));
}

function indices(report: Report, ctx: ReporterContext, c: Paint, width: number): string {
  const t = reportText[ctx.lang];
  const sep = ctx.lang === 'fr' ? ' : ' : ': ';
  const lines = KINDS.map((kind) => {
    const { value, rest } = indexText(report.indices[kind === 'precondition' ? 'preconditions' : 'components'], ctx.lang);
    return `${c.bold(t.indices[kind])}${sep}${value} ${rest}`;
  });
  const unknown = report.dimensions.filter((d) => d.coverage.manyUnknown).map((d) => oneLine(d.title));
  if (unknown.length) lines.push('', c.yellow(para(t.manyUnknown(unknown.join(', ')), width, '? ')));
  return lines.join('\n');
}

function recommendations(report: Report, ctx: ReporterContext, c: Paint, width: number): string {
  const t = reportText[ctx.lang];
  const title = heading(t.recommendations, '─', c, width);
  if (!report.recommendations.length) return `${title}\n\n${para(emptyRecommendations(report, ctx.lang), width)}`;
  const items = report.recommendations.map((r) => recommendation(r, report, ctx, c, width));
  return [title, c.dim(para(t.rankNote, width)), ...items].join('\n\n');
}

function recommendation(r: RecommendationResult, report: Report, ctx: ReporterContext, c: Paint, width: number): string {
  const t = reportText[ctx.lang];
  const L = ctx.lang;
  const number = `${String(r.rank).padStart(2)}. `;
  const indent = ' '.repeat(number.length);
  const colon = L === 'fr' ? ' :' : ':';
  const lines = [c.bold(para(recommendationHeading(r, report, L, oneLine), width, number, indent)), c.dim(para(reasonText(r, report, L, oneLine), width, indent))];
  if (ctx.explain) for (const line of explainLines(r, report, L, oneLine)) lines.push(c.dim(para(line, width, indent)));
  if (r.practices.length) lines.push(para(`${t.practices}${colon}`, width, indent));
  else if (!r.seeAlso.length) lines.push(para(t.noPractice, width, indent));
  for (const p of r.practices) {
    lines.push(para(oneLine(p.text), width, `${indent}• `, `${indent}  `));
    if (ctx.explain) lines.push(c.dim(para(`(${basisText(p, report, L, oneLine)})`, width, `${indent}  `)));
  }
  if (r.seeAlso.length) lines.push(c.dim(para(t.seeAlso(r.seeAlso), width, indent)));
  return lines.join('\n');
}

/** Three questions to open the discussion, at the very end. */
function prompts(report: Report, ctx: ReporterContext, c: Paint, width: number): string {
  const list = discussionPrompts(report, ctx.lang, oneLine);
  if (!list.length) return '';
  return [heading(reportText[ctx.lang].prompts.title, '─', c, width), '', ...list.map((p, i) => para(p, width, `${i + 1}. `, '   '))].join('\n');
}

