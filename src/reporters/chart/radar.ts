// The radar chart in SVG (dimensions as axes, score and target polygons, band rings): alone for slides, and inside the HTML report.
import { esc } from '../html/escape.js';

export interface RadarAxis {
  title: string;
  kind: 'precondition' | 'component';
  /** The line under the axis label: the score, "non évalué", or "45 → 52,5" in a comparison. */
  value: string;
  /** False when the main series has no score on this axis: dotted axis, open marker, muted value. */
  assessed: boolean;
}

export interface SeriesStyle {
  stroke: string;
  width: number;
  dash?: string;
  fill?: string;
  marker: 'filled' | 'hollow' | 'none';
}

export interface RadarSeries {
  name: string;
  style: SeriesStyle;
  /** One point per axis, 0..100, null where there is no value (the polygon joins the others). */
  points: (number | null)[];
  /** The <title> of each vertex (shown on hover). */
  titles: string[];
}

export interface RadarInput {
  /** Prefix of the element ids, unique within the page. */
  id: string;
  title: string;
  desc: string;
  axes: RadarAxis[];
  /** Drawn in order: the first one under the others. */
  series: RadarSeries[];
  /** Ring values (band limits), e.g. 25, 50, 75, 100. */
  rings: number[];
  legend: { preconditions: string; rings: string };
  /** Heading lines drawn above the chart when the SVG stands alone (slides). */
  caption?: string[];
  /** Intrinsic width and height attributes (standalone SVG); inline SVG is sized by the page's CSS. */
  sized?: boolean;
}

export const SCORE_STYLE: SeriesStyle = { stroke: '#000091', width: 2.5, fill: '#000091', marker: 'filled' };
export const BEFORE_STYLE: SeriesStyle = { stroke: '#5c6b80', width: 2, dash: '7 5', marker: 'hollow' };
export const TARGET_STYLE: SeriesStyle = { stroke: '#3a3a3a', width: 1.6, dash: '6 4', marker: 'none' };

export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const W = 760;
const R = 160;
const LABEL_GAP = 16;
const LINE = 18;
const FONT_SIZE = 16;
const LABEL_WIDTH = 20;
const LABEL_SPACE = 4 * LINE + LABEL_GAP + 8;
const CAPTION_LINE = 20;
const LEGEND_SPACE = 44;
export const TEXT = '#1a1a1a';
export const MUTED = '#555555';
const PRECONDITION_TEXT = '#6b4400';
export const PRECONDITION_FILL = '#f1eadb';

/** The point at `value` (0..100) on axis i of n: axis 0 at the top, then clockwise. */
function at(cx: number, cy: number, i: number, n: number, value: number): [number, number] {
  const a = (2 * Math.PI * i) / n;
  const r = (R * value) / 100;
  return [cx + r * Math.sin(a), cy - r * Math.cos(a)];
}

const pt = ([x, y]: [number, number]) => `${coord(x)},${coord(y)}`;

function wedge(cx: number, cy: number, i: number, n: number): string {
  const a0 = (2 * Math.PI * (i - 0.5)) / n;
  const a1 = (2 * Math.PI * (i + 0.5)) / n;
  const p0: [number, number] = [cx + R * Math.sin(a0), cy - R * Math.cos(a0)];
  const p1: [number, number] = [cx + R * Math.sin(a1), cy - R * Math.cos(a1)];
  const large = n === 1 ? 1 : 0;
  if (n === 1) return `<circle cx="${coord(cx)}" cy="${coord(cy)}" r="${R}" fill="${PRECONDITION_FILL}"/>`;
  return `<path d="M${pt([cx, cy])} L${pt(p0)} A${R},${R} 0 ${large} 1 ${pt(p1)} Z" fill="${PRECONDITION_FILL}"/>`;
}

function label(axis: RadarAxis, i: number, n: number, cx: number, cy: number): string {
  const a = (2 * Math.PI * i) / n;
  const sin = Math.sin(a);
  const cos = Math.cos(a);
  const x = cx + (R + LABEL_GAP) * sin;
  const y = cy - (R + LABEL_GAP) * cos;
  const anchor = Math.abs(sin) < 0.2 ? 'middle' : sin > 0 ? 'start' : 'end';
  const lines = labelLines(axis.title, LABEL_WIDTH, 3);
  const k = lines.length + 1;
  // Blocks above the chart end just above the ring, blocks below start just under it, side blocks are centred.
  const t = (1 + cos) / 2;
  const y0 = y - t * ((k - 1) * LINE + 4) + (1 - t) * 12;
  const precondition = axis.kind === 'precondition';
  const tspans = lines.map((l, j) => `<tspan x="${coord(x)}" y="${coord(y0 + j * LINE)}">${esc(l)}</tspan>`).join('');
  const value = axis.assessed
    ? `<tspan x="${coord(x)}" y="${coord(y0 + lines.length * LINE)}" font-weight="700" fill="${TEXT}">${esc(axis.value)}</tspan>`
    : `<tspan x="${coord(x)}" y="${coord(y0 + lines.length * LINE)}" font-style="italic" fill="${MUTED}">${esc(axis.value)}</tspan>`;
  return (
    `<text class="radar-label${precondition ? ' radar-label-precondition' : ''}" text-anchor="${anchor}" font-size="${FONT_SIZE}"` +
    ` fill="${precondition ? PRECONDITION_TEXT : TEXT}"${precondition ? ' font-weight="600"' : ''}>` +
    `<title>${esc(axis.title)}</title>${tspans}${value}</text>`
  );
}

function polygon(s: RadarSeries, cx: number, cy: number, n: number, cls: string): string {
  const points = s.points.flatMap((v, i) => (v === null ? [] : [pt(at(cx, cy, i, n, v))])).join(' ');
  const st = s.style;
  return (
    `<polygon class="${cls}" points="${points}" fill="${st.fill ?? 'none'}"${st.fill ? ' fill-opacity="0.14"' : ''}` +
    ` stroke="${st.stroke}" stroke-width="${st.width}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''} stroke-linejoin="round"/>`
  );
}

function vertices(s: RadarSeries, cx: number, cy: number, n: number, cls: string): string {
  return s.points
    .map((v, i) => {
      if (v === null) return '';
      const [x, y] = at(cx, cy, i, n, v);
      const hit = `<circle cx="${coord(x)}" cy="${coord(y)}" r="10" fill="#ffffff" fill-opacity="0"/>`;
      const dot =
        s.style.marker === 'filled'
          ? `<circle cx="${coord(x)}" cy="${coord(y)}" r="4.5" fill="${s.style.stroke}" stroke="#ffffff" stroke-width="1.5"/>`
          : s.style.marker === 'hollow'
            ? `<circle cx="${coord(x)}" cy="${coord(y)}" r="4" fill="#ffffff" stroke="${s.style.stroke}" stroke-width="2"/>`
            : '';
      return `<g class="radar-vertex ${cls}-vertex"><title>${esc(s.titles[i] ?? '')}</title>${hit}${dot}</g>`;
    })
    .join('');
}

function legendSample(s: SeriesStyle, x: number, y: number): string {
  const line = `<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${s.stroke}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
  const dot =
    s.marker === 'filled'
      ? `<circle cx="${x + 14}" cy="${y}" r="4" fill="${s.stroke}"/>`
      : s.marker === 'hollow'
        ? `<circle cx="${x + 14}" cy="${y}" r="3.5" fill="#ffffff" stroke="${s.stroke}" stroke-width="2"/>`
        : '';
  return line + dot;
}

/** Rough width of a label in the legend, to lay the items out in a centred row without measuring text. */
const textWidth = (s: string) => s.length * 7.8;

interface LegendItem {
  width: number;
  draw: (x: number, y: number) => string;
}

function legendItems(input: RadarInput): LegendItem[] {
  const items: LegendItem[] = [...input.series]
    .reverse()
    .map((s) => ({
      width: 36 + textWidth(s.name),
      draw: (x, y) => `${legendSample(s.style, x, y)}<text x="${x + 36}" y="${y + 5}">${esc(s.name)}</text>`,
    }));
  items.push({
    width: 24 + textWidth(input.legend.preconditions),
    draw: (x, y) => `<rect x="${x}" y="${y - 8}" width="16" height="16" fill="${PRECONDITION_FILL}" stroke="#b8a27a"/><text x="${x + 24}" y="${y + 5}">${esc(input.legend.preconditions)}</text>`,
  });
  const ringText = `${input.legend.rings} ${input.rings.join(' · ')}`;
  items.push({
    width: 24 + textWidth(ringText),
    draw: (x, y) => `<circle cx="${x + 8}" cy="${y}" r="7" fill="none" stroke="#b0b0b0"/><text x="${x + 24}" y="${y + 5}">${esc(ringText)}</text>`,
  });
  return items;
}

const LEGEND_GAP = 22;
const LEGEND_ROW = 26;

/** The legend items in centred rows, as many items per row as fit in the chart's width. */
function legendRows(items: LegendItem[]): LegendItem[][] {
  const rows: LegendItem[][] = [];
  let width = 0;
  for (const it of items) {
    const row = rows[rows.length - 1];
    if (row && width + LEGEND_GAP + it.width <= W - 16) {
      row.push(it);
      width += LEGEND_GAP + it.width;
    } else {
      rows.push([it]);
      width = it.width;
    }
  }
  return rows;
}

function legend(rows: LegendItem[][], y: number): string {
  const parts = rows.flatMap((row, r) => {
    const total = row.reduce((sum, it) => sum + it.width, 0) + LEGEND_GAP * (row.length - 1);
    let x = Math.max(8, (W - total) / 2);
    return row.map((it) => {
      const s = it.draw(Math.round(x), y + r * LEGEND_ROW);
      x += it.width + LEGEND_GAP;
      return s;
    });
  });
  return `<g class="radar-legend" font-size="14" fill="${TEXT}">${parts.join('')}</g>`;
}

/** The caption's lines wrapped to the chart's width (about 64 characters of the title's size, 96 of the others). */
function captionLines(caption: string[]): { text: string; main: boolean }[] {
  return caption.flatMap((line, j) => labelLines(line, j === 0 ? 64 : 96, 3).map((text) => ({ text, main: j === 0 })));
}

/** The radar as an <svg> element (no XML declaration). */
export function radar(input: RadarInput): string {
  const n = input.axes.length;
  const top = input.caption?.length ? 18 + CAPTION_LINE * captionLines(input.caption).length : 8;
  const cx = W / 2;
  const cy = top + LABEL_SPACE + R;
  const legendY = cy + R + LABEL_SPACE + 14;
  const rows = legendRows(legendItems(input));
  const H = legendY + (rows.length - 1) * LEGEND_ROW + LEGEND_SPACE - 14;
  const id = esc(input.id);

  const caption = captionLines(input.caption ?? [])
    .map(({ text, main }, j) =>
      main
        ? `<text x="16" y="${26 + CAPTION_LINE * j}" font-size="19" font-weight="700" fill="${TEXT}">${esc(text)}</text>`
        : `<text x="16" y="${26 + CAPTION_LINE * j}" font-size="14" fill="${MUTED}">${esc(text)}</text>`,
    )
    .join('');
  const wedges = input.axes.map((a, i) => (a.kind === 'precondition' ? wedge(cx, cy, i, n) : '')).join('');
  const rings = input.rings
    .map((v) => `<circle class="radar-ring" cx="${coord(cx)}" cy="${coord(cy)}" r="${coord((R * v) / 100)}" fill="none" stroke="#b0b0b0" stroke-width="${v === 100 ? 1.2 : 0.8}"/>`)
    .join('');
  const axes = input.axes
    .map((a, i) => {
      const [x, y] = at(cx, cy, i, n, 100);
      return `<line class="radar-axis" x1="${coord(cx)}" y1="${coord(cy)}" x2="${coord(x)}" y2="${coord(y)}" stroke="#9a9a9a" stroke-width="1"${a.assessed ? '' : ' stroke-dasharray="2 3"'}/>`;
    })
    .join('');
  // Ring values sit half-way between the first two axes, haloed in white to stay legible over the polygons.
  const ringLabels = input.rings
    .map((v) => {
      const [x, y] = at(cx, cy, 0.5, n, v);
      return `<text x="${coord(x)}" y="${coord(y + 4)}" text-anchor="middle">${v}</text>`;
    })
    .join('');
  const gaps = input.axes
    .map((a, i) => {
      if (a.assessed) return '';
      const [x, y] = at(cx, cy, i, n, 100);
      // The open marker on the outer ring says "no score here"; its title is the main series' one for this axis.
      const title = input.series[input.series.length - 1]?.titles[i] ?? a.title;
      return `<g class="radar-gap"><title>${esc(title)}</title><circle cx="${coord(x)}" cy="${coord(y)}" r="6" fill="#ffffff" stroke="${MUTED}" stroke-width="1.5" stroke-dasharray="2 2"/></g>`;
    })
    .join('');
  const classes = ['radar-target', 'radar-before', 'radar-score'];
  const cls = (s: RadarSeries) => (s.style.marker === 'none' ? classes[0]! : s.style.marker === 'hollow' ? classes[1]! : classes[2]!);
  const polygons = input.series.map((s) => polygon(s, cx, cy, n, cls(s))).join('\n');
  const dots = input.series.map((s) => vertices(s, cx, cy, n, cls(s))).join('\n');
  const labels = input.axes.map((a, i) => label(a, i, n, cx, cy)).join('\n');

  const size = input.sized ? ` width="${W}" height="${coord(H)}"` : '';
  // One line per layer, so that a diff of two radars reads layer by layer.
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="radar" viewBox="0 0 ${W} ${coord(H)}"${size} role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT}">`,
    `<title id="${id}-title">${esc(input.title)}</title>`,
    `<desc id="${id}-desc">${esc(input.desc)}</desc>`,
    `<rect width="${W}" height="${coord(H)}" fill="#ffffff"/>${caption}`,
    `<g class="radar-grid">${wedges}${rings}${axes}</g>`,
    polygons,
    `<g class="radar-ring-labels" font-size="12" fill="${MUTED}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${ringLabels}</g>`,
    `${gaps}${dots}`,
    labels,
    legend(rows, legendY),
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** A coordinate or length for SVG/CSS: at most two decimals, never "-0". */
export function coord(n: number): string {
  const r = Math.round(n * 100) / 100 + 0;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * (Labels in the chart are measured in characters, for a proportional font: a different job from the
 * terminal's wrap, src/io/width.ts, which counts columns.)
 * Splits a label into at most `maxLines` lines of about `width` characters, at spaces, with lines of
 * even length (no lone last word); the last line ends with "…" when the label is longer (the full
 * label stays in the chart's <title> and in the table).
 */
export function labelLines(text: string, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = greedy(words, width);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
    return kept;
  }
  // The narrowest width that still needs no more lines gives the most even lines.
  for (let w = Math.ceil(text.length / lines.length); w < width; w++) {
    const even = greedy(words, w);
    if (even.length === lines.length) return even;
  }
  return lines;
}

function greedy(words: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
