// Width and wrapping of terminal text, measured as terminals draw it (fast-string-width: emoji and East Asian
// wide characters take two columns, combining marks none, ANSI colour codes nothing), and the one wrap for
// every text a terminal shows: reports, comparisons, the answers template's comments, tables.
import stringWidth from 'fast-string-width';

/** Columns a string takes in a terminal (ANSI colour codes ignored). */
export function displayWidth(s: string): number {
  return stringWidth(s);
}

/**
 * Word-wraps text to `width` columns: runs of white space (line breaks included) become one space, a word
 * longer than a line is cut (at least one character a line, so that a too narrow width still ends). Always at
 * least one line. (Not fast-wrap-ansi's wrapAnsi: it rewrites the text in NFC and cuts long words elsewhere.)
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const w = stringWidth(word);
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
        if (cut && stringWidth(cut + c) > width) break;
        cut += c;
      }
      lines.push(cut);
      line = line.slice(cut.length);
      used = stringWidth(line);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * `wrap` for texts of paragraphs: each paragraph (line break) wrapped to `width`, every line after the first
 * starting with `hanging` (counted in the width).
 */
export function wrapParagraphs(text: string, width: number, hanging = ''): string[] {
  return text
    .split('\n')
    .flatMap((p) => wrap(p, width - displayWidth(hanging)))
    .map((l, i) => (i && l ? hanging + l : l));
}

/** `s` followed by spaces up to `width` columns. */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Spaces up to `width` columns, then `s`. */
export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}
