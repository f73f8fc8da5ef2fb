// The trend's line charts in SVG: one small panel per index and per dimension (score over the points, the same
// 0–100 scale and colours as the radar), for the HTML trend and `trend --format svg`.
import { trendText } from '../../i18n/trend.js';
import { htmlText } from '../../i18n/html.js';
import type { Trend } from '../../trend/schema.js';
import { esc } from '../html/escape.js';
import { num } from '../format.js';
import { populationWarning, trendRows } from '../series.js';
import type { ReporterContext } from '../types.js';
import { coord, FONT, labelLines, MUTED, PRECONDITION_FILL, SCORE_STYLE, TEXT } from './radar.js';

const W = 760;
const COLUMNS = 2;
const MARGIN = 16;
const GUTTER = 24;
const PANEL_W = (W - 2 * MARGIN - (COLUMNS - 1) * GUTTER) / COLUMNS;
const TITLE_LINE = 18;
const TITLE_SPACE = 2 * TITLE_LINE + 8;
const PLOT_H = 120;
const AXIS_W = 30;
const X_LABELS = 26;
const PANEL_H = TITLE_SPACE + PLOT_H + X_LABELS;
const ROW_GAP = 18;
const GRID = [0, 25, 50, 75, 100];
const CHANGE_FILL = '#fbe6c2';
const CAPTION_LINE = 20;
const LEGEND_H = 40;

interface Panel {
  title: string;
  kind: 'precondition' | 'component' | 'index';
  series: (number | null)[];
}

/** The trend's panels as an <svg> element: the two indices first, then each dimension in questionnaire order. */
export function trendChart(x: Trend, ctx: ReporterContext, opts: { id?: string; standalone?: boolean } = {}): string {
  const lang = ctx.lang;
  const t = trendText[lang].html;
  const rows = trendRows(x, lang);
  const panels: Panel[] = [...rows.filter((r) => r.kind === 'index'), ...rows.filter((r) => r.kind !== 'index')];
  const id = esc(opts.id ?? 'trend');
  const labels = x.points.map((p) => p.label);
  const caption = opts.standalone
    ? [x.territory, x.questionnaire.title, ...x.populationChanges.map((c) => `⚠ ${populationWarning(x, c, lang)}`)].flatMap((line, j) =>
        labelLines(line, j === 0 ? 64 : 96, 4).map((text) => ({ text, main: j === 0 })),
      )
    : [];
  const top = caption.length ? 18 + CAPTION_LINE * caption.length : 8;
  const panelRows = Math.ceil(panels.length / COLUMNS);
  const legendY = top + panelRows * (PANEL_H + ROW_GAP) + 10;
  const H = legendY + LEGEND_H;
  const value = (v: number | null) => (v === null ? t.notAssessed : num(v, lang));
  const desc = panels.map((p) => t.series(p.title, p.series.map((v, i) => `${labels[i]} ${value(v)}`).join(', '))).join(htmlText[lang].radar.sep);
  const changed = new Set(x.populationChanges.map((c) => c.from));

  const captionSvg = caption
    .map(({ text, main }, j) =>
      main
        ? `<text x="${MARGIN}" y="${26 + CAPTION_LINE * j}" font-size="19" font-weight="700" fill="${TEXT}">${esc(text)}</text>`
        : `<text x="${MARGIN}" y="${26 + CAPTION_LINE * j}" font-size="14" fill="${MUTED}">${esc(text)}</text>`,
    )
    .join('');
  const body = panels.map((p, k) => panel(p, MARGIN + (k % COLUMNS) * (PANEL_W + GUTTER), top + Math.floor(k / COLUMNS) * (PANEL_H + ROW_GAP), labels, changed, ctx)).join('\n');
  const size = opts.standalone ? ` width="${W}" height="${coord(H)}"` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="trend-chart" viewBox="0 0 ${W} ${coord(H)}"${size} role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT}">`,
    `<title id="${id}-title">${esc(`${t.chartTitle} — ${x.territory}`)}</title>`,
    `<desc id="${id}-desc">${esc(`${t.chartDesc} ${desc}.`)}</desc>`,
    `<rect width="${W}" height="${coord(H)}" fill="#ffffff"/>${captionSvg}`,
    body,
    legend(x, ctx, legendY),
    '</svg>',
  ].join('\n');
}

function panel(p: Panel, x0: number, y0: number, labels: string[], changed: Set<number>, ctx: ReporterContext): string {
  const lang = ctx.lang;
  const t = trendText[lang].html;
  const n = labels.length;
  const left = x0 + AXIS_W;
  const right = x0 + PANEL_W - 14;
  const plotTop = y0 + TITLE_SPACE;
  const px = (i: number) => (n === 1 ? (left + right) / 2 : left + 14 + ((right - left - 28) * i) / (n - 1));
  const py = (v: number) => plotTop + PLOT_H - (PLOT_H * v) / 100;
  const index = p.kind === 'index';
  const title = labelLines(p.title, 40, 2)
    .map((l, j) => `<tspan x="${coord(x0)}" y="${coord(y0 + 14 + j * TITLE_LINE)}">${esc(l)}</tspan>`)
    .join('');
  const titleSvg = `<text class="trend-title" font-size="15" font-weight="${index ? 700 : 600}" fill="${TEXT}"><title>${esc(p.title)}</title>${title}</text>`;
  const background = p.kind === 'precondition' ? `<rect x="${coord(left)}" y="${coord(plotTop)}" width="${coord(right - left)}" height="${PLOT_H}" fill="${PRECONDITION_FILL}"/>` : '';
  // Between two points where who answered changed, a light band: a move there may come from who answered.
  const bands = [...changed]
    .map((i) => `<rect class="trend-population" x="${coord(px(i))}" y="${coord(plotTop)}" width="${coord(px(i + 1) - px(i))}" height="${PLOT_H}" fill="${CHANGE_FILL}" fill-opacity="0.8"/>`)
    .join('');
  const grid = GRID.map(
    (v) =>
      `<line x1="${coord(left)}" y1="${coord(py(v))}" x2="${coord(right)}" y2="${coord(py(v))}" stroke="${v === 0 ? '#9a9a9a' : '#d0d0d0'}" stroke-width="${v === 0 ? 1 : 0.8}"/>` +
      `<text x="${coord(left - 6)}" y="${coord(py(v) + 4)}" text-anchor="end" font-size="11" fill="${MUTED}">${v}</text>`,
  ).join('');
  const xLabels = labels.map((l, i) => `<text x="${coord(px(i))}" y="${coord(plotTop + PLOT_H + 18)}" text-anchor="middle" font-size="12" fill="${MUTED}">${esc(l)}</text>`).join('');
  // The line breaks where a point has no score.
  const segments: string[][] = [[]];
  p.series.forEach((v, i) => (v === null ? segments.push([]) : segments[segments.length - 1]!.push(`${coord(px(i))},${coord(py(v))}`)));
  const lines = segments
    .filter((s) => s.length > 1)
    .map((s) => `<polyline points="${s.join(' ')}" fill="none" stroke="${SCORE_STYLE.stroke}" stroke-width="${SCORE_STYLE.width}" stroke-linejoin="round"/>`)
    .join('');
  const last = p.series.length - 1;
  const dots = p.series
    .map((v, i) => {
      if (v === null) return '';
      const [cx, cy] = [coord(px(i)), coord(py(v))];
      const label = i === 0 || i === last ? `<text x="${cx}" y="${coord(py(v) - 9)}" text-anchor="middle" font-size="12" font-weight="700" fill="${TEXT}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${esc(num(v, lang))}</text>` : '';
      return (
        `<g class="trend-point"><title>${esc(t.point(p.title, labels[i]!, num(v, lang)))}</title><circle cx="${cx}" cy="${cy}" r="10" fill="#ffffff" fill-opacity="0"/>` +
        `<circle cx="${cx}" cy="${cy}" r="4.5" fill="${SCORE_STYLE.stroke}" stroke="#ffffff" stroke-width="1.5"/></g>${label}`
      );
    })
    .join('');
  return `<g class="trend-panel trend-${p.kind}">${titleSvg}${background}${bands}${grid}${xLabels}${lines}${dots}</g>`;
}

function legend(x: Trend, ctx: ReporterContext, y: number): string {
  const t = htmlText[ctx.lang].radar;
  const tt = trendText[ctx.lang];
  const items = [
    `<line x1="0" y1="0" x2="28" y2="0" stroke="${SCORE_STYLE.stroke}" stroke-width="${SCORE_STYLE.width}"/><circle cx="14" cy="0" r="4" fill="${SCORE_STYLE.stroke}"/><text x="36" y="5">${esc(t.score)}</text>`,
    `<rect x="0" y="-8" width="16" height="16" fill="${PRECONDITION_FILL}" stroke="#b8a27a"/><text x="24" y="5">${esc(t.preconditions)}</text>`,
    ...(x.populationChanges.length ? [`<rect x="0" y="-8" width="16" height="16" fill="${CHANGE_FILL}" stroke="#c98a1a"/><text x="24" y="5">${esc(tt.html.populationChanged)}</text>`] : []),
  ];
  const widths = [36 + 7.8 * t.score.length, 24 + 7.8 * t.preconditions.length, 24 + 7.8 * tt.html.populationChanged.length];
  let at = MARGIN;
  const parts = items.map((item, i) => {
    const s = `<g transform="translate(${coord(at)} ${coord(y)})">${item}</g>`;
    at += widths[i]! + 22;
    return s;
  });
  return `<g class="trend-legend" font-size="14" fill="${TEXT}">${parts.join('')}</g>`;
}
