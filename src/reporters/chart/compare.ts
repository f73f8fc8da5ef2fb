// The comparison's radar: before dashed, after solid, for the HTML comparison and `compare --format svg`.
import type { Comparison } from '../../compare/schema.js';
import { compareText } from '../../i18n/compare.js';
import { htmlText } from '../../i18n/html.js';
import type { Lang } from '../../questionnaire/schema.js';
import { sideText } from '../comparison.js';
import { monthYear, num, signed } from '../format.js';
import type { ReporterContext } from '../types.js';
import { BEFORE_STYLE, radar, SCORE_STYLE } from './radar.js';

const RINGS = [25, 50, 75, 100];

/** "Avant (mars 2025)": the side's label with the month of its last response, for the legend. */
function sideName(x: Comparison, which: 'before' | 'after', lang: Lang): string {
  const to = x[which].dates.to;
  return htmlText[lang].compare.side(compareText[lang][which], to ? monthYear(to, lang) : '');
}

export function comparisonRadar(x: Comparison, ctx: ReporterContext, opts: { id?: string; standalone?: boolean } = {}): string {
  const lang = ctx.lang;
  const t = htmlText[lang];
  const ct = compareText[lang];
  const dims = x.dimensions;
  const score = (v: number | null) => (v === null ? t.radar.notAssessed : num(v, lang));
  const desc = dims.map((d) => t.compare.descItem(d.title, score(d.before.score), score(d.after.score))).join(t.radar.sep);
  const before = ct.before.toLowerCase();
  const after = ct.after.toLowerCase();
  return radar({
    id: opts.id ?? 'radar',
    title: `${t.compare.radarTitle} — ${x.after.territory}`,
    desc: `${t.compare.radarDesc} ${desc}.`,
    axes: dims.map((d) => ({
      title: d.title,
      kind: d.kind,
      value: d.after.score === null ? t.radar.notAssessed : `${score(d.before.score)} → ${num(d.after.score, lang)}`,
      assessed: d.after.score !== null,
    })),
    series: [
      {
        name: sideName(x, 'before', lang),
        style: BEFORE_STYLE,
        points: dims.map((d) => d.before.score),
        titles: dims.map((d) => t.compare.vertex(d.title, before, score(d.before.score))),
      },
      {
        name: sideName(x, 'after', lang),
        style: SCORE_STYLE,
        points: dims.map((d) => d.after.score),
        titles: dims.map((d) =>
          d.change === null ? t.compare.vertex(d.title, after, score(d.after.score)) : t.compare.vertexChange(d.title, after, score(d.after.score), signed(d.change, lang)),
        ),
      },
    ],
    rings: RINGS,
    legend: { preconditions: t.radar.preconditions, rings: t.radar.rings },
    ...(opts.standalone && {
      sized: true,
      caption: [x.after.territory, x.questionnaire.title, `${ct.before}${t.colon} ${sideText(x.before, lang)}`, `${ct.after}${t.colon} ${sideText(x.after, lang)}`],
    }),
  });
}
