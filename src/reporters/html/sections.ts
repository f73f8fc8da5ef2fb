// The sections of the HTML report: header, readiness gate, overview with the radar, dimension table, action plan, notes, footer.
import { htmlText } from '../../i18n/html.js';
import { reportText } from '../../i18n/report.js';
import type { Lang } from '../../questionnaire/schema.js';
import type { DimensionResult, Report } from '../../scoring/report.js';
import { VERSION } from '../../core/version.js';
import { coord } from '../chart/radar.js';
import { reportRadar } from '../chart/report.js';
import type { ReporterContext } from '../types.js';
import { esc } from './escape.js';
import { basisText, coverageWords, discussionPrompts, explainLines, fewResponses, gateBands, gateHeadline, preconditionLines, reasonText, recommendationHeading } from '../advice.js';
import { dateRange, num, targetText } from '../format.js';

const T = (lang: Lang) => htmlText[lang];

// Drawn icons rather than emoji, so that they look the same with every system font (and print in colour).
export const WARNING_ICON =
  '<svg width="34" height="30" viewBox="0 0 34 30" aria-hidden="true"><path d="M17 2 L32 28 H2 Z" fill="#b34000" stroke="#b34000" stroke-width="2" stroke-linejoin="round"/>' +
  '<rect x="15.5" y="10" width="3" height="10" rx="1" fill="#ffffff"/><circle cx="17" cy="23.5" r="1.8" fill="#ffffff"/></svg>';
export const CHECK_ICON =
  '<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><circle cx="14" cy="14" r="13" fill="#18753c"/>' +
  '<path d="M8 14.5 L12.5 19 L20.5 9.5" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>';

/** The band a score falls in, as the scoring decides it (last band includes its max). */
function bandLabel(report: Report, score: number | null): string | null {
  if (score === null) return null;
  const b = report.bands.find((band, i) => score >= band.min && (score < band.max || (i === report.bands.length - 1 && score <= band.max)));
  return b ? b.label : null;
}

const scoreText = (score: number | null, lang: Lang) =>
  score === null ? `<span class="na">${esc(T(lang).dimensions.notScored)}</span>` : esc(num(score, lang));

export function header(report: Report, lang: Lang): string {
  const t = T(lang);
  const represented = report.sectors.filter((s) => s.responses > 0).length;
  const item = (dt: string, dd: string) => `<div><dt>${esc(dt)}</dt><dd>${dd}</dd></div>`;
  return [
    '<header class="report-header">',
    `<p class="kicker">${esc(t.kicker)}</p>`,
    `<h1>${esc(report.territory)}</h1>`,
    '<dl class="meta">',
    item(t.meta.questionnaire, `${esc(report.questionnaire.title)} <span class="muted">(${esc(t.meta.version)} ${esc(report.questionnaire.version)})</span>`),
    item(t.meta.period, esc(dateRange(report.dates, lang))),
    item(t.meta.responses, esc(t.responses(report.responses))),
    item(t.meta.sectors, `${represented} / ${report.sectors.length}`),
    '</dl>',
    '</header>',
  ].join('\n');
}

export function gateBanner(report: Report, lang: Lang): string {
  const t = T(lang).gate;
  const head = gateHeadline(report, lang);
  const ok = head.status === 'met' || head.status === 'fragile';
  const icon = ok ? `<span class="gate-icon">${CHECK_ICON}</span>` : `<span class="gate-icon" role="img" aria-label="${esc(t.icon)}">${WARNING_ICON}</span>`;
  const lines = preconditionLines(report, lang).map((p) => `<li class="status-${p.status}">${esc(p.text)}</li>`);
  return [
    `<section class="gate ${ok ? 'gate-met' : 'gate-failed'}" id="gate" aria-labelledby="gate-heading">`,
    icon,
    `<div><h2 id="gate-heading">${esc(head.text)}</h2>`,
    `<ul class="gate-status">${lines.join('')}</ul>`,
    head.status === 'unmet' ? `<p>${esc(reportText[lang].gate.advice)}</p>` : '',
    ...[fewResponses(report, lang)].map((few) => (few ? `<p><strong>${esc(few)}</strong></p>` : '')),
    `<p class="small">${esc(gateBands(report, lang))}</p></div>`,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function overview(report: Report, ctx: ReporterContext): string {
  const lang = ctx.lang;
  const t = T(lang).summary;
  // An index averages the scored dimensions only: say so when some of its dimensions are not assessed.
  const figure = (kind: DimensionResult['kind'], score: number | null) => {
    if (score === null) return `<span class="figure na">${esc(t.notScored)}</span>`;
    const band = bandLabel(report, score);
    const dims = report.dimensions.filter((d) => d.kind === kind);
    const assessed = dims.filter((d) => d.score !== null).length;
    const partial = assessed < dims.length ? `<br><span class="flag">⚠ ${esc(t.assessed(assessed, dims.length))}</span>` : '';
    return `<span class="figure">${esc(num(score, lang))} <small>${esc(t.outOf)}${band ? ` · ${esc(band)}` : ''}</small></span>${partial}`;
  };
  const scored = report.dimensions.filter((d): d is DimensionResult & { score: number } => d.score !== null);
  const strongest = scored.reduce<(typeof scored)[number] | undefined>((best, d) => (!best || d.score > best.score ? d : best), undefined);
  const weakest = scored.reduce<(typeof scored)[number] | undefined>((low, d) => (!low || d.score < low.score ? d : low), undefined);
  const named = (d: (typeof scored)[number]) => `${esc(d.title)} — <strong>${esc(num(d.score, lang))}</strong>`;
  const first = report.recommendations[0];
  const key = [
    `<dt>${esc(t.preconditions)}</dt><dd>${figure('precondition', report.indices.preconditions)}</dd>`,
    `<dt>${esc(t.components)}</dt><dd>${figure('component', report.indices.components)}</dd>`,
    strongest && weakest && strongest !== weakest ? `<dt>${esc(t.strongest)}</dt><dd>${named(strongest)}</dd>` : '',
    weakest && strongest !== weakest ? `<dt>${esc(t.weakest)}</dt><dd>${named(weakest)}</dd>` : '',
    first ? `<dt>${esc(t.firstAction)}</dt><dd>${esc(recommendationHeading(first, report, lang))}</dd>` : '',
  ].filter(Boolean);
  return [
    '<section class="overview" aria-labelledby="overview-heading">',
    `<h2 id="overview-heading">${esc(t.heading)}</h2>`,
    '<div class="overview-grid">',
    `<figure class="radar-figure">${reportRadar(report, ctx, { id: 'radar' })}`,
    `<figcaption><a href="#dimensions">${esc(t.tableLink)}</a></figcaption></figure>`,
    `<div class="key"><h3>${esc(t.keyHeading)}</h3><dl>${key.join('')}</dl><p class="disclaimer">${esc(t.disclaimer)}</p></div>`,
    '</div>',
    '</section>',
  ].join('\n');
}

/** A small bar: the score filled from the left, the target as a vertical mark. */
function bar(d: DimensionResult, lang: Lang): string {
  const w = 170;
  const x = (v: number) => coord((w * v) / 100);
  const t = T(lang).dimensions;
  const label = d.score === null ? `${t.notScored}, ${t.target.toLowerCase()} ${targetText(d.target, lang)}` : t.barTitle(num(d.score, lang), targetText(d.target, lang));
  const fill = d.score === null ? '' : `<rect x="0" y="3" width="${x(d.score)}" height="12" fill="#000091"/>`;
  const track =
    d.score === null
      ? `<rect x="0.5" y="3.5" width="${w - 1}" height="11" fill="#ffffff" stroke="#767676" stroke-dasharray="3 3"/>`
      : `<rect x="0" y="3" width="${w}" height="12" fill="#e3e3f4"/>`;
  return (
    `<svg class="bar" viewBox="0 0 ${w} 18" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>` +
    `${track}${fill}<rect x="${coord(Math.min(w - 2.5, Math.max(0, (w * d.target) / 100 - 1.25)))}" y="0" width="2.5" height="18" fill="#1a1a1a"/></svg>`
  );
}

function dimensionRow(report: Report, d: DimensionResult, lang: Lang): string {
  const t = T(lang).dimensions;
  const failing = report.gate.preconditions.some((p) => p.id === d.id && p.status === 'unmet');
  const answers = coverageWords(d, lang).map((w, i) => (i === 1 && d.coverage.manyUnknown ? `<span class="flag">⚠</span> ${esc(w)}` : esc(w)));
  return [
    `<tr class="${esc(d.kind)}" id="dim-${esc(d.id)}">`,
    `<th scope="row">${esc(d.title)}${failing ? `<br><span class="flag">⚠ ${esc(t.belowThreshold)}</span>` : ''}</th>`,
    `<td class="num score">${scoreText(d.score, lang)}</td>`,
    `<td>${bar(d, lang)}</td>`,
    `<td>${d.band ? esc(d.band.label) : '<span class="na">—</span>'}</td>`,
    `<td class="num">${esc(targetText(d.target, lang))}</td>`,
    `<td class="num">${d.gap === null ? '<span class="na">—</span>' : esc(num(d.gap, lang))}</td>`,
    `<td class="small answers">${answers.join('<br>')}</td>`,
    '</tr>',
  ].join('');
}

export function dimensionTable(report: Report, lang: Lang): string {
  const t = T(lang).dimensions;
  const group = (kind: DimensionResult['kind'], title: string) => {
    const dims = report.dimensions.filter((d) => d.kind === kind);
    if (!dims.length) return '';
    return `<tbody><tr class="group group-${kind}"><th colspan="7" scope="rowgroup">${esc(title)}</th></tr>\n${dims.map((d) => dimensionRow(report, d, lang)).join('\n')}</tbody>`;
  };
  return [
    '<section aria-labelledby="dimensions-heading" id="dimensions">',
    `<h2 id="dimensions-heading">${esc(t.heading)}</h2>`,
    '<div class="table-wrap">',
    '<table class="dimensions compact">',
    `<caption>${esc(t.caption)}</caption>`,
    `<thead><tr><th scope="col">${esc(t.dimension)}</th><th scope="col" class="num">${esc(t.score)}</th><th scope="col">${esc(t.bar)}</th>` +
      `<th scope="col">${esc(t.band)}</th><th scope="col" class="num">${esc(t.target)}</th><th scope="col" class="num">${esc(t.gap)}</th><th scope="col">${esc(t.answers)}</th></tr></thead>`,
    group('precondition', t.preconditions(targetText(report.gate.threshold, lang))),
    group('component', t.components),
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}

export function recommendations(report: Report, ctx: ReporterContext): string {
  const lang = ctx.lang;
  const t = T(lang).recommendations;
  const rt = reportText[lang];
  const head = ['<section aria-labelledby="actions-heading" id="actions">', `<h2 id="actions-heading">${esc(t.heading)}</h2>`];
  if (!report.recommendations.length) return [...head, `<p>${esc(t.none)}</p>`, '</section>'].join('\n');
  const items = report.recommendations.map((r) => {
    const practices = r.practices.map((p) => `<li>${esc(p.text)}${ctx.explain ? `<br><span class="small muted">${esc(basisText(p, report, lang))}</span>` : ''}</li>`);
    return [
      `<li class="action${r.reason.rule === 'unmet-precondition' ? ' gate-first' : ''}">`,
      '<span class="box" aria-hidden="true">☐</span>',
      '<div>',
      `<p class="action-title"><span class="rank">${r.rank}.</span> ${esc(recommendationHeading(r, report, lang))}</p>`,
      `<p class="concerns">${esc(reasonText(r, report, lang))}</p>`,
      ctx.explain ? explainLines(r, report, lang).map((l) => `<p class="small muted">${esc(l)}</p>`).join('') : '',
      practices.length
        ? `<p class="small"><strong>${esc(rt.practices)}</strong></p><ul class="practices">${practices.join('')}</ul>`
        : r.seeAlso.length
          ? ''
          : `<p class="small">${esc(rt.noPractice)}</p>`,
      r.seeAlso.length ? `<p class="small muted">${esc(rt.seeAlso(r.seeAlso))}</p>` : '',
      '</div>',
      '</li>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [...head, `<p class="muted">${esc(rt.rankNote)}</p>`, '<ol class="actions">', ...items, '</ol>', '</section>'].join('\n');
}

/** Three questions to open the discussion. */
export function prompts(report: Report, lang: Lang): string {
  const list = discussionPrompts(report, lang);
  if (!list.length) return '';
  return [
    '<section aria-labelledby="prompts-heading" id="prompts">',
    `<h2 id="prompts-heading">${esc(reportText[lang].prompts.title)}</h2>`,
    `<ol class="prompts">${list.map((p) => `<li>${esc(p)}</li>`).join('')}</ol>`,
    '</section>',
  ].join('\n');
}

export function coverageNotes(report: Report, lang: Lang): string {
  const t = T(lang).coverage;
  const notes = report.dimensions.flatMap((d) => {
    if (d.score === null) return [t.notScored(d.title)];
    if (d.coverage.manyUnknown) return [t.manyUnknown(d.title, d.coverage.unknown, d.coverage.answered)];
    return [];
  });
  if (!notes.length) return '';
  return [
    '<section aria-labelledby="notes-heading" id="notes">',
    `<h2 id="notes-heading">${esc(t.heading)}</h2>`,
    `<ul class="notes">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`,
    '</section>',
  ].join('\n');
}

export function footer(report: Report, lang: Lang): string {
  const t = T(lang);
  return `<footer><p>${esc(t.footer(VERSION, report.questionnaire.id, report.questionnaire.version))}</p><p>${esc(t.summary.disclaimer)}</p></footer>`;
}
