// A cell of the analyst tables (CSV, XLSX): a number stays a number; text that a spreadsheet would run is defused.

export type Cell = string | number | null;
export type Table = Cell[][];

/** A cell starting with one of these is read as a formula by spreadsheets (formula injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that would start a formula gets a leading apostrophe, which spreadsheets show as text, not run. */
export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
