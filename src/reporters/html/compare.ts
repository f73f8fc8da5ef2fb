// The comparison in HTML (one self-contained page) and in SVG (the radar alone): before dashed, after solid, and the changes.
import type { Comparison, ComparisonSide, DimensionChange } from '../../compare/schema.js';
import { compareText } from '../../i18n/compare.js';
import { htmlText } from '../../i18n/html.js';
import type { Lang } from '../../questionnaire/schema.js';
import { VERSION } from '../../core/version.js';
import { KINDS } from '../advice.js';
import { coord } from '../chart/radar.js';
import { comparisonRadar } from '../chart/compare.js';
import { bandText, gateText, leftOutChange, sectorsChanged, sideText } from '../comparison.js';
import { num, signed } from '../format.js';
import type { CompareReporter, ReporterContext } from '../types.js';
import { esc } from './escape.js';
import { CSS } from './css.js';
import { page } from './page.js';
import { CHECK_ICON, WARNING_ICON } from './sections.js';
import { followUpHtml, PLAN_CSS } from './plan.js';

function header(x: Comparison, lang: Lang): string {
  const t = htmlText[lang];
  const ct = compareText[lang];
  const version = x.scope.versionChanged ? ct.versions(x.before.version, x.after.version) : ct.version(x.after.version);
  const territories = x.before.territory !== x.after.territory;
  const side = (s: ComparisonSide) => `${sideText(s, lang)}${territories ? `, ${ct.territory(s.territory)}` : ''}`;
  const item = (dt: string, dd: string) => `<div><dt>${esc(dt)}</dt><dd>${dd}</dd></div>`;
  return [
    '<header class="report-header">',
    `<p class="kicker">${esc(t.compare.kicker)}</p>`,
    `<h1>${esc(x.after.territory)}</h1>`,
    '<dl class="meta">',
    item(ct.questionnaire, `${esc(x.questionnaire.title)} <span class="muted">(${esc(version)})</span>`),
    item(ct.before, esc(side(x.before))),
    item(ct.after, esc(side(x.after))),
    '</dl>',
    '</header>',
  ].join('\n');
}

function scope(x: Comparison, lang: Lang): string {
  const t = compareText[lang].scope;
  if (!x.scope.versionChanged && !x.scope.recomputed) return '';
  const intro = [...(x.scope.versionChanged ? [t.versionChanged(x.before.version, x.after.version)] : []), x.scope.recomputed ? t.recomputed(x.scope.sharedQuestions) : t.same].join(' ');
  const only = (side: 'before' | 'after') => (side === 'before' ? t.onlyBefore : t.onlyAfter);
  const { dimensions, questions } = x.scope.leftOut;
  const items = [
    ...dimensions.map((d) => `<li>${esc(d.title)} (${esc(t.dimension)}, ${esc(only(d.side))})</li>`),
    ...questions.map((q) => `<li>${esc(q.text)} (${esc(leftOutChange(q, lang))})</li>`),
  ];
  return [
    `<div class="note-warning"><p>${esc(intro)}</p>`,
    items.length ? `<p><strong>${esc(t.leftOut)}${esc(htmlText[lang].colon)}</strong></p><ul>${items.join('')}</ul>` : '',
    '</div>',
  ].join('\n');
}

function gate(x: Comparison, lang: Lang): string {
  const t = htmlText[lang];
  const ct = compareText[lang];
  const line = (which: 'before' | 'after') => {
    const met = x.gate[which].met;
    const icon = met ? CHECK_ICON : WARNING_ICON;
    return `<li><span class="gate-line-icon">${icon}</span><span><strong>${esc(ct[which])}${esc(t.colon)}</strong> ${esc(gateText(x, which, lang))}</span></li>`;
  };
  const met = x.gate.after.met;
  return [
    `<section class="gate ${met ? 'gate-met' : 'gate-failed'}" aria-labelledby="gate-heading">`,
    `<div><h2 id="gate-heading">${esc(t.compare.gateTitle)}${met ? '' : ` — ${esc(t.gate.notMetTitle.toLowerCase())}`}</h2>`,
    `<ul class="gate-lines">${line('before')}${line('after')}</ul></div>`,
    '</section>',
  ].join('\n');
}

export function arrow(change: number | null, lang: Lang): string {
  const t = htmlText[lang].compare;
  if (change === null) return '<span class="na">—</span>';
  const [glyph, word] = change > 0 ? ['▲', t.up] : change < 0 ? ['▼', t.down] : ['=', t.same];
  return `<span class="change ${change > 0 ? 'up' : change < 0 ? 'down' : 'same'}"><span aria-hidden="true">${glyph}</span> ${esc(signed(change, lang))}<span class="visually-hidden"> (${esc(word)})</span></span>`;
}

function overview(x: Comparison, ctx: ReporterContext): string {
  const lang = ctx.lang;
  const t = htmlText[lang];
  const ct = compareText[lang];
  const index = (kind: (typeof KINDS)[number]) => {
    const i = x.indices[kind === 'precondition' ? 'preconditions' : 'components'];
    const v = (s: number | null) => (s === null ? t.summary.notScored : num(s, lang));
    return `<dt>${esc(ct.indices[kind])}</dt><dd><span class="figure">${esc(v(i.after))} <small>${esc(t.summary.outOf)}</small></span> ${arrow(i.change, lang)}<br><span class="small muted">${esc(ct.before)}${esc(t.colon)} ${esc(v(i.before))}</span></dd>`;
  };
  const moved = x.dimensions.filter((d): d is DimensionChange & { change: number } => d.change !== null && d.change !== 0);
  const gain = moved.filter((d) => d.change > 0).reduce<(typeof moved)[number] | undefined>((best, d) => (!best || d.change > best.change ? d : best), undefined);
  const loss = moved.filter((d) => d.change < 0).reduce<(typeof moved)[number] | undefined>((low, d) => (!low || d.change < low.change ? d : low), undefined);
  const named = (d: (typeof moved)[number]) => `${esc(d.title)} ${arrow(d.change, lang)}`;
  const key = [
    index('precondition'),
    index('component'),
    gain ? `<dt>${esc(t.compare.biggestGain)}</dt><dd>${named(gain)}</dd>` : '',
    loss ? `<dt>${esc(t.compare.biggestLoss)}</dt><dd>${named(loss)}</dd>` : '',
    !gain && !loss ? `<dd>${esc(t.compare.noMove)}</dd>` : '',
  ].filter(Boolean);
  return [
    '<section class="overview" aria-labelledby="overview-heading">',
    `<h2 id="overview-heading">${esc(t.compare.overview)}</h2>`,
    '<div class="overview-grid">',
    `<figure class="radar-figure">${comparisonRadar(x, ctx, { id: 'radar' })}`,
    `<figcaption><a href="#dimensions">${esc(t.summary.tableLink)}</a></figcaption></figure>`,
    `<div class="key"><h3>${esc(t.compare.keyHeading)}</h3><dl>${key.join('')}</dl><p class="disclaimer">${esc(t.summary.disclaimer)}</p></div>`,
    '</div>',
    '</section>',
  ].join('\n');
}

/** Before (open circle) and after (filled circle) on a 0–100 line, joined: the move at a glance. */
function dumbbell(d: DimensionChange, lang: Lang): string {
  const w = 170;
  const pad = 6;
  const x = (v: number) => coord(pad + ((w - 2 * pad) * v) / 100);
  const b = d.before.score;
  const a = d.after.score;
  const v = (s: number | null) => (s === null ? htmlText[lang].radar.notAssessed : num(s, lang));
  const label = htmlText[lang].compare.dumbbellLabel(v(b), v(a));
  const join = b !== null && a !== null ? `<line x1="${x(b)}" y1="9" x2="${x(a)}" y2="9" stroke="#000091" stroke-width="3"/>` : '';
  const before = b === null ? '' : `<circle cx="${x(b)}" cy="9" r="5" fill="#ffffff" stroke="#5c6b80" stroke-width="2"/>`;
  const after = a === null ? '' : `<circle cx="${x(a)}" cy="9" r="5.5" fill="#000091"/>`;
  return (
    `<svg class="bar" viewBox="0 0 ${w} 18" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>` +
    `<line x1="${pad}" y1="9" x2="${w - pad}" y2="9" stroke="#c8c8c8" stroke-width="2"/>${join}${before}${after}</svg>`
  );
}

function table(x: Comparison, lang: Lang): string {
  const t = htmlText[lang];
  const ct = compareText[lang];
  const v = (s: number | null) => (s === null ? `<span class="na">—</span>` : esc(num(s, lang)));
  const groups = KINDS.map((kind) => {
    const dims = x.dimensions.filter((d) => d.kind === kind);
    if (!dims.length) return '';
    const rows = dims.map(
      (d) =>
        `<tr class="${esc(d.kind)}"><th scope="row">${esc(d.title)}</th><td class="num">${v(d.before.score)}</td><td class="num score">${v(d.after.score)}</td>` +
        `<td class="num">${arrow(d.change, lang)}</td><td>${dumbbell(d, lang)}</td><td>${d.bandChanged ? `<strong>${esc(bandText(d))}</strong>` : esc(bandText(d))}</td></tr>`,
    );
    return `<tbody><tr class="group group-${kind}"><th colspan="6" scope="rowgroup">${esc(ct.groups[kind])}</th></tr>\n${rows.join('\n')}</tbody>`;
  });
  const indices = KINDS.map((kind) => {
    const i = x.indices[kind === 'precondition' ? 'preconditions' : 'components'];
    return `<tr class="index"><th scope="row">${esc(ct.indices[kind])}</th><td class="num">${v(i.before)}</td><td class="num score">${v(i.after)}</td><td class="num">${arrow(i.change, lang)}</td><td></td><td></td></tr>`;
  });
  return [
    '<section aria-labelledby="dimensions-heading" id="dimensions">',
    `<h2 id="dimensions-heading">${esc(ct.scores)}</h2>`,
    '<div class="table-wrap"><table class="dimensions compact">',
    `<caption>${esc(ct.legend)}</caption>`,
    `<thead><tr><th scope="col">${esc(ct.table.dimension)}</th><th scope="col" class="num">${esc(ct.table.before)}</th><th scope="col" class="num">${esc(ct.table.after)}</th>` +
      `<th scope="col" class="num">${esc(ct.table.change)}</th><th scope="col">${esc(t.compare.dumbbell)}</th><th scope="col">${esc(ct.table.band)}</th></tr></thead>`,
    ...groups.filter(Boolean),
    `<tbody class="indices">${indices.join('\n')}</tbody>`,
    '</table></div>',
    '</section>',
  ].join('\n');
}

function moved(x: Comparison, lang: Lang): string {
  const t = htmlText[lang];
  const ct = compareText[lang];
  const head = [`<section aria-labelledby="moved-heading" id="moved">`, `<h2 id="moved-heading">${esc(ct.moved.title)}</h2>`];
  const body = x.questions.length
    ? [
        '<div class="table-wrap"><table class="moved">',
        `<thead><tr><th scope="col" class="num">${esc(ct.table.change)}</th><th scope="col">${esc(t.compare.question)}</th><th scope="col" class="num">${esc(ct.table.before)}</th><th scope="col" class="num">${esc(ct.table.after)}</th></tr></thead>`,
        `<tbody>${x.questions
          .map((q) => `<tr><td class="num">${arrow(q.change, lang)}</td><td>${esc(q.text)}</td><td class="num">${esc(num(q.before, lang))}</td><td class="num">${esc(num(q.after, lang))}</td></tr>`)
          .join('\n')}</tbody>`,
        '</table></div>',
      ]
    : [`<p>${esc(ct.moved.none)}</p>`];
  return [...head, ...body, `<p class="small muted">${esc(ct.toDiscuss(x.toDiscuss.before, x.toDiscuss.after))}</p>`, '</section>'].join('\n');
}

function sectors(x: Comparison, lang: Lang): string {
  const t = htmlText[lang];
  const ct = compareText[lang];
  const { joined, left, counts } = x.sectors;
  const rows = counts.map((s) => `<tr><th scope="row">${esc(s.label)}</th><td class="num">${s.before}</td><td class="num">${s.after}</td></tr>`);
  const notes = [
    !joined.length && !left.length ? `<p>${esc(ct.sectors.none)}</p>` : '',
    joined.length ? `<p><strong>${esc(ct.sectors.joined)}${esc(t.colon)}</strong> ${joined.map((s) => esc(s.label)).join(', ')}</p>` : '',
    left.length ? `<p class="note-warning"><span class="flag" aria-hidden="true">⚠</span> <strong>${esc(ct.sectors.left)}${esc(t.colon)}</strong> ${left.map((s) => esc(s.label)).join(', ')}</p>` : '',
  ];
  return [
    '<section aria-labelledby="sectors-heading" id="sectors">',
    `<h2 id="sectors-heading">${esc(ct.sectors.title)}</h2>`,
    `<table class="sectors compact"><thead><tr><th scope="col">${esc(ct.sectors.sector)}</th><th scope="col" class="num">${esc(ct.before)}</th><th scope="col" class="num">${esc(ct.after)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
    ...notes.filter(Boolean),
    '</section>',
  ].join('\n');
}

export const compare: CompareReporter = (x, ctx) => {
  const lang = ctx.lang;
  const t = htmlText[lang];
  const changed = sectorsChanged(x, lang);
  return page({
    lang,
    title: t.compare.docTitle(x.after.territory),
    generator: `impact-collectif ${VERSION}`,
    css: x.plan ? CSS + PLAN_CSS : undefined,
    body: [
      header(x, lang),
      '<main>',
      changed ? `<p class="note-warning"><span class="flag" aria-hidden="true">⚠</span> ${esc(changed)}</p>` : '',
      scope(x, lang),
      gate(x, lang),
      overview(x, ctx),
      table(x, lang),
      moved(x, lang),
      sectors(x, lang),
      followUpHtml(x, lang),
      '</main>',
      `<footer><p>${esc(t.footer(VERSION, x.questionnaire.id, x.after.version))}</p><p>${esc(t.summary.disclaimer)}</p></footer>`,
    ]
      .filter(Boolean)
      .join('\n'),
  });
};

