// The comparison in the terminal: header, table of scores before/after with level changes, gate, questions, sectors.
import type { Comparison } from '../../compare/schema.js';
import { compareText } from '../../i18n/compare.js';
import { oneLine } from '../../io/sanitize.js';
import { displayWidth, wrap } from '../../io/width.js';
import { GAP, table } from '../../io/table.js';
import { KINDS } from '../advice.js';
import { bandText, gateText, leftOutChange, sectorsChanged, sideText } from '../comparison.js';
import { num, signed } from '../format.js';
import type { CompareReporter } from '../types.js';
import { field, frame, heading, para, type Frame } from './frame.js';
import { followUp } from './plan.js';

export const compare: CompareReporter = (comparison, ctx) => {
  const o = frame(ctx);
  const changed = sectorsChanged(comparison, ctx.lang, oneLine);
  const blocks = [header(comparison, o), changed && o.c.yellow(para(changed, o.width, '⚠ ')), scope(comparison, o), scores(comparison, o), gate(comparison, o), moved(comparison, o), sectors(comparison, o), followUp(comparison, o)];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
};

function header(x: Comparison, o: Frame): string {
  const t = compareText[o.ctx.lang];
  const L = o.ctx.lang;
  const version = x.scope.versionChanged ? t.versions(oneLine(x.before.version), oneLine(x.after.version)) : t.version(oneLine(x.after.version));
  const territories = x.before.territory !== x.after.territory;
  const sideLine = (s: Comparison['before']) => `${oneLine(sideText(s, L))}${territories ? `, ${t.territory(oneLine(s.territory))}` : ''}`;
  return [
    heading(t.title(oneLine(x.after.territory)), '═', o.c, o.width),
    field(t.questionnaire, `${oneLine(x.questionnaire.title)} (${version})`, o),
    field(t.before, sideLine(x.before), o),
    field(t.after, sideLine(x.after), o),
  ].join('\n');
}

/** Only when the sides differ in version or questions: what is compared, what is left out. */
function scope(x: Comparison, { ctx, c, width }: Frame): string {
  const t = compareText[ctx.lang].scope;
  if (!x.scope.versionChanged && !x.scope.recomputed) return '';
  const lines: string[] = [];
  const intro = [
    ...(x.scope.versionChanged ? [t.versionChanged(oneLine(x.before.version), oneLine(x.after.version))] : []),
    x.scope.recomputed ? t.recomputed(x.scope.sharedQuestions) : t.same,
  ].join(' ');
  lines.push(c.yellow(para(intro, width, 'ℹ ')));
  const { dimensions, questions } = x.scope.leftOut;
  if (dimensions.length || questions.length) {
    lines.push(`  ${t.leftOut}${ctx.lang === 'fr' ? ' :' : ':'}`);
    const only = (side: 'before' | 'after') => (side === 'before' ? t.onlyBefore : t.onlyAfter);
    for (const d of dimensions) lines.push(para(`${oneLine(d.title)} (${t.dimension}, ${only(d.side)})`, width, '  • '));
    for (const q of questions) lines.push(para(`${oneLine(q.text)} (${oneLine(leftOutChange(q, ctx.lang))})`, width, '  • '));
  }
  return lines.join('\n');
}

function scores(x: Comparison, { ctx, c, width }: Frame): string {
  const t = compareText[ctx.lang];
  const L = ctx.lang;
  const rows = x.dimensions.map((d) => ({ d, before: num(d.before.score, L), after: num(d.after.score, L), change: signed(d.change, L), band: oneLine(bandText(d)) }));
  const indexRows = KINDS.map((kind) => {
    const i = x.indices[kind === 'precondition' ? 'preconditions' : 'components'];
    return { title: t.indices[kind], before: num(i.before, L), after: num(i.after, L), change: signed(i.change, L), value: i.change };
  });
  const w = (head: string, cells: string[]) => Math.max(displayWidth(head), ...cells.map(displayWidth));
  const beforeW = w(t.table.before, [...rows.map((r) => r.before), ...indexRows.map((r) => r.before)]);
  const afterW = w(t.table.after, [...rows.map((r) => r.after), ...indexRows.map((r) => r.after)]);
  const changeW = w(t.table.change, [...rows.map((r) => r.change), ...indexRows.map((r) => r.change)]);
  const bandW = Math.min(w(t.table.band, rows.map((r) => r.band)), 28);
  const titleW = Math.max(16, width - beforeW - afterW - changeW - bandW - 4 * GAP);
  const paint = (s: string, change: number | null) => (change === null || change === 0 ? s : change > 0 ? c.green(s) : c.yellow(s));
  const columns = [titleW, beforeW, afterW, changeW, bandW].map((w, i) => ({ width: w, right: i >= 1 && i <= 3 }));

  const head = table([[t.table.dimension, t.table.before, t.table.after, t.table.change, t.table.band].map((h) => [h])], columns)[0]!;
  const lines = [c.bold(head), c.dim('─'.repeat(Math.min(width, titleW + beforeW + afterW + changeW + bandW + 4 * GAP)))];
  for (const kind of KINDS) {
    const group = rows.filter((r) => r.d.kind === kind);
    if (!group.length) continue;
    lines.push(c.bold(t.groups[kind].toUpperCase()));
    for (const r of group) {
      const band = wrap(r.band, bandW);
      lines.push(...table([[oneLine(r.d.title), [r.before], [r.after], [paint(r.change, r.d.change)], r.d.bandChanged ? c.bold(band.join('\n')).split('\n') : band]], columns));
    }
  }
  lines.push('');
  for (const r of indexRows) lines.push(...table([[c.bold(wrap(r.title, titleW).join('\n')).split('\n'), [r.before], [r.after], [paint(r.change, r.value)], []]], columns));
  lines.push(c.dim(para(t.legend, width)));
  return lines.join('\n');
}

function gate(x: Comparison, o: Frame): string {
  const t = compareText[o.ctx.lang];
  const L = o.ctx.lang;
  const mark = (met: boolean) => (met ? o.c.green('✓ ') : o.c.yellow('⚠ '));
  return [
    heading(t.gate.title, '─', o.c, o.width),
    '',
    para(`${t.before}${L === 'fr' ? ' : ' : ': '}${oneLine(gateText(x, 'before', L))}`, o.width, mark(x.gate.before.met), '  '),
    para(`${t.after}${L === 'fr' ? ' : ' : ': '}${oneLine(gateText(x, 'after', L))}`, o.width, mark(x.gate.after.met), '  '),
  ].join('\n');
}

function moved(x: Comparison, { ctx, c, width }: Frame): string {
  const t = compareText[ctx.lang];
  const L = ctx.lang;
  const lines = [heading(t.moved.title, '─', c, width), ''];
  if (!x.questions.length) lines.push(para(t.moved.none, width));
  const changeW = Math.max(0, ...x.questions.map((q) => displayWidth(signed(q.change, L))));
  x.questions.forEach((q, i) => {
    const change = signed(q.change, L);
    const first = `  ${' '.repeat(changeW - displayWidth(change))}${q.change > 0 ? c.green(change) : c.yellow(change)}  `;
    const indent = ' '.repeat(2 + changeW + 2);
    if (i > 0) lines.push('');
    lines.push(para(oneLine(q.text), width, first, indent), c.dim(para(t.moved.means(num(q.before, L), num(q.after, L)), width, indent)));
  });
  lines.push('', para(t.toDiscuss(x.toDiscuss.before, x.toDiscuss.after), width));
  return lines.join('\n');
}

function sectors(x: Comparison, { ctx, c, width }: Frame): string {
  const t = compareText[ctx.lang].sectors;
  const sep = ctx.lang === 'fr' ? ' : ' : ': ';
  const lines = [heading(t.title, '─', c, width), ''];
  const { joined, left, counts } = x.sectors;
  const count = (id: string, side: 'before' | 'after') => counts.find((s) => s.id === id)?.[side] ?? 0;
  if (!joined.length && !left.length) lines.push(para(t.none, width));
  if (joined.length) lines.push(para(`${t.joined}${sep}${joined.map((s) => `${oneLine(s.label)} (${t.responses(count(s.id, 'after'))})`).join(', ')}`, width, c.green('+ '), '  '));
  if (left.length) lines.push(para(`${t.left}${sep}${left.map((s) => `${oneLine(s.label)} (${t.responsesBefore(count(s.id, 'before'))})`).join(', ')}`, width, c.yellow('− '), '  '));
  return lines.join('\n');
}
