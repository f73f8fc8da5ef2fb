// The trend in HTML (one self-contained page): points, who answered, what a version change left out, the line charts, the table, and with --plan the actions per dimension.
import { compareText } from '../../i18n/compare.js';
import { htmlText } from '../../i18n/html.js';
import { trendText } from '../../i18n/trend.js';
import type { Lang } from '../../questionnaire/schema.js';
import type { Trend } from '../../trend/schema.js';
import { VERSION } from '../../core/version.js';
import { trendChart } from '../chart/trend.js';
import { num } from '../format.js';
import { pointText, populationWarning, questionnaireChanges, scopeIntro, sparkline, trendRows } from '../series.js';
import type { ReporterContext, TrendReporter } from '../types.js';
import { arrow } from './compare.js';
import { esc } from './escape.js';
import { page } from './page.js';
import { CSS } from './css.js';
import { followUpHtml, PLAN_CSS } from './plan.js';

function header(x: Trend, lang: Lang): string {
  const t = trendText[lang];
  const ct = compareText[lang];
  const versions = [...new Set(x.points.map((p) => p.version))];
  const version = versions.length > 1 ? ct.versions(versions[0]!, versions[versions.length - 1]!) : ct.version(versions[0]!);
  const item = (dt: string, dd: string) => `<div><dt>${esc(dt)}</dt><dd>${dd}</dd></div>`;
  return [
    '<header class="report-header">',
    `<p class="kicker">${esc(t.html.kicker)}</p>`,
    `<h1>${esc(x.territory)}</h1>`,
    '<dl class="meta">',
    item(ct.questionnaire, `${esc(x.questionnaire.title)} <span class="muted">(${esc(version)})</span>`),
    item(t.points, `${x.points.length} <span class="muted">(${esc(t.order[x.order])})</span>`),
    '</dl>',
    `<ul class="points small">${x.points.map((p, i) => `<li><strong>${esc(p.label)}</strong>${esc(htmlText[lang].colon)} ${esc(pointText(x, i, lang))}</li>`).join('')}</ul>`,
    '</header>',
  ].join('\n');
}

function scope(x: Trend, lang: Lang): string {
  const intro = scopeIntro(x, lang);
  if (!intro) return '';
  const changes = questionnaireChanges(x, lang)
    .filter((c) => c.items.length)
    .map((c) => `<p><strong>${esc(c.heading)}${esc(htmlText[lang].colon)}</strong></p><ul>${c.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`);
  return [`<div class="note-warning"><p>${esc(intro)}</p>`, ...changes, '</div>'].join('\n');
}

function table(x: Trend, lang: Lang): string {
  const t = trendText[lang];
  const ct = compareText[lang];
  const v = (s: number | null, marked: boolean) => (s === null ? `<span class="na">—</span>` : `${esc(num(s, lang))}${marked ? '*' : ''}`);
  const rows = trendRows(x, lang);
  const cols = x.points.length + 3;
  const body = (['precondition', 'component'] as const).map((kind) => {
    const group = rows.filter((r) => r.kind === kind);
    if (!group.length) return '';
    const trs = group.map(
      (r) =>
        `<tr class="${kind}"><th scope="row">${esc(r.title)}</th><td class="spark" aria-hidden="true">${esc(sparkline(r.series))}</td>` +
        `${r.series.map((s, i) => `<td class="num">${v(s, r.marked[i]!)}</td>`).join('')}<td class="num">${arrow(r.change, lang)}</td></tr>`,
    );
    return `<tbody><tr class="group group-${kind}"><th colspan="${cols}" scope="rowgroup">${esc(ct.groups[kind])}</th></tr>\n${trs.join('\n')}</tbody>`;
  });
  const indices = rows
    .filter((r) => r.kind === 'index')
    .map(
      (r) =>
        `<tr class="index"><th scope="row">${esc(r.title)}</th><td class="spark" aria-hidden="true">${esc(sparkline(r.series))}</td>` +
        `${r.series.map((s) => `<td class="num score">${v(s, false)}</td>`).join('')}<td class="num">${arrow(r.change, lang)}</td></tr>`,
    );
  const responses = `<tr><th scope="row">${esc(t.table.responses)}</th><td></td>${x.points.map((p) => `<td class="num">${p.responses}</td>`).join('')}<td></td></tr>`;
  return [
    '<section aria-labelledby="scores-heading" id="scores">',
    `<h2 id="scores-heading">${esc(t.html.scores)}</h2>`,
    '<div class="table-wrap"><table class="dimensions compact trend">',
    `<caption>${esc(t.legend)}</caption>`,
    `<thead><tr><th scope="col">${esc(t.table.dimension)}</th><th scope="col">${esc(t.table.trend)}</th>${x.points.map((p) => `<th scope="col" class="num">${esc(p.label)}</th>`).join('')}<th scope="col" class="num">${esc(t.changeLong)}</th></tr></thead>`,
    ...body.filter(Boolean),
    `<tbody class="indices">${indices.join('\n')}\n${responses}</tbody>`,
    '</table></div>',
    '</section>',
  ].join('\n');
}

function chart(x: Trend, ctx: ReporterContext): string {
  const t = trendText[ctx.lang].html;
  return [
    '<section aria-labelledby="chart-heading" id="chart">',
    `<h2 id="chart-heading">${esc(t.chartTitle)}</h2>`,
    `<figure class="radar-figure">${trendChart(x, ctx, { id: 'trend' })}`,
    `<figcaption><a href="#scores">${esc(t.caption)}</a></figcaption></figure>`,
    '</section>',
  ].join('\n');
}

export const trend: TrendReporter = (x, ctx) => {
  const lang = ctx.lang;
  const t = htmlText[lang];
  const versions = [...new Set(x.points.map((p) => p.version))];
  return page({
    lang,
    title: trendText[lang].html.docTitle(x.territory),
    generator: `impact-collectif ${VERSION}`,
    css: x.plan ? CSS + PLAN_CSS : undefined,
    body: [
      header(x, lang),
      '<main>',
      ...x.populationChanges.map((c) => `<p class="note-warning"><span class="flag" aria-hidden="true">⚠</span> ${esc(populationWarning(x, c, lang))}</p>`),
      scope(x, lang),
      chart(x, ctx),
      table(x, lang),
      followUpHtml(x, lang),
      '</main>',
      `<footer><p>${esc(t.footer(VERSION, x.questionnaire.id, versions.join(', ')))}</p><p>${esc(t.summary.disclaimer)}</p></footer>`,
    ]
      .filter(Boolean)
      .join('\n'),
  });
};
