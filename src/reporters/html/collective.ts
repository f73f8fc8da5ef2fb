// The collective part of the HTML report: questions to discuss with their answer distribution, sectors, scores per sector, comments.
import { collectiveText } from '../../i18n/collective.js';
import { htmlText } from '../../i18n/html.js';
import type { Lang } from '../../questionnaire/schema.js';
import type { Report } from '../../scoring/report.js';
import { commentGroups, incompleteText, levelText, missingText, privacyLines, sectorGap, splitText, whoParts } from '../collective.js';
import { num } from '../format.js';
import type { ReporterContext } from '../types.js';
import { esc } from './escape.js';
import { coord } from '../chart/radar.js';

const WARNING = '<span class="flag" aria-hidden="true">⚠</span>';

/**
 * How many respondents chose each level, as four small columns (level 0 on the left); the counts are
 * written above the columns and in the title, so the picture is never the only way to read them.
 */
export function distributionBars(report: Report, distribution: readonly number[], lang: Lang): string {
  const max = Math.max(1, ...distribution);
  const col = 24;
  const h = 26;
  const label = distribution.map((n, level) => `${levelText(report, level as 0 | 1 | 2 | 3, lang)} : ${n}`).join(' · ');
  const text = lang === 'fr' ? label : label.replaceAll(' : ', ': ');
  const cols = distribution
    .map((n, level) => {
      const height = n ? Math.max(2, (h * n) / max) : 0;
      const x = level * (col + 4);
      return (
        `<rect x="${x}" y="${coord(14 + h - height)}" width="${col}" height="${coord(height)}" fill="#000091"/>` +
        `<text x="${x + col / 2}" y="${coord(12 + h - height)}" text-anchor="middle">${n}</text>` +
        `<text x="${x + col / 2}" y="${14 + h + 12}" text-anchor="middle" fill="#4d4d4d">${level}</text>`
      );
    })
    .join('');
  const w = 4 * col + 3 * 4;
  return (
    `<svg class="dist" width="${w}" height="${14 + h + 14}" viewBox="0 0 ${w} ${14 + h + 14}" role="img" aria-label="${esc(text)}" font-size="11" font-family="system-ui, sans-serif" fill="#1a1a1a">` +
    `<title>${esc(text)}</title><line x1="0" y1="${14 + h + 0.5}" x2="${w}" y2="${14 + h + 0.5}" stroke="#767676"/>${cols}</svg>`
  );
}

function divergences(report: Report, ctx: ReporterContext): string {
  const lang = ctx.lang;
  const t = collectiveText[lang].divergences;
  const head = `<section aria-labelledby="discuss-heading" id="discuss"><h2 id="discuss-heading">${esc(t.title)}</h2>`;
  if (report.responses < 2) return `${head}<p>${esc(collectiveText[lang].single)}</p></section>`;
  const list = report.collective.divergences;
  if (!list.length) return `${head}<p>${esc(t.none)}</p></section>`;
  const total = report.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const title = (id: string) => report.dimensions.find((d) => d.id === id)?.title ?? id;
  const rows = list.map(
    (x, i) =>
      `<tr><td class="num">${i + 1}</td><td>${esc(x.text)}<br><span class="small muted">${esc(title(x.dimension))}</span></td>` +
      `<td class="num">${esc(splitText(x, lang))}</td><td class="num">${esc(num(x.dispersion, lang))}</td><td>${distributionBars(report, x.distribution, lang)}</td></tr>`,
  );
  const scale = report.scale.map((l) => `${l.value} ${l.label}`).join(' · ');
  return [
    head,
    `<p>${esc(t.intro(list.length, total))}</p>`,
    '<div class="table-wrap"><table class="divergences">',
    `<thead><tr><th scope="col" class="num">#</th><th scope="col">${esc(t.question)}</th><th scope="col" class="num">${esc(t.range)}</th>` +
      `<th scope="col" class="num">${esc(t.sdShort)}</th><th scope="col">${esc(t.levels)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
    `<p class="small muted">${esc(scale)}. ${esc(t.note)}</p>`,
    '</section>',
  ].join('\n');
}

function sectors(report: Report, ctx: ReporterContext): string {
  const lang = ctx.lang;
  const t = collectiveText[lang];
  const max = Math.max(1, ...report.sectors.map((s) => s.responses));
  const rows = report.sectors.map((s) => {
    const w = coord((120 * s.responses) / max);
    const bar = `<svg class="count-bar" width="120" height="12" viewBox="0 0 120 12" aria-hidden="true"><rect width="120" height="12" fill="#e3e3f4"/><rect width="${w}" height="12" fill="#000091"/></svg>`;
    const missing = report.collective.missingSectors.some((m) => m.id === s.id);
    return `<tr${missing ? ' class="missing"' : ''}><th scope="row">${esc(s.label)}${missing ? ` ${WARNING}` : ''}</th><td class="num">${s.responses}</td><td>${bar}</td></tr>`;
  });
  const incomplete = incompleteText(report, lang, (s) => s, ctx.withNames);
  const missing = report.collective.missingSectors;
  const note = missing.length
    ? `<p class="note-warning">${WARNING} ${esc(missingText(report, lang, (s) => s))} ${esc(t.sectors.catchAll)}</p>`
    : `<p>${esc(t.sectors.allThere)}</p>`;
  return [
    `<section aria-labelledby="sectors-heading" id="sectors"><h2 id="sectors-heading">${esc(t.sectors.title)}</h2>`,
    `<table class="sectors compact"><thead><tr><th scope="col">${esc(t.sectors.sector)}</th><th scope="col" class="num">${esc(t.sectors.responses)}</th><th scope="col"><span class="visually-hidden">${esc(htmlText[lang].sectorShare)}</span></th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table>`,
    note,
    incomplete ? `<p class="note-warning">${WARNING} ${esc(incomplete)}</p>` : '',
    ...privacyLines(report, lang).map((line) => `<p class="note-warning privacy">${WARNING} ${esc(line)}</p>`),
    report.responses >= 2 ? bySector(report, ctx) : '',
    '</section>',
  ].join('\n');
}

function bySector(report: Report, ctx: ReporterContext): string {
  const lang = ctx.lang;
  const t = collectiveText[lang].bySector;
  const cols = report.collective.sectorScores;
  if (!cols.length) return '';
  const rows = report.dimensions.map((d) => {
    const cells = cols.map((s) => {
      const v = s.scores.find((x) => x.dimension === d.id)?.score ?? null;
      return `<td class="num">${v === null ? `<span class="na">—</span>` : esc(num(v, lang))}</td>`;
    });
    const gap = sectorGap(report, d.id);
    return `<tr class="${esc(d.kind)}"><th scope="row">${esc(d.title)}</th>${cells.join('')}<td class="num"><strong>${gap === null ? '—' : esc(num(gap, lang))}</strong></td></tr>`;
  });
  return [
    `<h3>${esc(t.title)}</h3>`,
    `<p class="small muted">${esc(t.intro)}</p>`,
    '<div class="table-wrap"><table class="by-sector compact">',
    `<thead><tr><th scope="col">${esc(t.dimension)}</th>${cols.map((s) => `<th scope="col" class="num">${esc(s.label)} <span class="muted">(${s.responses})</span></th>`).join('')}<th scope="col" class="num">${esc(t.spread)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table></div>',
    `<p class="small muted">${esc(t.spreadNote)}</p>`,
  ].join('\n');
}

function comments(report: Report, ctx: ReporterContext): string {
  const lang = ctx.lang;
  const t = collectiveText[lang].comments;
  const groups = commentGroups(report);
  if (!groups.length) return '';
  const colon = htmlText[lang].colon;
  const out = [`<section aria-labelledby="comments-heading" id="comments"><h2 id="comments-heading">${esc(t.title)}</h2>`];
  if (!ctx.withNames) out.push(`<p class="small muted">${esc(t.anonymous)}</p>`);
  for (const g of groups) {
    out.push(`<h3>${esc(g.dimension.title)}</h3>`);
    for (const q of g.questions) {
      out.push(`<p class="comment-question">${esc(q.text)}</p>`);
      for (const x of q.comments) {
        const who = whoParts(report, x, ctx.withNames).join(', ');
        out.push(
          `<blockquote class="comment"><p class="comment-meta"><strong>${esc(levelText(report, x.value, lang))}</strong>${who ? ` — ${esc(who)}` : ''}${colon}</p><p class="comment-text">${esc(x.comment)}</p></blockquote>`,
        );
      }
    }
  }
  out.push('</section>');
  return out.join('\n');
}

export function collectiveSections(report: Report, ctx: ReporterContext): string {
  return [divergences(report, ctx), sectors(report, ctx), comments(report, ctx)].filter(Boolean).join('\n');
}
