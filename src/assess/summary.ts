// The end of a session on one screen: the gate, the dimensions' scores, the first challenges, where the answers are
// and how to get the full report. Built from the report's own pieces (reporters/advice.ts), not re-derived.
import { gateHeadline, recommendationHeading } from '../reporters/advice.js';
import { displayWidth, truncate } from '../io/width.js';
import { emptyRecommendations, KINDS } from '../reporters/advice.js';
import { num, targetText } from '../reporters/format.js';
import { reportText } from '../i18n/report.js';
import { oneLine } from '../io/sanitize.js';
import type { Report } from '../scoring/report.js';
import type { View } from './screens.js';
import { commandLine } from './shell.js';

const MARK = { met: '✓', fragile: '~', unmet: '✗', unknown: '?' } as const;
/** Challenges shown: the rest are in the full report. */
export const TOP = 3;

/** One line of at most `width` columns: the start of `text`, with an ellipsis when cut. */
const fit = (text: string, width: number): string => truncate(oneLine(text), width);

/**
 * The summary, one line per item (the commands may wrap: they are meant to be copied whole). `commands`:
 * how to print the full report and write it as HTML, or undefined when the report was written to a file.
 */
export function endSummary(view: View, report: Report, path: string, commands: { full: string[]; html: string[] } | { written: string }): string {
  const { t, c, lang } = view;
  const rt = reportText[lang];
  const s = t.end.summary;
  const width = Math.max(40, Math.min(view.width, 100)) - 1;
  const head = gateHeadline(report, lang);
  const colour = head.status === 'met' ? c.green : c.yellow;
  const lines = [colour(c.bold(fit(`${MARK[head.status]} ${head.text}`, width)))];

  // The scores: a title column, then the score and the target right-aligned.
  const rows = report.dimensions.map((d) => ({ d, score: num(d.score, lang), target: targetText(d.target, lang) }));
  const scoreW = Math.max(displayWidth(rt.table.score), ...rows.map((r) => displayWidth(r.score)));
  const targetW = Math.max(displayWidth(rt.table.target), ...rows.map((r) => displayWidth(r.target)));
  const titleW = width - 4 - scoreW - 2 - targetW - 2;
  const right = (text: string, w: number) => ' '.repeat(Math.max(0, w - displayWidth(text))) + text;
  KINDS.forEach((kind, k) => {
    const group = rows.filter((r) => r.d.kind === kind);
    if (!group.length) return;
    const label = fit(rt.groups[kind], titleW + 4);
    const columns = k === 0 ? `${right(rt.table.score, scoreW)}  ${right(rt.table.target, targetW)}` : '';
    lines.push(c.bold(`${label}${' '.repeat(Math.max(1, titleW + 4 + 2 - displayWidth(label)))}${columns}`.trimEnd()));
    for (const { d, score, target } of group) {
      const status = kind === 'precondition' ? report.gate.preconditions.find((p) => p.id === d.id)?.status : undefined;
      const mark = status ? MARK[status] : d.score === null ? '?' : d.score >= d.target ? '✓' : '·';
      const title = fit(d.title, titleW);
      lines.push(`  ${mark} ${title}${' '.repeat(titleW - displayWidth(title))}  ${right(score, scoreW)}  ${right(target, targetW)}`);
    }
  });

  const top = report.recommendations.slice(0, TOP);
  if (top.length) {
    lines.push(c.bold(fit(s.challenges(top.length, report.recommendations.length), width)));
    for (const r of top) lines.push(`  ${r.rank}. ${fit(recommendationHeading(r, report, lang, oneLine), width - 5)}`);
  } else lines.push(fit(emptyRecommendations(report, lang), width));

  lines.push(`${s.answers}${t.colon}${oneLine(path)}`);
  if ('written' in commands) lines.push(`${s.written}${t.colon}${oneLine(commands.written)}`);
  else lines.push(`${s.full}${t.colon}${oneLine(commandLine([], commands.full))}`, `${s.html}${t.colon}${oneLine(commandLine([], commands.html))}`);
  return `${lines.join('\n')}\n`;
}
