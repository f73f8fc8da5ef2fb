// The report's radar: score (solid) and target (dashed) of each dimension, for the HTML report and `--format svg`.
import { htmlText } from '../../i18n/html.js';
import type { Lang } from '../../questionnaire/schema.js';
import type { Report } from '../../scoring/report.js';
import { dateRange, num, targetText } from '../format.js';
import type { ReporterContext } from '../types.js';
import { radar, SCORE_STYLE, TARGET_STYLE } from './radar.js';

/** Ring values: the upper limits of the report's bands (25, 50, 75, 100 for the built-in questionnaires). */
export function ringsOf(report: Report): number[] {
  const limits = [...new Set(report.bands.map((b) => b.max))].filter((v) => v > 0).sort((a, b) => a - b);
  return limits.length ? limits : [25, 50, 75, 100];
}

/** The report's radar: score (solid) and target (dashed) of each dimension. */
export function reportRadar(report: Report, ctx: ReporterContext, opts: { id?: string; standalone?: boolean } = {}): string {
  const lang: Lang = ctx.lang;
  const t = htmlText[lang].radar;
  const dims = report.dimensions;
  const score = (v: number | null) => (v === null ? t.notAssessed : num(v, lang));
  const desc = dims
    .map((d) =>
      d.score === null
        ? t.descItemNull(d.title, t.kind[d.kind], targetText(d.target, lang))
        : t.descItem(d.title, t.kind[d.kind], num(d.score, lang), targetText(d.target, lang)),
    )
    .join(t.sep);
  return radar({
    id: opts.id ?? 'radar',
    title: `${t.title} — ${report.territory}`,
    desc: `${t.desc} ${desc}.`,
    // A precondition below the gate threshold carries the same warning sign as the banner above the chart.
    axes: dims.map((d) => ({
      title: d.title,
      kind: d.kind,
      value: d.score !== null && report.gate.preconditions.some((p) => p.id === d.id && p.status === 'unmet') ? `${score(d.score)} ⚠` : score(d.score),
      assessed: d.score !== null,
    })),
    series: [
      { name: t.target, style: TARGET_STYLE, points: dims.map((d) => d.target), titles: dims.map((d) => t.targetVertex(d.title, targetText(d.target, lang))) },
      {
        name: t.score,
        style: SCORE_STYLE,
        points: dims.map((d) => d.score),
        titles: dims.map((d) => (d.score === null ? t.vertexNull(d.title, targetText(d.target, lang)) : t.vertex(d.title, num(d.score, lang), targetText(d.target, lang)))),
      },
    ],
    rings: ringsOf(report),
    legend: { preconditions: t.preconditions, rings: t.rings },
    ...(opts.standalone && {
      sized: true,
      caption: [report.territory, report.questionnaire.title, `${htmlText[lang].responses(report.responses)} · ${dateRange(report.dates, lang)}`],
    }),
  });
}
