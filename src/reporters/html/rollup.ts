// The roll-up as one self-contained HTML page: the territories' table, the spread, and small multiples of their profiles.
import { rollupText } from '../../i18n/rollup.js';
import { VERSION } from '../../core/version.js';
import type { RollupReporter } from '../types.js';
import { dateRange, num, targetText } from '../format.js';
import { cellsOf, columnLabels, columnTitles, gateMark, gateWords, quartileMark } from '../rollup.js';
import { profile } from '../chart/rollup.js';
import { esc } from './escape.js';
import { page } from './page.js';

/** The roll-up's own rules, beside the report's stylesheet (page.ts). */
const STYLE = `<style>
table.rollup { border-collapse: collapse; width: 100%; font-size: 14px; font-variant-numeric: tabular-nums; }
table.rollup th, table.rollup td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: right; white-space: nowrap; }
table.rollup th:first-child { white-space: normal; }
table.rollup .spellings { font-weight: 400; }
table.rollup th:first-child, table.rollup td:first-child { text-align: left; }
table.rollup td.q4 { font-weight: 700; color: var(--ok); }
table.rollup td.q1 { color: var(--warn); }
.multiples { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px; }
.multiples figure { margin: 0; border: 1px solid var(--line); border-radius: 4px; padding: 8px; break-inside: avoid; }
.multiples figcaption { font-weight: 600; font-size: 14px; margin-bottom: 4px; }
svg.profile { display: block; width: 100%; height: auto; font: 11px system-ui, sans-serif; }
svg.profile .pl, svg.profile .pv { fill: #1a1a1a; }
svg.profile .pn { fill: #4d4d4d; }
</style>`;

export const rollup: RollupReporter = (r, ctx) => {
  const t = rollupText[ctx.lang];
  const lang = ctx.lang;
  const labels = columnLabels(r, lang);
  const titles = columnTitles(r, lang);
  const q = r.questionnaire;
  const item = (dt: string, dd: string) => `<div><dt>${esc(dt)}</dt><dd>${dd}</dd></div>`;
  const name = (x: (typeof r.territories)[number]) =>
    (x.file ? `<a href="${esc(x.file)}">${esc(x.territory)}</a>` : esc(x.territory)) +
    (x.spellings.length ? `<br><span class="muted small spellings">${esc(t.spellings(x.spellings.join(', ')))}</span>` : '');
  const th = (label: string, title: string) => `<th scope="col"><abbr title="${esc(title)}">${esc(label)}</abbr></th>`;
  const rows = r.territories.map(
    (x) =>
      `<tr><th scope="row">${name(x)}</th><td>${x.responses}</td><td>${x.sectors}</td>${cellsOf(x)
        .map((s) => `<td${s.quartile === 4 || s.quartile === 1 ? ` class="q${s.quartile}"` : ''}>${esc(num(s.score, lang))}${quartileMark(s) ? ` ${quartileMark(s)}` : ''}</td>`)
        .join('')}<td title="${esc(gateWords(x, lang))}">${gateMark(x)}</td></tr>`,
  );
  const spread = r.spread.map(
    (s, i) =>
      `<tr><th scope="row">${esc(labels[i]!)} ${esc(titles[i]!)}</th><td>${s.territories}</td>${[s.min, s.q1, s.median, s.q3, s.max]
        .map((v) => `<td>${esc(num(v, lang))}</td>`)
        .join('')}<td>${i < r.dimensions.length ? esc(targetText(r.dimensions[i]!.target, lang)) : ''}</td></tr>`,
  );
  const multiples = r.territories.map(
    (x, i) => `<figure><figcaption>${x.file ? `<a href="${esc(x.file)}">${esc(x.territory)}</a>` : esc(x.territory)}</figcaption>\n${profile(r, x, lang, `p${i + 1}`)}</figure>`,
  );
  const body = [
    STYLE,
    '<header class="report-header">',
    `<p class="kicker">${esc(t.kicker)}</p>`,
    `<h1>${esc(t.title)}</h1>`,
    '<dl class="meta">',
    item(t.questionnaire, `${esc(q.title)} <span class="muted">(${esc(t.version(q.version))})</span>`),
    item(t.period, esc(dateRange(r.dates, lang))),
    item(t.meta.territories, esc(String(r.territories.length))),
    item(t.meta.responses, esc(String(r.responses))),
    '</dl>',
    '</header>',
    '<main>',
    '<section aria-labelledby="territories-heading">',
    `<h2 id="territories-heading">${esc(t.title)}</h2>`,
    '<table class="rollup">',
    `<thead><tr><th scope="col">${esc(t.head.territory)}</th>${th(t.head.responses, t.short.responses)}${th(t.head.sectors, t.short.sectors)}${labels.map((l, i) => th(l, titles[i]!)).join('')}${th(t.head.gate, t.gateLegend(targetText(r.gateThreshold, lang)))}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    `<p class="muted small">${esc(`${t.legend} ${t.marks} ${t.gateLegend(targetText(r.gateThreshold, lang))}`)}</p>`,
    `<p class="muted small">${esc(t.privacy)}</p>`,
    '</section>',
    '<section aria-labelledby="multiples-heading">',
    `<h2 id="multiples-heading">${esc(t.profiles)}</h2>`,
    `<p class="muted small">${esc(t.profilesIntro)}</p>`,
    `<div class="multiples">\n${multiples.join('\n')}\n</div>`,
    '</section>',
    '<section aria-labelledby="spread-heading">',
    `<h2 id="spread-heading">${esc(t.spread)}</h2>`,
    `<p>${esc(t.spreadIntro)}</p>`,
    '<table class="rollup">',
    `<thead><tr>${Object.values(t.spreadHead).map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>\n${spread.join('\n')}\n</tbody>`,
    '</table>',
    '</section>',
    '</main>',
    `<footer><p>${esc(t.footer(VERSION, q.id, q.version))}</p></footer>`,
  ].join('\n');
  return page({ lang, title: t.title, generator: `impact-collectif ${VERSION}`, body });
};
