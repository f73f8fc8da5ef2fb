// The roll-up's small multiples: one small bar chart per territory, on the same scale, with the territories' median and the target.
import { rollupText } from '../../i18n/rollup.js';
import type { Lang } from '../../questionnaire/schema.js';
import type { Rollup, TerritoryRow } from '../../rollup/schema.js';
import { esc } from '../html/escape.js';
import { num } from '../format.js';
import { cellsOf, columnLabels, columnTitles } from '../rollup.js';

const LABEL = 34;
const BAR = 180;
const VALUE = 40;
const ROW = 16;
const TOP = 6;
const W = LABEL + BAR + VALUE;
const KIND_COLOUR = { precondition: '#6b4400', component: '#000091', index: '#4d4d4d' } as const;

/** One territory's profile: a bar per dimension and index, a black tick at the median, a dotted one at the target. */
export function profile(r: Rollup, row: TerritoryRow, lang: Lang, id: string): string {
  const t = rollupText[lang];
  const labels = columnLabels(r, lang);
  const titles = columnTitles(r, lang);
  const cells = cellsOf(row);
  const h = TOP * 2 + cells.length * ROW;
  const x = (v: number) => LABEL + (BAR * v) / 100;
  const parts = cells.map((s, i) => {
    const y = TOP + i * ROW;
    const kind = i < r.dimensions.length ? r.dimensions[i]!.kind : 'index';
    const median = r.spread[i]!.median;
    const target = i < r.dimensions.length ? r.dimensions[i]!.target : null;
    const score = s.score === null ? t.notAssessed : num(s.score, lang);
    const title = t.bar(titles[i]!, score, num(median, lang));
    return [
      `<g><title>${esc(title)}</title>`,
      `<text x="${LABEL - 6}" y="${y + 11.5}" text-anchor="end" class="pl">${esc(labels[i]!)}</text>`,
      `<rect x="${LABEL}" y="${y + 2}" width="${BAR}" height="${ROW - 4}" fill="#f5f5f5"/>`,
      s.score === null ? '' : `<rect x="${LABEL}" y="${y + 2}" width="${((BAR * s.score) / 100).toFixed(1)}" height="${ROW - 4}" fill="${KIND_COLOUR[kind]}"/>`,
      target === null ? '' : `<line x1="${x(target).toFixed(1)}" x2="${x(target).toFixed(1)}" y1="${y}" y2="${y + ROW}" stroke="#3a3a3a" stroke-width="1.2" stroke-dasharray="2 2"/>`,
      median === null ? '' : `<line x1="${x(median).toFixed(1)}" x2="${x(median).toFixed(1)}" y1="${y}" y2="${y + ROW}" stroke="#000000" stroke-width="2.5"/>`,
      `<text x="${LABEL + BAR + 6}" y="${y + 11.5}" class="pv${s.score === null ? ' pn' : ''}">${esc(s.score === null ? '—' : num(s.score, lang))}</text>`,
      '</g>',
    ].join('');
  });
  const desc = cells.map((s, i) => `${labels[i]} ${s.score === null ? t.notAssessed : num(s.score, lang)}`).join(', ');
  return [
    `<svg class="profile" viewBox="0 0 ${W} ${h}" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${id}-t">${esc(t.profileTitle(row.territory))}</title>`,
    `<desc id="${id}-d">${esc(desc)}</desc>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

