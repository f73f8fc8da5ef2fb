// compare --plan and trend --plan in the terminal: each dimension's change, and under it the actions that targeted it with their status.
import { planText } from '../../i18n/plan.js';
import { oneLine } from '../../io/sanitize.js';
import { signed } from '../format.js';
import { countsText, type FollowedChanges, ownerDue, STATUS_MARK, statusWord } from '../plan.js';
import { heading, para, type Frame } from './frame.js';

export function followUp(x: FollowedChanges, { ctx, c, width }: Frame): string {
  if (!x.plan) return '';
  const t = planText[ctx.lang].followUp;
  const L = ctx.lang;
  const lines = [heading(t.title, '─', c, width), '', para(t.intro(countsText(x.plan.counts, L)), width)];
  const paint = { done: c.green, doing: c.yellow, todo: (s: string) => s, dropped: c.dim };
  for (const d of x.plan.dimensions) {
    const change = x.dimensions.find((y) => y.id === d.id);
    if (!change) continue;
    const value = signed(change.change, L);
    lines.push('', c.bold(`${oneLine(change.title)}  ${change.change === null || change.change === 0 ? value : change.change > 0 ? c.green(value) : c.yellow(value)}`));
    if (!d.actions.length) lines.push(c.dim(para(t.noAction, width, '  ')));
    for (const a of d.actions) {
      lines.push(para(`${oneLine(a.title)} (${[statusWord(a.status, L), oneLine(ownerDue(a, L))].filter(Boolean).join(' — ')})`, width, `  ${paint[a.status](STATUS_MARK[a.status])} `, '    '));
    }
  }
  if (x.plan.elsewhere.length) {
    lines.push('', c.bold(t.elsewhere));
    for (const a of x.plan.elsewhere) lines.push(para(`${oneLine(a.title)} (${[statusWord(a.status, L), oneLine(ownerDue(a, L))].filter(Boolean).join(' — ')})`, width, `  ${paint[a.status](STATUS_MARK[a.status])} `, '    '));
  }
  lines.push('', c.dim(para(t.note, width)));
  return lines.join('\n');
}
