// The facilitator's kit in HTML: one self-contained page that prints on A4, the agenda first, then one placemat a
// page per dimension, the disagreements with their prompts, the recommendations and an empty action-plan table.
import { VERSION } from '../../core/version.js';
import { workshopText } from '../../i18n/workshop.js';
import type { Kit, Placemat } from '../../workshop/kit.js';
import { coverageWords } from '../advice.js';
import { levelText, scaleLegend, splitText } from '../collective.js';
import { num, targetText } from '../format.js';
import { distributionBars } from './collective.js';
import { esc } from './escape.js';
import { CSS } from './css.js';
import { page } from './page.js';
import { gateBanner, recommendations } from './sections.js';

/** Escaped, and in French the space before ? ! : ; » and after « made non-breaking: no line starts with a lone « ? ». */
function text(kit: Kit, s: string): string {
  return kit.lang === 'fr' ? esc(s).replace(/ ([?!:;\u00bb])/g, '\u00a0$1').replace(/\u00ab /g, '\u00ab\u00a0') : esc(s);
}

const KIT_CSS = `
.sheet { border-top: 1px dashed var(--line); padding-top: 20px; margin-top: 28px; }
.sheet:first-of-type { border-top: 0; padding-top: 0; margin-top: 0; }
.sheet h2 { margin-top: 0; }
table.agenda td, table.agenda th { vertical-align: top; }
table.agenda td.says { font-style: italic; width: 38%; }
table.agenda td.asks { width: 30%; }
table.agenda ul { margin: 0; padding-left: 16px; }
.facts { font-size: 14px; color: var(--pre-text); margin: 4px 0 0; }
.placemat-head { display: flex; justify-content: space-between; gap: 24px; align-items: flex-start; border-bottom: 4px solid var(--blue); padding-bottom: 8px; margin-bottom: 12px; }
.placemat-head h2 { border: 0; margin: 0; padding: 0; font-size: 24px; }
.placemat-head .summary { margin: 4px 0 0; color: var(--muted); }
.figures { display: grid; grid-template-columns: repeat(4, auto); gap: 2px 14px; text-align: right; white-space: nowrap; margin: 0; }
.figures dt { font-size: 13px; color: var(--muted); }
.figures dd { margin: 0; font-weight: 700; font-size: 18px; font-variant-numeric: tabular-nums; }
table.questions td { vertical-align: middle; }
.divergent-flag { display: block; color: var(--warn); font-weight: 700; font-size: 13px; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; margin-top: 12px; }
.columns h3 { margin-top: 0; }
.columns ul { margin: 0; padding-left: 18px; }
.columns li { margin-bottom: 4px; }
blockquote.comment { margin: 0 0 6px; padding: 2px 10px; }
.notes-box { border: 2px solid var(--line); border-radius: 6px; min-height: 150px; padding: 6px 10px; margin-top: 14px; }
.notes-box h3 { margin: 0; color: var(--muted); font-size: 14px; }
.divergence { border: 1px solid var(--line); border-left: 6px solid var(--warn-line); border-radius: 4px; padding: 8px 14px; margin: 0 0 10px; display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 4px 16px; }
.divergence h3 { margin: 0; font-size: 16px; }
.divergence ol { grid-column: 1 / -1; margin: 2px 0 0; padding-left: 20px; }
table.plan-grid td { height: 56px; border: 1px solid var(--line); }
table.plan-grid th { border: 1px solid var(--line); }
@media print {
  .sheet { border-top: 0; padding-top: 0; margin-top: 0; break-before: page; }
  .sheet:first-of-type { break-before: auto; }
  .placemat-head h2 { font-size: 16pt; }
  .figures dd { font-size: 12pt; }
  .figures dt, .facts, .divergent-flag { font-size: 8.5pt; }
  svg.dist { width: 84px; height: 40px; }
  table.agenda { font-size: 8.5pt; }
  table.agenda th, table.agenda td { padding: 3px 5px; }
  .notes-box { min-height: 35mm; }
  .divergence, .columns > div, table.agenda tr { break-inside: avoid; }
  table.plan-grid td { height: 16mm; }
  footer { margin-top: 12px; }
}
`;

function agenda(kit: Kit): string {
  const e = (s: string) => text(kit, s);
  const t = workshopText[kit.lang];
  const clock = (m: number) => t.agenda.clock(m % (24 * 60));
  const rows = kit.agenda.map((s) => {
    const step = t.steps[s.id];
    const facts = s.facts.map((f) => `<p class="facts">${e(f)}</p>`).join('');
    return (
      `<tr><td class="nowrap">${e(clock(s.from))} – ${e(clock(s.from + s.minutes))}<br><span class="small muted">${e(t.agenda.minutes(s.minutes))}</span></td>` +
      `<td><strong>${e(step.title)}</strong>${facts}</td><td class="says">${e(step.says)}</td>` +
      `<td class="asks"><ul>${step.asks.map((a) => `<li>${e(a)}</li>`).join('')}</ul></td></tr>`
    );
  });
  return [
    `<h2 id="agenda">${e(t.agenda.title)}</h2>`,
    `<p class="small">${e(t.agenda.intro)}</p>`,
    '<table class="agenda">',
    `<thead><tr><th scope="col">${e(t.agenda.time)}</th><th scope="col">${e(t.agenda.step)}</th><th scope="col">${e(t.agenda.says)}</th><th scope="col">${e(t.agenda.asks)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    `<p class="small muted">${e(t.agenda.material)}</p>`,
  ].join('\n');
}

function placemat(kit: Kit, p: Placemat): string {
  const e = (s: string) => text(kit, s);
  const t = workshopText[kit.lang].placemat;
  const L = kit.lang;
  const d = p.dimension;
  const report = kit.report;
  const figure = (dt: string, dd: string) => `<div><dt>${e(dt)}</dt><dd>${dd}</dd></div>`;
  const rows = d.questions.map((q) => {
    const divergent = p.divergent.includes(q.id) ? `<span class="divergent-flag">⚠ ${e(t.divergent)}</span>` : '';
    return (
      `<tr><td>${e(q.text)}${divergent}</td><td>${distributionBars(report, q.distribution, L)}</td>` +
      `<td class="num">${e(num(q.mean, L))}</td><td class="num">${q.unknown}</td></tr>`
    );
  });
  const comments = p.comments.map(
    (c) => `<blockquote class="comment"><p class="comment-meta"><strong>${e(levelText(report, c.value as 0 | 1 | 2 | 3 | 'unknown', L))}</strong></p><p class="comment-text">${e(c.text)}</p></blockquote>`,
  );
  return [
    `<section class="sheet placemat" id="placemat-${e(d.id)}" aria-labelledby="placemat-${e(d.id)}-heading">`,
    '<div class="placemat-head"><div>',
    `<p class="kicker">${e(t.kind[d.kind])}</p>`,
    `<h2 id="placemat-${e(d.id)}-heading">${e(d.title)}</h2>`,
    `<p class="summary small">${e(d.summary)}</p>`,
    '</div><dl class="figures">',
    figure(t.score, d.score === null ? `<span class="na">${e(t.notScored)}</span>` : `${e(num(d.score, L))}<span class="small muted"> / 100</span>`),
    figure(t.band, d.band ? e(d.band.label) : '—'),
    figure(t.target, e(targetText(d.target, L))),
    figure(t.gap, e(num(d.gap, L))),
    '</dl></div>',
    `<p class="small muted">${coverageWords(d, L).map(e).join(' · ')}</p>`,
    '<table class="questions">',
    `<thead><tr><th scope="col">${e(t.question)}</th><th scope="col">${e(t.answers)}</th><th scope="col" class="num">${e(t.mean)}</th><th scope="col" class="num">${e(t.unknown)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    `<p class="small muted">${e(t.legend(scaleLegend(report)))}</p>`,
    '<div class="columns">',
    `<div><h3>${e(t.asks)}</h3><ul>${p.asks.map((a) => `<li>${e(a)}</li>`).join('')}</ul></div>`,
    comments.length
      ? `<div><h3>${e(t.comments)}</h3>${comments.join('')}${p.moreComments ? `<p class="small muted">${e(t.moreComments(p.moreComments))}</p>` : ''}</div>`
      : '<div></div>',
    '</div>',
    `<div class="notes-box"><h3>${e(t.notes)}</h3></div>`,
    '</section>',
  ].join('\n');
}

function divergences(kit: Kit): string {
  const e = (s: string) => text(kit, s);
  const t = workshopText[kit.lang].divergences;
  const head = `<section class="sheet" id="divergences" aria-labelledby="divergences-heading"><h2 id="divergences-heading">${e(t.title)}</h2>`;
  if (kit.report.responses < 2) return `${head}<p>${e(t.single)}</p></section>`;
  if (!kit.divergences.length) return `${head}<p>${e(t.none)}</p></section>`;
  const items = kit.divergences.map(
    (x) =>
      `<div class="divergence"><div><h3>${e(x.divergence.text)}</h3><p class="small muted">${e(x.dimension)} · ${e(splitText(x.divergence, kit.lang))}</p></div>` +
      `<div>${distributionBars(kit.report, x.divergence.distribution, kit.lang)}</div>` +
      `<ol>${x.prompts.map((p) => `<li>${e(p)}</li>`).join('')}</ol></div>`,
  );
  return [head, `<p>${e(t.intro)}</p>`, ...items, `<p class="small muted">${e(scaleLegend(kit.report))}</p>`, '</section>'].join('\n');
}

function planGrid(kit: Kit): string {
  const e = (s: string) => text(kit, s);
  const t = workshopText[kit.lang].plan;
  const command = 'impact-collectif plan init rapport.json --pick 1,3,4 --output plan.yaml';
  const widths = [7, 33, 14, 15, 11, 20];
  const head = t.columns.map((c, i) => `<th scope="col" style="width: ${widths[i]}%">${e(c)}</th>`).join('');
  const empty = `<tr>${t.columns.map(() => '<td></td>').join('')}</tr>`;
  return [
    '<section class="sheet" id="plan" aria-labelledby="plan-heading">',
    `<h2 id="plan-heading">${e(t.title)}</h2>`,
    `<p class="small">${e(t.intro(command))}</p>`,
    `<table class="plan-grid"><thead><tr>${head}</tr></thead><tbody>${empty.repeat(10)}</tbody></table>`,
    '</section>',
  ].join('\n');
}

export function workshopHtml(kit: Kit): string {
  const e = (s: string) => text(kit, s);
  const t = workshopText[kit.lang];
  const report = kit.report;
  const ctx = { lang: kit.lang, color: false };
  const represented = report.sectors.filter((s) => s.responses > 0).length;
  const body = [
    '<section class="sheet" id="cover">',
    '<header class="report-header">',
    `<p class="kicker">${e(t.kicker)}</p>`,
    `<h1>${e(report.territory)}</h1>`,
    `<p class="muted">${e(report.questionnaire.title)} · ${e(t.subtitle(report.responses, represented, t.duration[kit.duration]))}</p>`,
    '</header>',
    gateBanner(report, kit.lang),
    `<h2>${e(t.contents.title)}</h2>`,
    `<ul>${t.contents.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`,
    '</section>',
    '<section class="sheet" id="agenda-sheet">',
    agenda(kit),
    '</section>',
    ...kit.placemats.map((p) => placemat(kit, p)),
    divergences(kit),
    `<section class="sheet" id="recommendations-sheet">${recommendations(report, ctx)}</section>`,
    planGrid(kit),
    `<footer><p>${e(t.footer(VERSION))} ${e(t.disclaimer)}</p></footer>`,
  ].join('\n');
  return page({ lang: kit.lang, title: t.docTitle(report.territory), generator: `impact-collectif ${VERSION}`, body, css: CSS + KIT_CSS });
}
