// Number, date and label formatting for the HTML and SVG reports (decimal comma in French; JSON keeps numbers).
import { htmlText } from '../../i18n/html.js';
import type { Lang } from '../../questionnaire/schema.js';

/** A coordinate or length for SVG/CSS: at most two decimals, never "-0". */
export function coord(n: number): string {
  const r = Math.round(n * 100) / 100 + 0;
  return String(Object.is(r, -0) ? 0 : r);
}

const MONTHS: Record<Lang, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2025-03-04" → "4 mars 2025" / "4 March 2025"; a string of another shape is returned as it is. */
export function longDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  const day = Number(m[3]);
  return `${lang === 'fr' && day === 1 ? '1er' : day} ${month} ${m[1]}`;
}

/**
 * Splits a label into at most `maxLines` lines of about `width` characters, at spaces, with lines of
 * even length (no lone last word); the last line ends with "…" when the label is longer (the full
 * label stays in the chart's <title> and in the table).
 */
export function wrap(text: string, width: number, maxLines: number): string[] {
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

/** The period of the responses: "du 3 mars 2025 au 21 mars 2025", "le 14 février 2025", or "date non renseignée". */
export function dateRange(dates: { from: string | null; to: string | null }, lang: Lang): string {
  const t = htmlText[lang].dates;
  if (!dates.from || !dates.to) return t.none;
  if (dates.from === dates.to) return t.one(longDate(dates.from, lang));
  return t.range(longDate(dates.from, lang), longDate(dates.to, lang));
}

/** "2025-03-18" → "mars 2025" / "March 2025": short enough for a chart legend. */
export function monthYear(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(iso);
  const month = m ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  return m && month ? `${month} ${m[1]}` : iso;
}
