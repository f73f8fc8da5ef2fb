// A survey tool's export as read: a header row and rows of text cells, whatever the file format.
import { InputError, type Problem } from '../core/errors.js';
import { isPlainObject } from '../core/object.js';
import { msg, type Message } from '../i18n/messages/index.js';
import type { ParsedDocument, Path } from '../input/yaml.js';

/** At most this many columns: the largest questionnaire has about 50 questions; a sheet of 10,000 is not an export. */
export const MAX_COLUMNS = 1000;
/** At most this many rows (responses) in one file. */
export const MAX_ROWS = 200_000;

/** Called with each row: its cells and its index (0 for the spreadsheet's row 2); false stops the reading. */
export type RowReader = (cells: string[], index: number) => boolean | void;

export interface Table {
  /** The name shown in messages. */
  file: string;
  header: string[];
  /**
   * Reads the rows below the header in order, cells as text ('' when empty), as many as the header. A CSV file
   * is parsed again at each call, its rows not kept (see csv.ts): a problem of the file (a misplaced quote, more
   * cells than headers, too many rows) is thrown from here.
   */
  eachRow(read: RowReader): void;
  /** A JSON array of records (row i is record i, header its keys): problems then name the record and its place in the file. */
  records?: ParsedDocument;
}

/** The row number a person sees in the spreadsheet for row index i: the header is row 1. */
export const rowNumber = (i: number): number => i + 2;

/**
 * A problem of row r (in column c), as its reader finds it: a spreadsheet's row number and column header, or a
 * JSON record's number (1 for the first) and field, at the line and column of the value (of the record when the
 * field is absent).
 */
export function rowProblem(table: Table, r: number, c: number | undefined, detail: Message): Problem {
  const { file, header, records } = table;
  const column = c === undefined ? undefined : header[c]!;
  if (!records) return { file, ...(column === undefined ? msg('survey.row', { row: rowNumber(r), detail }) : msg('survey.cell', { row: rowNumber(r), column, detail })) };
  const record = (records.value as unknown[])[r];
  const n = r + 1;
  if (column === undefined) return { file, ...position(records, [r]), ...msg('survey.record', { n, detail }) };
  if (isPlainObject(record) && Object.hasOwn(record, column)) return { file, ...position(records, [r, column]), ...msg('survey.recordField', { n, field: column, detail }) };
  return { file, ...position(records, [r]), ...msg('survey.recordNoField', { n, field: column, detail }) };
}

/** A problem of column c: its header, or in a JSON array the field, at its first record's key. */
export function columnProblem(table: Table, c: number, detail: Message): Problem {
  const { file, header, records } = table;
  const column = header[c]!;
  if (!records) return { file, ...msg('survey.column', { column, detail }) };
  const r = (records.value as unknown[]).findIndex((x) => isPlainObject(x) && Object.hasOwn(x, column));
  return { file, ...(r >= 0 ? position(records, [r, column], true) : {}), ...msg('survey.field', { field: column, detail }) };
}

/** Where `path` is in the file, if it can be told: a document too large to parse again is located only at its start. */
export function position(doc: ParsedDocument, path: Path, key = false): { line?: number; col?: number } {
  const at = doc.locate(path, key);
  const start = doc.locate([]);
  return path.length && at.line === start.line && at.col === start.col ? {} : at;
}

/** The header's width once its trailing empty columns are dropped (a spreadsheet's are no columns), checked. */
export function headerWidth(header: string[] | undefined, hasRows: boolean, file: string): number {
  if (!header || !hasRows) throw new InputError({ file, ...msg('survey.noRows') });
  if (header.length > MAX_COLUMNS) throw new InputError({ file, ...msg('survey.tooManyColumns', { n: header.length, max: MAX_COLUMNS }) });
  let width = header.length;
  while (width > 0 && header[width - 1]!.trim() === '') width--;
  return width;
}

/** A row's cells as wide as the header (padded with ''), or undefined when a cell past the header is not empty. */
export function fitRow(row: string[], width: number): string[] | undefined {
  if (row.length === width) return row;
  for (let j = width; j < row.length; j++) if (row[j]!.trim() !== '') return undefined;
  return Array.from({ length: width }, (_, j) => row[j] ?? '');
}

export const extraCells = (file: string, index: number): InputError =>
  new InputError({ file, ...msg('survey.row', { row: rowNumber(index), detail: msg('survey.extraCells') }) });

export const tooManyRows = (file: string): InputError => new InputError({ file, ...msg('survey.tooManyRows', { max: MAX_ROWS }) });

/** A table of rows already in memory (an XLSX sheet, a JSON array), each checked here. */
export function tableOf(records: string[][], file: string): Table {
  const [header, ...rows] = records;
  const width = headerWidth(header, rows.length > 0, file);
  if (rows.length > MAX_ROWS) throw tooManyRows(file);
  const fitted: string[][] = [];
  for (const [i, row] of rows.entries()) {
    const cells = fitRow(row, width);
    if (!cells) throw extraCells(file, i);
    fitted.push(cells);
  }
  return arrayTable(file, header!.slice(0, width), fitted);
}

/** A table of rows already fitted to the header (of a JSON array's `records`, when given). */
export function arrayTable(file: string, header: string[], rows: string[][], records?: ParsedDocument): Table {
  return {
    file,
    header,
    eachRow(read) {
      for (let i = 0; i < rows.length; i++) if (read(rows[i]!, i) === false) return;
    },
    ...(records && { records }),
  };
}
