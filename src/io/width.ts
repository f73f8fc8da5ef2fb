// Width and wrapping of terminal text, measured as terminals draw it (fast-string-width: emoji and East Asian
// wide characters take two columns, combining marks none, ANSI colour codes nothing), and the one wrap for
// every text a terminal shows: reports, comparisons, the answers template's comments, tables.
import stringWidth from 'fast-string-width';

/**
 * Characters of one column each, by fast-string-width too (test/io/width.test.ts checks every one of them): Latin,
 * general punctuation, letterlike symbols, arrows, box drawing and blocks, the marks ✓ ✗ ⚠. A text made of them
 * only (most of a report) is counted without the library's Unicode-class expressions, which cost milliseconds
 * to compile on first use.
 */
export const NARROW = /^[\x20-\x7e\xa0-\u02ff\u2010-\u205f\u2100-\u21ff\u2500-\u259f\u2713\u2717\u26a0]*$/;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

/** Columns a string takes in a terminal (ANSI colour codes ignored). */
export function displayWidth(s: string): number {
  const plain = s.includes('\u001b') ? s.replace(SGR, '') : s;
  return NARROW.test(plain) ? plain.length : stringWidth(plain);
}

/** Breakable white space: every space but the non-breaking ones (U+00A0, U+2007, U+202F), which hold their words together. */
const BREAK = /[^\S\u00a0\u2007\u202f]+/;
/** A French closing sign written after a plain space (« ? », « : », « » »…): it goes with the word before it. */
const CLOSING = /^[?!:;\u00bb]+[.,\u2026]*$/;
/** An opening « followed by a plain space: it goes with the word after it. */
const OPENING = /^\u00ab$/;

/** The text's words, each closing sign kept with the word before it and each « with the word after it. */
function units(text: string): string[] {
  const out: string[] = [];
  let open = '';
  for (const word of text.split(BREAK)) {
    if (!word) continue;
    if (OPENING.test(word)) {
      open += `${word} `;
      continue;
    }
    const unit = open + word;
    open = '';
    if (CLOSING.test(word) && out.length) out[out.length - 1] += ` ${unit}`;
    else out.push(unit);
  }
  if (open) out.push(open.trimEnd());
  return out;
}

/**
 * Word-wraps text to `width` columns: runs of white space (line breaks included) become one space, a word
 * longer than a line is cut (at least one character a line, so that a too narrow width still ends). Always at
 * least one line. French typography holds: a line never starts with « ? », « : », « ! », « ; » or « » » nor ends
 * with « «, even when the text has a plain space where a non-breaking one belongs, and non-breaking spaces
 * never break. (Not fast-wrap-ansi's wrapAnsi: it rewrites the text in NFC and cuts long words elsewhere.)
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  // A group longer than a line is broken between its words rather than inside one.
  for (const word of units(text).flatMap((u) => (u.includes(' ') && displayWidth(u) > width ? u.split(' ') : [u]))) {
    const w = displayWidth(word);
    if (line && used + 1 + w <= width) {
      line += ` ${word}`;
      used += 1 + w;
      continue;
    }
    if (line) lines.push(line);
    [line, used] = [word, w];
    while (used > width) {
      let cut = '';
      for (const c of line) {
        if (cut && displayWidth(cut + c) > width) break;
        cut += c;
      }
      lines.push(cut);
      line = line.slice(cut.length);
      used = displayWidth(line);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * `wrap` for texts of paragraphs: each paragraph (line break) wrapped, the first line to `width`, every other
 * line starting with `hanging` and wrapped to the rest of `width`.
 */
export function wrapParagraphs(text: string, width: number, hanging = ''): string[] {
  const out: string[] = [];
  const rest = (t: string) => wrap(t, width - displayWidth(hanging)).map((l) => (l ? hanging + l : l));
  for (const p of text.split('\n')) {
    if (out.length) {
      out.push(...rest(p));
      continue;
    }
    const [first = '', ...more] = wrap(p, width);
    out.push(first);
    if (more.length) out.push(...rest(more.join(' ')));
  }
  return out;
}

/** `s` followed by spaces up to `width` columns. */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Spaces up to `width` columns, then `s`. */
export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** One line of at most `width` columns: the start of `s` (cut at a word when one fits), with an ellipsis when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  return `${wrap(s, Math.max(1, width - 1))[0]!.trimEnd()}…`;
}
