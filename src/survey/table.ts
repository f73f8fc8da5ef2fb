// A survey tool's export as read: a header row and rows of text cells, whatever the file format.

/** At most this many columns: the largest questionnaire has about 50 questions; a sheet of 10,000 is not an export. */
export const MAX_COLUMNS = 1000;
/** At most this many rows (responses) in one file. */
export const MAX_ROWS = 200_000;

export interface Table {
  /** The name shown in messages. */
  file: string;
  header: string[];
  /** Cells as text ('' when empty), as many as the header. */
  rows: string[][];
}

/** The row number a person sees in the spreadsheet for rows[i]: the header is row 1. */
export const rowNumber = (i: number): number => i + 2;
