// The collective part of the terminal report: questions to discuss, missing sectors, scores per sector, comments.
import { collectiveText } from '../../i18n/collective.js';
import type { Report } from '../../scoring/report.js';
import { oneLine } from '../../io/sanitize.js';
import { displayWidth, padEnd as pad, padStart as right, wrap } from '../../io/width.js';
import { GAP } from '../../io/table.js';
import { num } from '../format.js';
import type { ReporterContext } from '../types.js';
import { frame, heading, para, type Frame } from './frame.js';
import { commentGroups, distributionText, incompleteText, levelText, missingText, privacyLines, scaleLegend, sectorGap, splitText, whoParts } from '../collective.js';
import { MERGED } from '../../scoring/privacy.js';

/** How many questions to discuss the terminal lists; the others are counted (all are in Markdown and JSON). */
export const TERMINAL_DIVERGENCES = 5;
/** Sector columns are at most this wide (ids are cut, with a legend): the dimension titles need the room. */
const MAX_CELL = 7;

/** Starts with a blank line and ends with a newline, to follow the main report's last block. */
export function collectiveTerminal(report: Report, ctx: ReporterContext): string {
  const o = frame(ctx);
  const blocks = [divergences(report, o), sectors(report, o), comments(report, o)].filter(Boolean);
  return blocks.length ? `\n${blocks.join('\n\n')}\n` : '';
}

/** A title underlined, so that it stands out without colour too (as the main report's titles). */
function sectionHeading(text: string, c: Frame['c'], width: number): string {
  return `${heading(text, '─', c, width)}\n`;
}

function divergences(report: Report, { ctx, c, width }: Frame): string {
  const t = collectiveText[ctx.lang];
  if (report.responses < 2) return c.dim(para(t.single, width, 'ℹ '));
  const list = report.collective.divergences;
  const title = sectionHeading(t.divergences.title, c, width);
  if (!list.length) return `${title}\n${para(t.divergences.none, width)}`;
  const total = report.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const lines = [title, para(t.divergences.intro(list.length, total), width), c.dim(para(oneLine(scaleLegend(report)), width)), ''];
  list.slice(0, TERMINAL_DIVERGENCES).forEach((x, i) => {
    const number = `${String(i + 1).padStart(2)}. `;
    const indent = ' '.repeat(number.length);
    if (i > 0) lines.push('');
    lines.push(
      c.bold(para(oneLine(x.text), width, number, indent)),
      para(`${distributionText(x.distribution)}  (${splitText(x, ctx.lang)} · ${t.divergences.dispersion(num(x.dispersion, ctx.lang))})`, width, indent),
      ...(ctx.explain ? [c.dim(para(oneLine(x.id), width, indent))] : []),
    );
  });
  const rest = list.length - TERMINAL_DIVERGENCES;
  if (rest > 0) lines.push('', para(t.divergences.more(rest), width));
  return lines.join('\n');
}

function sectors(report: Report, o: Frame): string {
  const { ctx, c, width } = o;
  const t = collectiveText[ctx.lang];
  const blocks: string[] = [];
  const missing = report.collective.missingSectors;
  if (missing.length) blocks.push(c.yellow(para(missingText(report, ctx.lang, oneLine), width, '⚠ ')));
  const incomplete = incompleteText(report, ctx.lang, oneLine, ctx.withNames);
  if (incomplete) blocks.push(c.yellow(para(incomplete, width, '⚠ ')));
  // The merging is said where sector data is shown; that answers may be inferred, always.
  for (const line of privacyLines(report, ctx.lang, Boolean(ctx.bySector || ctx.comments))) blocks.push(c.dim(para(line, width, 'ℹ ')));
  if (report.responses >= 2 && !ctx.bySector) blocks.push(c.dim(para(t.bySector.hint, width)));
  else if (report.responses >= 2 && report.collective.sectorScores.length) blocks.push(bySector(report, o));
  return blocks.join('\n\n');
}

/** Rows: dimensions; columns: sectors with a response (their ids, cut to fit), then the gap between them. */
function bySector(report: Report, { ctx, c, width }: Frame): string {
  const t = collectiveText[ctx.lang].bySector;
  const cols = report.collective.sectorScores;
  const id = (s: (typeof cols)[number]) => oneLine(s.sector === MERGED ? collectiveText[ctx.lang].privacy.mergedShort : s.sector);
  const gapW = Math.max(displayWidth(t.spread), 5);
  const longestId = Math.max(...cols.map((s) => displayWidth(id(s))));
  const cellW = Math.max(5, Math.min(longestId, MAX_CELL, Math.floor((width - 24 - gapW - GAP) / cols.length) - GAP));
  const longestTitle = Math.max(...report.dimensions.map((d) => displayWidth(oneLine(d.title))));
  const titleW = Math.max(12, Math.min(width - cols.length * (cellW + GAP) - gapW - GAP, longestTitle));
  const cut = (s: string) => (displayWidth(s) <= cellW ? s : `${[...s].slice(0, cellW - 1).join('')}…`);
  const gap = ' '.repeat(GAP);

  const head = [pad(t.dimension, titleW), ...cols.map((s) => right(cut(id(s)), cellW)), right(t.spread, gapW)].join(gap);
  const lines = [sectionHeading(t.title, c, width), c.dim(para(t.intro, width)), '', c.bold(head.trimEnd()), c.dim('─'.repeat(Math.min(width, displayWidth(head))))];
  for (const d of report.dimensions) {
    const title = wrap(oneLine(d.title), titleW);
    const cells = cols.map((s) => right(num(s.scores.find((x) => x.dimension === d.id)?.score ?? null, ctx.lang), cellW));
    lines.push([pad(title[0]!, titleW), ...cells, right(num(sectorGap(report, d.id), ctx.lang), gapW)].join(gap).trimEnd());
    for (const more of title.slice(1)) lines.push(more);
  }
  lines.push('', `${t.columns}${ctx.lang === 'fr' ? ' :' : ':'}`);
  for (const s of cols) lines.push(para(`${oneLine(s.label)} (${s.responses})`, width, `  ${pad(cut(id(s)), cellW)}  `));
  lines.push(c.dim(para(t.spreadNote, width)));
  return lines.join('\n');
}

function comments(report: Report, { ctx, c, width }: Frame): string {
  const t = collectiveText[ctx.lang].comments;
  const n = report.collective.comments.length;
  if (!n) return '';
  if (!ctx.comments) return c.dim(para(t.count(n), width));
  const lines = [sectionHeading(t.title, c, width)];
  if (!ctx.withNames) lines.push(c.dim(para(t.anonymous, width)));
  for (const g of commentGroups(report)) {
    lines.push('', c.bold(para(oneLine(g.dimension.title), width)));
    g.questions.forEach((q, i) => {
      if (i > 0) lines.push('');
      lines.push(para(oneLine(q.text), width, '  '));
      if (ctx.explain) lines.push(c.dim(para(oneLine(q.id), width, '  ')));
      for (const x of q.comments) {
        const who = whoParts(report, x, ctx.withNames).map(oneLine).join(', ');
        const level = `[${oneLine(levelText(report, x.value, ctx.lang))}]`;
        const head = who ? `${level} ${who}${ctx.lang === 'fr' ? ' : ' : ': '}` : `${level} `;
        lines.push(para(`${head}${oneLine(x.comment)}`, width, '    • '));
      }
    });
  }
  return lines.join('\n');
}
