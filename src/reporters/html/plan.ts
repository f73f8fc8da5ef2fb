// The action plan in HTML: plan show's page (a table, done actions ticked), and the section of compare --plan and trend --plan.
import { VERSION } from '../../core/version.js';
import { htmlText } from '../../i18n/html.js';
import { planText } from '../../i18n/plan.js';
import type { Plan, PlanStatus } from '../../plan/schema.js';
import type { Lang } from '../../questionnaire/schema.js';
import { longDate, signed } from '../format.js';
import { countsText, type FollowedChanges, ownerDue, STATUS_MARK, statusWord } from '../plan.js';
import { esc } from './escape.js';
import { CSS } from './css.js';
import { page } from './page.js';

/** Rules of the plan's rendering, added to the reports' stylesheet (page() takes a whole stylesheet). */
export const PLAN_CSS = `
.status { white-space: nowrap; font-weight: 600; }
.status-done { color: var(--ok); }
.status-doing { color: var(--warn); }
.status-dropped { color: var(--muted); }
table.plan td.action-title-cell { width: 36%; }
tr.action-dropped td.action-title-cell { text-decoration: line-through; color: var(--muted); }
ul.follow { list-style: none; padding-left: 0; margin: 4px 0 0; }
ul.follow li { margin-bottom: 4px; }
`;

const status = (s: PlanStatus, lang: Lang) =>
  `<span class="status status-${s}"><span aria-hidden="true">${STATUS_MARK[s]}</span> ${esc(statusWord(s, lang))}</span>`;

export function planHtml(plan: Plan, lang: Lang, titles: Map<string, string> | null = null): string {
  const t = planText[lang].show;
  const h = htmlText[lang];
  const counts = { todo: 0, doing: 0, done: 0, dropped: 0 };
  for (const a of plan.actions) counts[a.status]++;
  const item = (dt: string, dd: string) => `<div><dt>${esc(dt)}</dt><dd>${dd}</dd></div>`;
  const rows = plan.actions.map(
    (a) =>
      `<tr class="action-${a.status}"><td>${status(a.status, lang)}</td><td class="action-title-cell">${esc(a.title)}</td>` +
      `<td>${a.owner ? esc(a.owner) : a.status === 'todo' || a.status === 'doing' ? `<span class="na">${esc(t.noOwner)}</span>` : '—'}</td><td class="nowrap">${a.due ? esc(longDate(a.due, lang)) : '—'}</td>` +
      `<td class="small">${a.dimensions.map((d) => esc(titles?.get(d) ?? d)).join(', ')}</td><td class="small">${a.notes ? esc(a.notes) : ''}</td></tr>`,
  );
  const body = [
    '<header class="report-header">',
    `<p class="kicker">${esc(h.kicker)}</p>`,
    `<h1>${esc(t.title(plan.territory))}</h1>`,
    '<dl class="meta">',
    item(t.questionnaire, esc(plan.questionnaire)),
    ...(plan.from ? [item(t.from, esc(longDate(plan.from, lang)))] : []),
    item(t.progress, esc(countsText(counts, lang))),
    '</dl>',
    '</header>',
    '<main>',
    plan.actions.length
      ? [
          '<table class="plan">',
          `<thead><tr>${[t.table.status, t.table.action, t.table.owner, t.table.due, t.table.dimensions, t.table.notes].map((x) => `<th scope="col">${esc(x)}</th>`).join('')}</tr></thead>`,
          `<tbody>${rows.join('\n')}</tbody>`,
          '</table>',
        ].join('\n')
      : `<p>${esc(t.none)}</p>`,
    '</main>',
  ].join('\n');
  return page({ lang, title: t.docTitle(plan.territory), generator: `impact-collectif ${VERSION}`, body, css: CSS + PLAN_CSS });
}

export function followUpHtml(x: FollowedChanges, lang: Lang): string {
  if (!x.plan) return '';
  const t = planText[lang].followUp;
  const li = (a: NonNullable<FollowedChanges['plan']>['elsewhere'][number]) =>
    `<li>${status(a.status, lang)} — ${esc(a.title)}${ownerDue(a, lang) ? ` <span class="small muted">(${esc(ownerDue(a, lang))})</span>` : ''}</li>`;
  const out = ['<section aria-labelledby="plan-heading" id="plan">', `<h2 id="plan-heading">${esc(t.title)}</h2>`, `<p>${esc(t.intro(countsText(x.plan.counts, lang)))}</p>`];
  for (const d of x.plan.dimensions) {
    const change = x.dimensions.find((y) => y.id === d.id);
    if (!change) continue;
    out.push(`<h3>${esc(change.title)} <span class="change${change.change && change.change > 0 ? ' up' : change.change && change.change < 0 ? ' down' : ''}">${esc(signed(change.change, lang))}</span></h3>`);
    out.push(d.actions.length ? `<ul class="follow">${d.actions.map(li).join('')}</ul>` : `<p class="small muted">${esc(t.noAction)}</p>`);
  }
  if (x.plan.elsewhere.length) out.push(`<h3>${esc(t.elsewhere)}</h3>`, `<ul class="follow">${x.plan.elsewhere.map(li).join('')}</ul>`);
  out.push(`<p class="small muted">${esc(t.note)}</p>`, '</section>');
  return out.join('\n');
}
