// What the terminal and Markdown reports have in common: numbers, bars, text width and wrapping, verdicts.
import type { Lang } from '../questionnaire/schema.js';
import type { DimensionResult, Report } from '../scoring/report.js';
import { reportText } from '../i18n/report.js';

/** A score, gap or index with one decimal (a decimal comma in French); "—" when there is none. */
export function num(x: number | null, lang: Lang): string {
  if (x === null) return '—';
  const s = x.toFixed(1);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** A target as given (75, 62.5), without a forced decimal. */
export function targetText(x: number, lang: Lang): string {
  return num(x, lang).replace(/[.,]0$/, '');
}

export const BAR_CELLS = 20;
export const BAR = { full: '█', half: '▌', empty: '░', target: '│' } as const;

export interface BarParts {
  filled: string;
  empty: string;
  /** Where the target marker goes, in cells from the left (0..BAR_CELLS). */
  at: number;
}

/**
 * A bar of BAR_CELLS cells (5 points each; a half cell from 2.5 points), the target marker inserted
 * between cells. Parts are returned so the terminal can colour them; join them with `barText`.
 */
export function barParts(score: number, target: number): BarParts {
  const per = 100 / BAR_CELLS;
  const full = Math.floor(score / per);
  const half = score - full * per >= per / 2 && full < BAR_CELLS;
  const filled = BAR.full.repeat(full) + (half ? BAR.half : '');
  const empty = BAR.empty.repeat(BAR_CELLS - full - (half ? 1 : 0));
  return { filled, empty, at: Math.round(target / per) };
}

/** The bar as plain text: filled cells, empty cells, and the target marker. */
export function barText(score: number, target: number, paint: (part: 'filled' | 'empty' | 'target', s: string) => string = (_p, s) => s): string {
  const { filled, empty, at } = barParts(score, target);
  const cells = filled + empty;
  const cuts = [...new Set([0, Math.min(at, cells.length), filled.length, cells.length])].sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    if (from === at) out += paint('target', BAR.target);
    out += paint(from < filled.length ? 'filled' : 'empty', cells.slice(from, to));
  }
  if (at >= cells.length) out += paint('target', BAR.target);
  return out;
}

// Combining marks and zero-width characters take no column; East Asian wide characters and emoji take two.
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f]$/u;
const WIDE = /^[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]$/u;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Columns one character takes. Latin text and the punctuation, arrows, box drawing and blocks of the reports
 * are told by their code point alone: the Unicode classes above cost milliseconds to compile, on first use.
 */
export function charWidth(c: string): number {
  const cp = c.codePointAt(0)!;
  if (cp < 0x300 || (cp >= 0x2010 && cp < 0x2060) || (cp >= 0x2100 && cp < 0x2c00)) return 1;
  return classWidth(c);
}

/** Columns one character takes, by its Unicode class alone (what charWidth answers for every character). */
export function classWidth(c: string): number {
  return ZERO_WIDTH.test(c) ? 0 : WIDE.test(c) ? 2 : 1;
}

/** Columns a string takes in a terminal (ANSI colour codes ignored). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const c of s.includes('\u001b') ? s.replace(ANSI, '') : s) w += charWidth(c);
  return w;
}

/** Word-wraps plain text to `width` columns; a word longer than a line is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const w = displayWidth(word);
    if (line && used + 1 + w <= width) {
      line += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (line) lines.push(line);
    [line, used] = [word, w];
    while (used > width) {
      // The longest start that fits (at least one character, so that a too narrow width still ends).
      let cut = '';
      let cutWidth = 0;
      for (const c of line) {
        const cw = charWidth(c);
        if (cut && cutWidth + cw > width) break;
        cut += c;
        cutWidth += cw;
      }
      lines.push(cut);
      line = line.slice(cut.length);
      used -= cutWidth;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** Dimensions of one kind, in questionnaire order. */
export function dimensionsOf(report: Report, kind: DimensionResult['kind']): DimensionResult[] {
  return report.dimensions.filter((d) => d.kind === kind);
}

export const KINDS = ['precondition', 'component'] as const;

/** "12/16", the numeric answers over the answers expected (questions × responses). */
export function coverageRatio(d: DimensionResult): string {
  const c = d.coverage;
  return `${c.answered}/${c.answered + c.unknown + c.unanswered}`;
}

/** "?3 –1": the "don't know" and unanswered counts, each only when there are some. */
export function coverageRest(d: DimensionResult): string {
  const c = d.coverage;
  return [c.unknown ? `?${c.unknown}` : '', c.unanswered ? `–${c.unanswered}` : ''].filter(Boolean).join(' ');
}

/** The sectors that have responses, as "label (n)". */
export function sectorList(report: Report): string {
  return report.sectors.filter((s) => s.responses > 0).map((s) => `${s.label} (${s.responses})`).join(', ');
}

export function dateText(report: Report, lang: Lang): string {
  const t = reportText[lang];
  const { from, to } = report.dates;
  return from && to ? t.dateRange(from, to) : t.undated;
}

/** What to say when there is no recommendation: nothing is scored, nothing has a gap, or no challenge fits. */
export function emptyRecommendations(report: Report, lang: Lang): string {
  const t = reportText[lang];
  if (report.dimensions.every((d) => d.score === null)) return t.noScore;
  return report.noGap ? t.noGap : t.noChallenge;
}

/** An index "57.8 out of 100", or "— (not enough answers)". */
export function indexText(x: number | null, lang: Lang): { value: string; rest: string } {
  const t = reportText[lang];
  return { value: num(x, lang), rest: x === null ? `(${t.notEnough})` : t.outOf100 };
}
