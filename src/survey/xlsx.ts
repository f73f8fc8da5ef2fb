// Reads an XLSX export (first sheet, or --sheet NAME) with read-excel-file, after checking the archive (zip.ts).
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { tableOf, type Table } from './table.js';
import { checkZip } from './zip.js';

/**
 * The sheet's cells as text. A formula cell gives the value the spreadsheet computed and saved with it (a formula
 * saved without its value, or whose value is an error, reads as an empty cell: unanswered). A date cell gives
 * its day (YYYY-MM-DD), a number its digits.
 */
export async function readXlsx(bytes: Buffer, file: string, sheet?: string): Promise<Table> {
  checkZip(bytes, file);
  const { readSheet, SheetNotFoundError } = await import('read-excel-file/node');
  let data: unknown[][];
  try {
    data = sheet === undefined ? await readSheet(bytes) : await readSheet(bytes, sheet);
  } catch (err) {
    if (err instanceof SheetNotFoundError) throw new InputError({ file, ...msg('survey.sheetNotFound', { sheet: sheet ?? '1' }) });
    throw new InputError({ file, ...msg('survey.notXlsx') });
  }
  return tableOf(data.map((row) => row.map(cellText)), file);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(10)));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
