// The comparison in Markdown (GitHub-flavoured): for job summaries and the minutes of a yearly review.
import type { Comparison } from '../../compare/schema.js';
import { compareText } from '../../i18n/compare.js';
import { escapeMarkdown as md } from './escape.js';
import { KINDS } from '../advice.js';
import { num, signed } from '../format.js';
import type { CompareReporter, ReporterContext } from '../types.js';
import { bandText, gateText, leftOutChange, sectorsChanged, sideText } from '../comparison.js';
import { followUpMarkdown } from './plan.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const colon = (ctx: ReporterContext) => (ctx.lang === 'fr' ? ' :' : ':');

export const compare: CompareReporter = (comparison, ctx) => {
  const changed = sectorsChanged(comparison, ctx.lang, md);
  const blocks = [header(comparison, ctx), changed && `> [!WARNING]\n> ${changed}`, scope(comparison, ctx), table(comparison, ctx), gate(comparison, ctx), moved(comparison, ctx), sectors(comparison, ctx), followUpMarkdown(comparison, ctx.lang)];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
};

function header(x: Comparison, ctx: ReporterContext): string {
  const t = compareText[ctx.lang];
  const item = (label: string, value: string) => `- **${label}${colon(ctx)}** ${value}`;
  const version = x.scope.versionChanged ? t.versions(md(x.before.version), md(x.after.version)) : t.version(md(x.after.version));
  const territories = x.before.territory !== x.after.territory;
  const sideLine = (s: Comparison['before']) => `${md(sideText(s, ctx.lang))}${territories ? `, ${t.territory(md(s.territory))}` : ''}`;
  return [
    `# ${t.title(md(x.after.territory))}`,
    '',
    item(t.questionnaire, `${md(x.questionnaire.title)} (${version})`),
    item(t.before, sideLine(x.before)),
    item(t.after, sideLine(x.after)),
  ].join('\n');
}

function scope(x: Comparison, ctx: ReporterContext): string {
  const t = compareText[ctx.lang].scope;
  if (!x.scope.versionChanged && !x.scope.recomputed) return '';
  const intro = [
    ...(x.scope.versionChanged ? [t.versionChanged(md(x.before.version), md(x.after.version))] : []),
    x.scope.recomputed ? t.recomputed(x.scope.sharedQuestions) : t.same,
  ].join(' ');
  const out = ['> [!NOTE]', `> ${intro}`];
  const { dimensions, questions } = x.scope.leftOut;
  if (dimensions.length || questions.length) {
    const only = (side: 'before' | 'after') => (side === 'before' ? t.onlyBefore : t.onlyAfter);
    out.push('>', `> ${t.leftOut}${colon(ctx)}`, '>');
    for (const d of dimensions) out.push(`> - ${md(d.title)} (${t.dimension}, ${only(d.side)})`);
    for (const q of questions) out.push(`> - ${md(q.text)} (${md(leftOutChange(q, ctx.lang))})`);
  }
  return out.join('\n');
}

function table(x: Comparison, ctx: ReporterContext): string {
  const t = compareText[ctx.lang];
  const L = ctx.lang;
  const out = [
    `## ${t.scores}`,
    '',
    row([t.table.dimension, t.table.before, t.table.after, t.table.change, t.table.band]),
    row([':--', '--:', '--:', '--:', ':--']),
  ];
  for (const kind of KINDS) {
    const dims = x.dimensions.filter((d) => d.kind === kind);
    if (!dims.length) continue;
    out.push(row([`**${t.groups[kind]}**`, '', '', '', '']));
    for (const d of dims) {
      const band = md(bandText(d));
      out.push(row([md(d.title), num(d.before.score, L), num(d.after.score, L), signed(d.change, L), d.bandChanged ? `**${band}**` : band]));
    }
  }
  for (const kind of KINDS) {
    const i = x.indices[kind === 'precondition' ? 'preconditions' : 'components'];
    out.push(row([`**${t.indices[kind]}**`, num(i.before, L), num(i.after, L), `**${signed(i.change, L)}**`, '']));
  }
  out.push('', `_${t.legend}_`);
  return out.join('\n');
}

function gate(x: Comparison, ctx: ReporterContext): string {
  const t = compareText[ctx.lang];
  const mark = (met: boolean) => (met ? '✓' : '⚠');
  return [
    `## ${t.gate.title}`,
    '',
    `- ${mark(x.gate.before.met)} **${t.before}${colon(ctx)}** ${gateText(x, 'before', ctx.lang, md)}`,
    `- ${mark(x.gate.after.met)} **${t.after}${colon(ctx)}** ${gateText(x, 'after', ctx.lang, md)}`,
  ].join('\n');
}

function moved(x: Comparison, ctx: ReporterContext): string {
  const t = compareText[ctx.lang];
  const L = ctx.lang;
  const out = [`## ${t.moved.title}`, ''];
  if (!x.questions.length) out.push(t.moved.none);
  else {
    out.push(row([t.table.change, 'Question', t.table.before, t.table.after]), row(['--:', ':--', '--:', '--:']));
    for (const q of x.questions) out.push(row([signed(q.change, L), md(q.text), num(q.before, L), num(q.after, L)]));
  }
  out.push('', t.toDiscuss(x.toDiscuss.before, x.toDiscuss.after));
  return out.join('\n');
}

function sectors(x: Comparison, ctx: ReporterContext): string {
  const t = compareText[ctx.lang];
  const { joined, left, counts } = x.sectors;
  const out = [`## ${t.sectors.title}`, '', row([t.sectors.sector, t.before, t.after]), row([':--', '--:', '--:'])];
  for (const s of counts) out.push(row([md(s.label), String(s.before), String(s.after)]));
  out.push('');
  if (!joined.length && !left.length) out.push(t.sectors.none);
  if (joined.length) out.push(`- **${t.sectors.joined}${colon(ctx)}** ${joined.map((s) => md(s.label)).join(', ')}`);
  if (left.length) out.push(`- **${t.sectors.left}${colon(ctx)}** ${left.map((s) => md(s.label)).join(', ')}`);
  return out.join('\n');
}
