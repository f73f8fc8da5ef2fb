// The one table layout of the terminal: `list` and the reports. Columns of given widths, cells of one or more
// lines (wrapped to their column), left or right aligned, GAP spaces between columns, lines trimmed at the end.
import { displayWidth, padEnd, padStart, wrap } from './width.js';

/** Columns between two table columns. */
export const GAP = 2;

export interface Column {
  width: number;
  right?: boolean;
}

/**
 * A cell: text wrapped to its column (a string), lines laid out as they are (an array; they may hold colour
 * codes), or a line across the whole row (`span`).
 */
export type Cell = string | string[] | { span: string };

/**
 * Lays out `rows` in `columns`; a row shorter than the columns leaves the last ones empty. `head` cells, when
 * given, come first, each on the left of its column whatever the column's alignment.
 */
export function table(rows: Cell[][], columns: Column[], opts: { head?: Cell[]; gap?: number } = {}): string[] {
  const out: string[] = [];
  const space = ' '.repeat(opts.gap ?? GAP);
  const all = opts.head ? [opts.head, ...rows] : rows;
  all.forEach((row, r) => {
    const left = r === 0 && opts.head !== undefined;
    const first = row[0];
    if (first && typeof first === 'object' && !Array.isArray(first)) {
      out.push(...first.span.split('\n').map((l) => l.trimEnd()));
      return;
    }
    const lines = row.map((cell, j) => (Array.isArray(cell) ? cell : wrap(cell as string, columns[j]!.width)));
    const height = Math.max(1, ...lines.map((l) => l.length));
    for (let i = 0; i < height; i++) {
      const line = columns.map((col, j) => {
        const text = lines[j]?.[i] ?? '';
        return col.right && !left ? padStart(text, col.width) : padEnd(text, col.width);
      });
      out.push(line.join(space).trimEnd());
    }
  });
  return out;
}

/** The width a column needs for `cells`: its widest line, at most `max`. */
export function fit(cells: string[], max = Infinity): number {
  return Math.min(max, Math.max(0, ...cells.flatMap((c) => c.split('\n')).map(displayWidth)));
}
