// A survey tool's export as read: a header row and rows of text cells, whatever the file format.
import type { Problem } from '../core/errors.js';
import { isPlainObject } from '../core/object.js';
import { msg, type Message } from '../i18n/messages/index.js';
import type { ParsedDocument, Path } from '../input/yaml.js';

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
  /** A JSON array of records (rows[i] is record i, header its keys): problems then name the record and its place in the file. */
  records?: ParsedDocument;
}

/** The row number a person sees in the spreadsheet for rows[i]: the header is row 1. */
export const rowNumber = (i: number): number => i + 2;

/**
 * A problem of rows[r] (in column c), as its reader finds it: a spreadsheet's row number and column header, or a
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
