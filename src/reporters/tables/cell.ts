// A cell of the analyst tables (CSV, XLSX): a number stays a number; text that a spreadsheet would run is defused (io/formula.ts).

export type Cell = string | number | null;
export type Table = Cell[][];
