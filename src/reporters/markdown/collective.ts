// The collective part of the Markdown report: every question to discuss, sectors, scores per sector, comments.
import { collectiveText } from '../../i18n/collective.js';
import type { Report } from '../../scoring/report.js';
import { escapeMarkdown as md } from './escape.js';
import { num } from '../format.js';
import type { ReporterContext } from '../types.js';
import { codeId, commentGroups, incompleteText, levelText, missingText, privacyLines, sectorGap, splitText, whoParts } from '../collective.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** Starts with a blank line and ends with a newline, to follow the main report's last block. */
export function collectiveMarkdown(report: Report, ctx: ReporterContext): string {
  const blocks = [divergences(report, ctx), sectors(report, ctx), comments(report, ctx)].filter(Boolean);
  return blocks.length ? `\n${blocks.join('\n\n')}\n` : '';
}

function divergences(report: Report, ctx: ReporterContext): string {
  const t = collectiveText[ctx.lang];
  if (report.responses < 2) return ['> [!NOTE]', `> ${t.single}`].join('\n');
  const list = report.collective.divergences;
  const title = `## ${t.divergences.title}`;
  if (!list.length) return `${title}\n\n${t.divergences.none}`;
  const total = report.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const levels = report.scale.map((l) => `${l.value} ${md(l.label)}`);
  return [
    title,
    '',
    t.divergences.intro(list.length, total),
    '',
    row(['#', t.divergences.question, t.divergences.range, t.divergences.sdShort, ...levels]),
    row(['--:', ':--', ':-:', '--:', ...levels.map(() => '--:')]),
    ...list.map((x, i) =>
      row([
        String(i + 1),
        ctx.explain ? `${md(x.text)}<br>${codeId(x.id, md)}` : md(x.text),
        splitText(x, ctx.lang),
        num(x.dispersion, ctx.lang),
        ...x.distribution.map(String),
      ]),
    ),
    '',
    `_${t.divergences.note}_`,
  ].join('\n');
}

function sectors(report: Report, ctx: ReporterContext): string {
  const t = collectiveText[ctx.lang];
  const out = [`## ${t.sectors.title}`, '', row([t.sectors.sector, t.sectors.responses]), row([':--', '--:'])];
  for (const s of report.sectors) out.push(row([md(s.label), String(s.responses)]));
  const missing = report.collective.missingSectors;
  out.push('');
  if (missing.length) out.push('> [!WARNING]', `> ${missingText(report, ctx.lang, md)} ${t.sectors.catchAll}`);
  else out.push(t.sectors.allThere);
  const incomplete = incompleteText(report, ctx.lang, md, ctx.withNames);
  if (incomplete) out.push('', '> [!NOTE]', `> ${incomplete}`);
  for (const line of privacyLines(report, ctx.lang)) out.push('', '> [!NOTE]', `> ${md(line)}`);
  if (report.responses >= 2 && report.collective.sectorScores.length) out.push('', bySector(report, ctx));
  return out.join('\n');
}

function bySector(report: Report, ctx: ReporterContext): string {
  const t = collectiveText[ctx.lang].bySector;
  const cols = report.collective.sectorScores;
  return [
    `### ${t.title}`,
    '',
    `_${t.intro}_`,
    '',
    row([t.dimension, ...cols.map((s) => `${md(s.label)} (${s.responses})`), t.spread]),
    row([':--', ...cols.map(() => '--:'), '--:']),
    ...report.dimensions.map((d) =>
      row([md(d.title), ...cols.map((s) => num(s.scores.find((x) => x.dimension === d.id)?.score ?? null, ctx.lang)), num(sectorGap(report, d.id), ctx.lang)]),
    ),
    '',
    `_${t.spreadNote}_`,
  ].join('\n');
}

function comments(report: Report, ctx: ReporterContext): string {
  const t = collectiveText[ctx.lang].comments;
  const groups = commentGroups(report);
  if (!groups.length) return '';
  const out = [`## ${t.title}`];
  if (!ctx.withNames) out.push('', `_${t.anonymous}_`);
  for (const g of groups) {
    out.push('', `### ${md(g.dimension.title)}`);
    for (const q of g.questions) {
      out.push('', `**${md(q.text)}**${ctx.explain ? ` ${codeId(q.id, md)}` : ''}`, '');
      for (const x of q.comments) {
        const who = whoParts(report, x, ctx.withNames).map(md).join(', ');
        out.push(`- **${md(levelText(report, x.value, ctx.lang))}**${who ? ` — ${who}` : ''}${ctx.lang === 'fr' ? ' :' : ':'} ${md(x.comment)}`);
      }
    }
  }
  return out.join('\n');
}
