// The action plan in Markdown: a task list GitHub and GitLab render (done actions ticked), and the section of compare --plan and trend --plan.
import { planText } from '../../i18n/plan.js';
import type { Plan } from '../../plan/schema.js';
import type { Lang } from '../../questionnaire/schema.js';
import { codeId } from '../collective.js';
import { longDate, signed } from '../format.js';
import { countsText, type FollowedChanges, ownerDue, statusWord } from '../plan.js';
import { escapeMarkdown as md } from './escape.js';

const colon = (lang: Lang) => (lang === 'fr' ? ' :' : ':');

/** `- [x] Title — owner · due`, dropped actions struck through, the status said in words when not obvious. */
function taskLine(a: Pick<Plan['actions'][number], 'title' | 'status' | 'owner' | 'due'>, lang: Lang): string {
  const title = a.status === 'dropped' ? `~~${md(a.title)}~~` : md(a.title);
  const status = a.status === 'doing' || a.status === 'dropped' ? ` (${statusWord(a.status, lang)})` : '';
  const who = ownerDue(a, lang, md);
  return `- [${a.status === 'done' ? 'x' : ' '}] ${title}${status}${who ? ` — ${who}` : ''}`;
}

/** `titles`: the dimensions' titles when the questionnaire is known (their ids otherwise). */
export function planMarkdown(plan: Plan, lang: Lang, titles: Map<string, string> | null = null): string {
  const t = planText[lang].show;
  const counts = { todo: 0, doing: 0, done: 0, dropped: 0 };
  for (const a of plan.actions) counts[a.status]++;
  const item = (label: string, value: string) => `- **${label}${colon(lang)}** ${value}`;
  const out = [
    `# ${t.title(md(plan.territory))}`,
    '',
    item(t.questionnaire, codeId(plan.questionnaire, md)),
    ...(plan.from ? [item(t.from, longDate(plan.from, lang))] : []),
    item(t.progress, countsText(counts, lang)),
    '',
  ];
  if (!plan.actions.length) out.push(t.none);
  for (const a of plan.actions) {
    const about = [
      `${t.dimensions}${colon(lang)} ${a.dimensions.map((d) => (titles?.has(d) ? md(titles.get(d)!) : codeId(d, md))).join(', ')}`,
      ...(a.challenge ? [`${t.challenge}${colon(lang)} ${codeId(a.challenge, md)}`] : []),
    ].join(' · ');
    out.push(taskLine(a, lang), `  ${about}${a.notes ? `<br>\n  ${md(a.notes)}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

export function followUpMarkdown(x: FollowedChanges, lang: Lang): string {
  if (!x.plan) return '';
  const t = planText[lang].followUp;
  const out = [`## ${t.title}`, '', t.intro(countsText(x.plan.counts, lang))];
  for (const d of x.plan.dimensions) {
    const change = x.dimensions.find((y) => y.id === d.id);
    if (!change) continue;
    out.push('', `### ${md(change.title)} (${signed(change.change, lang)})`, '');
    if (!d.actions.length) out.push(`*${t.noAction}*`);
    for (const a of d.actions) out.push(taskLine(a, lang));
  }
  if (x.plan.elsewhere.length) {
    out.push('', `### ${t.elsewhere}`, '');
    for (const a of x.plan.elsewhere) out.push(taskLine(a, lang));
  }
  out.push('', `> ${t.note}`);
  return out.join('\n');
}
