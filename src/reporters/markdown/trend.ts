// The trend in Markdown (GitHub-flavoured): points, who answered, what a version change left out, the table of scores, and with --plan the actions beside each dimension's change.
import { compareText } from '../../i18n/compare.js';
import { trendText } from '../../i18n/trend.js';
import type { Trend } from '../../trend/schema.js';
import { num, signed } from '../format.js';
import { pointText, populationWarning, questionnaireChanges, scopeIntro, sparkline, trendRows } from '../series.js';
import type { ReporterContext, TrendReporter } from '../types.js';
import { escapeMarkdown as md } from './escape.js';
import { followUpMarkdown } from './plan.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const colon = (ctx: ReporterContext) => (ctx.lang === 'fr' ? ' :' : ':');

export const trend: TrendReporter = (x, ctx) => {
  const warnings = x.populationChanges.map((c) => `> [!WARNING]\n> ${populationWarning(x, c, ctx.lang, md)}`);
  const blocks = [header(x, ctx), ...warnings, scope(x, ctx), table(x, ctx), followUpMarkdown(x, ctx.lang)];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
};

function header(x: Trend, ctx: ReporterContext): string {
  const t = trendText[ctx.lang];
  const ct = compareText[ctx.lang];
  const versions = [...new Set(x.points.map((p) => p.version))];
  const version = versions.length > 1 ? ct.versions(md(versions[0]!), md(versions[versions.length - 1]!)) : ct.version(md(versions[0]!));
  return [
    `# ${t.title(md(x.territory))}`,
    '',
    `- **${ct.questionnaire}${colon(ctx)}** ${md(x.questionnaire.title)} (${version})`,
    `- **${t.points}${colon(ctx)}** ${t.order[x.order]}`,
    ...x.points.map((p, i) => `  - **${md(p.label)}${colon(ctx)}** ${md(pointText(x, i, ctx.lang))}`),
  ].join('\n');
}

function scope(x: Trend, ctx: ReporterContext): string {
  const intro = scopeIntro(x, ctx.lang);
  if (!intro) return '';
  const out = ['> [!NOTE]', `> ${md(intro)}`];
  for (const change of questionnaireChanges(x, ctx.lang)) {
    if (!change.items.length) continue;
    out.push('>', `> ${md(change.heading)}${colon(ctx)}`, '>');
    for (const item of change.items) out.push(`> - ${md(item)}`);
  }
  return out.join('\n');
}

function table(x: Trend, ctx: ReporterContext): string {
  const t = trendText[ctx.lang];
  const ct = compareText[ctx.lang];
  const L = ctx.lang;
  const out = [
    `## ${ct.scores}`,
    '',
    row([t.table.dimension, t.table.trend, ...x.points.map((p) => md(p.label)), t.changeLong]),
    row([':--', ':--', ...x.points.map(() => '--:'), '--:']),
  ];
  let kind = '';
  for (const r of trendRows(x, L)) {
    if (r.kind !== kind && r.kind !== 'index') out.push(row([`**${ct.groups[r.kind]}**`, '', ...x.points.map(() => ''), '']));
    kind = r.kind;
    const values = r.series.map((v, i) => `${num(v, L)}${r.marked[i] ? '\\*' : ''}`);
    const title = r.kind === 'index' ? `**${md(r.title)}**` : md(r.title);
    out.push(row([title, sparkline(r.series), ...values, r.kind === 'index' ? `**${signed(r.change, L)}**` : signed(r.change, L)]));
  }
  out.push(row([t.table.responses, '', ...x.points.map((p) => String(p.responses)), '']));
  out.push('', `_${md(t.legend)}_`);
  return out.join('\n');
}
