// The score bar of the terminal and Markdown reports: 20 cells of 5 points, the target as a marker.

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
