// Reads a CSV export (Google Forms, LimeSurvey, Kobo, a spreadsheet): encoding, delimiter, quoted fields.
import { parse } from 'csv-parse/sync';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { decode, position } from '../input/read.js';
import { MAX_COLUMNS, MAX_ROWS, type Table } from './table.js';
import type { Encoding } from './options.js';


/**
 * The text of a CSV file: UTF-8 (a BOM dropped) unless it is not valid UTF-8, then Windows-1252 (what French
 * Excel saves); `encoding` forces one. A NUL byte is refused (a binary file named .csv).
 */
export function decodeCsv(bytes: Buffer, file: string, encoding?: Encoding): string {
  if (encoding === 'utf-8') return decode(bytes, file);
  let text: string;
  if (encoding === 'windows-1252') text = windows1252(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = windows1252(bytes);
    }
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new InputError({ file, ...position(text, nul), ...msg('file.nulByte') });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Windows-1252 text. Not TextDecoder('windows-1252'): Node's (as of 20 and 22) decodes it as Latin-1, which gives
 * bytes 0x80 to 0x9F as control characters where Windows has ’ … œ € and the like (measured: 0x92 gave U+0092).
 */
function windows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80] ?? c);
}

// Bytes 0x80 to 0x9F of Windows-1252 (five are not assigned, and stay as they are).
const WINDOWS_1252 = [
  '\u20ac', undefined, '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', undefined, '\u017d', undefined,
  undefined, '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', undefined, '\u017e', '\u0178',
];

/** The delimiter of the header line: the most frequent of `,` `;` and tab outside quotes (`,` on a tie). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

export function readCsv(bytes: Buffer, file: string, encoding?: Encoding): Table {
  const text = decodeCsv(bytes, file, encoding);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      to: MAX_ROWS + 2,
    }) as string[][];
  } catch (err) {
    throw csvError(err, file);
  }
  return tableOf(records, file);
}

/** Header and rows from records: the header's width checked, rows padded, extra non-empty cells refused. */
export function tableOf(records: string[][], file: string): Table {
  const [header, ...rows] = records;
  if (!header || !rows.length) throw new InputError({ file, ...msg('survey.noRows') });
  if (header.length > MAX_COLUMNS) throw new InputError({ file, ...msg('survey.tooManyColumns', { n: header.length, max: MAX_COLUMNS }) });
  if (rows.length > MAX_ROWS) throw new InputError({ file, ...msg('survey.tooManyRows', { max: MAX_ROWS }) });
  // A spreadsheet's trailing empty columns are no columns.
  let width = header.length;
  while (width > 0 && header[width - 1]!.trim() === '') width--;
  const out: string[][] = [];
  for (const [i, row] of rows.entries()) {
    if (row.slice(width).some((c) => c.trim() !== '')) {
      throw new InputError({ file, ...msg('survey.row', { row: i + 2, detail: msg('survey.extraCells') }) });
    }
    out.push(row.length === width ? row : Array.from({ length: width }, (_, j) => row[j] ?? ''));
  }
  return { file, header: header.slice(0, width), rows: out };
}

/** csv-parse's error as one line in the run's language (its own English text is not shown). */
function csvError(err: unknown, file: string): InputError {
  const e = err as { code?: string; lines?: number };
  const line = e.lines ?? 1;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') return new InputError({ file, ...msg('survey.csvQuote', { line }) });
  if (typeof e.code === 'string' && e.code.startsWith('CSV_')) return new InputError({ file, ...msg('survey.csvSyntax', { line }) });
  throw err;
}
