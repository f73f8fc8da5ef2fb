// Reads a CSV export (Google Forms, LimeSurvey, Kobo, a spreadsheet): encoding, delimiter, quoted fields.
import { isUtf8 } from 'node:buffer';
import { CsvError, parse, type Options } from 'csv-parse/sync';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { decode, position } from '../input/read.js';
import { extraCells, fitRow, headerWidth, MAX_ROWS, tooManyRows, type Table } from './table.js';
import type { Encoding } from './options.js';


/**
 * The bytes csv-parse reads from a CSV file's: its own when they are UTF-8 (a BOM dropped), neither decoded nor
 * encoded again (csv-parse reads bytes, and turns a text back into them first); otherwise those of its
 * Windows-1252 text (what French Excel saves), unless `encoding` says which. A NUL byte is refused (a binary file
 * named .csv), as are bytes that are not `encoding`, each with its place.
 */
function csvBytes(bytes: Buffer, file: string, encoding?: Encoding): Buffer {
  if (encoding !== 'windows-1252' && isUtf8(bytes)) {
    if (bytes.includes(0)) decode(bytes, file);
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  }
  if (encoding === 'utf-8') return Buffer.from(decode(bytes, file));
  const text = windows1252(bytes);
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new InputError({ file, ...position(text, nul), ...msg('file.nulByte') });
  return Buffer.from(text);
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

/**
 * The delimiter of the header line, the most frequent of `,` `;` and tab outside quotes (`,` on a tie), and its
 * line break, the first outside quotes: what csv-parse would find for itself, trying three line breaks at each
 * byte of the header (measured: a tenth of a survey export's reading). A file that mixes line breaks (a header
 * exported with CRLF, rows added with LF) ends a row at any of them, where csv-parse would keep the first only
 * and run the rows together.
 */
function dialect(bytes: Buffer): Pick<Options, 'delimiter' | 'record_delimiter'> {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  let lineBreak: string | undefined;
  for (let i = 0; i < bytes.length; i++) {
    const c = String.fromCharCode(bytes[i]!);
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      lineBreak = c === '\r' && bytes[i + 1] === 0x0a ? '\r\n' : c;
      break;
    } else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return { delimiter: best, ...(lineBreak !== undefined && { record_delimiter: uniform(bytes, lineBreak) ? lineBreak : ANY_BREAK }) };
}

/** Every line break: for a file that mixes them (rows added by another program, a cell's line break in Excel's LF). */
const ANY_BREAK = ['\r\n', '\n', '\r'];

/**
 * Whether every line break of the file, quoted or not, is `lineBreak`: csv-parse then looks for that one only,
 * faster than for three at each byte.
 */
function uniform(bytes: Buffer, lineBreak: string): boolean {
  if (lineBreak === '\n') return !bytes.includes(0x0d);
  if (lineBreak === '\r') return !bytes.includes(0x0a);
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) if (bytes[i - 1] !== 0x0d) return false;
  for (let i = bytes.indexOf(0x0d); i >= 0; i = bytes.indexOf(0x0d, i + 1)) if (bytes[i + 1] !== 0x0a) return false;
  return true;
}

/**
 * The table of a CSV file. Its header (and whether a row follows) is read now; its rows each time they are read,
 * one at a time and not kept: ten thousand rows of cells held at once made the garbage collector's work most of
 * the time a survey export took to read.
 */
export function readCsv(bytes: Buffer, file: string, encoding?: Encoding): Table {
  const data = csvBytes(bytes, file, encoding);
  const options: Options = { ...dialect(data), relax_column_count: true, skip_empty_lines: true };
  const [header, first] = parseCsv(data, { ...options, to: 2 }, file);
  const width = headerWidth(header, first !== undefined, file);
  return {
    file,
    header: header!.slice(0, width),
    eachRow(read) {
      let index = 0;
      let extra: number | undefined;
      const onRecord = (record: string[]): null => {
        if (index >= MAX_ROWS) throw tooManyRows(file);
        // Past a row with extra cells, the rows are only counted: too many rows is said first, as for a sheet.
        const cells = extra === undefined ? fitRow(record, width) : undefined;
        if (!cells) extra ??= index;
        else if (read(cells, index) === false) throw STOP;
        index++;
        return null;
      };
      parseCsv(data, { ...options, from: 2, on_record: onRecord }, file);
      if (extra !== undefined) throw extraCells(file, extra);
    },
  };
}

/** Thrown (from csv-parse's on_record) to stop reading rows. */
const STOP = new Error('stop reading rows');

function parseCsv(data: Buffer, options: Options, file: string): string[][] {
  try {
    return parse(data, options) as string[][];
  } catch (err) {
    if (err === STOP) return [];
    throw csvError(err, file);
  }
}

/** csv-parse's error as one line in the run's language (its own English text is not shown). */
function csvError(err: unknown, file: string): unknown {
  const e = err as { code?: string; lines?: number };
  const line = e.lines ?? 1;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') return new InputError({ file, ...msg('survey.csvQuote', { line }) });
  // Not every code starts with CSV_ (INVALID_OPENING_QUOTE, a quote inside a cell that is not quoted).
  if (err instanceof CsvError) return new InputError({ file, ...msg('survey.csvSyntax', { line }) });
  return err;
}
