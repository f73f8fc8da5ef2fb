// The Markdown report (GitHub-flavoured): for job summaries, merge requests and READMEs; doubles as an action plan.
import { reportText } from '../../i18n/report.js';
import type { DimensionResult, RecommendationResult, Report } from '../../scoring/report.js';
import { collectiveMarkdown } from './collective.js';
import { basisText, discussionPrompts, explainLines, fewResponses, gateBands, gateHeadline, preconditionLines, reasonText, recommendationHeading } from '../advice.js';
import { coverageWords, dimensionsOf, emptyRecommendations, indexText, KINDS, sectorList } from '../advice.js';
import { barText } from '../bar.js';
import { dateRange, num, targetText } from '../format.js';
import type { Reporter, ReporterContext } from '../types.js';
import { escapeMarkdown } from './escape.js';
import { verdictMarkdown } from './verdict.js';

const md = escapeMarkdown;

export const report: Reporter = (report, ctx) => {
  const blocks = [header(report, ctx), verdictMarkdown(report, ctx), gate(report, ctx), dimensions(report, ctx), notes(report, ctx), recommendations(report, ctx)];
  return `${blocks.filter(Boolean).join('\n\n')}\n${collectiveMarkdown(report, ctx)}${prompts(report, ctx)}`;
};

const colon = (ctx: ReporterContext) => (ctx.lang === 'fr' ? ' :' : ':');

function header(report: Report, ctx: ReporterContext): string {
  const t = reportText[ctx.lang];
  const q = report.questionnaire;
  const item = (label: string, value: string) => `- **${label}${colon(ctx)}** ${value}`;
  return [
    `# ${t.title(md(report.territory))}`,
    '',
    item(t.questionnaire, `${md(q.title)} (${t.version(md(q.version))})`),
    item(t.responses, String(report.responses)),
    item(t.sectors, md(sectorList(report))),
    item(t.dates, dateRange(report.dates, ctx.lang)),
    '',
    `_${t.verdict}_`,
  ].join('\n');
}

const MARK = { met: '✅', fragile: '🟡', unmet: '❌', unknown: '❔' } as const;

/** An alert box when a precondition is unmet or unknown (GitHub renders it; elsewhere it stays a quote). */
function gate(report: Report, ctx: ReporterContext): string {
  const t = reportText[ctx.lang].gate;
  const head = gateHeadline(report, ctx.lang);
  const lines = [
    `**${head.text}**`,
    '',
    ...preconditionLines(report, ctx.lang, md).map((p) => `- ${MARK[p.status]} ${p.text}`),
    '',
    ...(head.status === 'unmet' ? [t.advice, ''] : []),
    ...[fewResponses(report, ctx.lang)].flatMap((few) => (few ? [`**${few}**`, ''] : [])),
    `_${gateBands(report, ctx.lang)}_`,
  ];
  if (head.status === 'met' || head.status === 'fragile') return lines.join('\n');
  return ['> [!WARNING]', ...lines.map((l) => (l ? `> ${l}` : '>'))].join('\n');
}

function dimensions(report: Report, ctx: ReporterContext): string {
  const t = reportText[ctx.lang];
  const head = [t.table.dimension, t.table.score, t.table.bar, t.table.band, t.table.target, t.table.gap, t.table.coverage];
  const align = [':--', '--:', ':--', ':--', '--:', '--:', ':--'];
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out: string[] = [];
  for (const kind of KINDS) {
    const dims = dimensionsOf(report, kind);
    if (!dims.length) continue;
    const index = indexText(report.indices[kind === 'precondition' ? 'preconditions' : 'components'], ctx.lang);
    out.push(
      `## ${t.groups[kind]}`,
      '',
      row(head),
      row(align),
      ...dims.map((d) => row(cells(d, ctx))),
      '',
      `**${t.indices[kind]}${colon(ctx)} ${index.value}** ${index.rest}`,
      '',
    );
  }
  out.push(`_${t.legend.bar} ${t.legend.coverage}_`);
  return out.join('\n');
}

function cells(d: DimensionResult, ctx: ReporterContext): string[] {
  const t = reportText[ctx.lang];
  const L = ctx.lang;
  const scored = d.score !== null;
  return [
    md(d.title),
    num(d.score, L),
    scored ? `\`${barText(d.score!, d.target)}\`` : '',
    scored ? md(d.band?.label ?? '—') : `_${t.notEnough}_`,
    targetText(d.target, L),
    num(d.gap, L),
    coverageWords(d, L).join(t.coverage.sep),
  ];
}

function notes(report: Report, ctx: ReporterContext): string {
  const t = reportText[ctx.lang];
  const unknown = report.dimensions.filter((d) => d.coverage.manyUnknown).map((d) => d.title);
  if (!unknown.length) return '';
  return ['> [!NOTE]', `> ${t.manyUnknown(unknown.map(md).join(', '))}`].join('\n');
}

function recommendations(report: Report, ctx: ReporterContext): string {
  const t = reportText[ctx.lang];
  const title = `## ${t.recommendations}`;
  if (!report.recommendations.length) return `${title}\n\n${emptyRecommendations(report, ctx.lang)}`;
  return [title, '', `_${t.rankNote}_`, '', ...report.recommendations.map((r) => recommendation(r, report, ctx))].join('\n');
}

function recommendation(r: RecommendationResult, report: Report, ctx: ReporterContext): string {
  const t = reportText[ctx.lang];
  const L = ctx.lang;
  const lines = [`- [ ] **${r.rank}. ${recommendationHeading(r, report, L, md)}** (${reasonText(r, report, L, md)})`];
  if (ctx.explain) for (const line of explainLines(r, report, L, md)) lines.push(`  - _${line}_`);
  if (r.practices.length) lines.push(`  - ${t.practices}${colon(ctx)}`);
  else if (!r.seeAlso.length) lines.push(`  - ${t.noPractice}`);
  for (const p of r.practices) lines.push(`    - ${md(p.text)}${ctx.explain ? ` _(${basisText(p, report, L, md)})_` : ''}`);
  if (r.seeAlso.length) lines.push(`  - _${t.seeAlso(r.seeAlso)}_`);
  return lines.join('\n');
}

/** Three questions to open the discussion, at the very end. */
function prompts(report: Report, ctx: ReporterContext): string {
  const list = discussionPrompts(report, ctx.lang, md);
  if (!list.length) return '';
  return `\n## ${reportText[ctx.lang].prompts.title}\n\n${list.map((p, i) => `${i + 1}. ${p}`).join('\n')}\n`;
}
