// report --format xlsx: the scores and the long table, a sheet each, with typed cells (numbers as numbers, dates as dates).
import { exportsText } from '../../i18n/exports.js';
import type { Exporter } from '../types.js';
import type { Cell, Table } from '../tables/cell.js';
import { longTable } from '../tables/long.js';
import { scoresTable } from '../tables/scores.js';
import { fixZipTimes } from './zip.js';

/** The long table's date column. */
const DATE_COLUMN = 1;

export const exportReport: Exporter = async (report, ctx) => {
  const t = exportsText[ctx.lang].sheets;
  return toXlsx([
    { name: t.scores, table: scoresTable([report], ctx.lang) },
    { name: t.long, table: longTable(report, ctx.responses, ctx), dateColumn: DATE_COLUMN },
  ]);
};

/** Tables as sheets (header in bold and kept in view, typed cells), zipped with fixed times: same tables, same bytes. */
export async function toXlsx(sheets: readonly { name: string; table: Table; dateColumn?: number }[]): Promise<Uint8Array> {
  // write-excel-file (and fflate under it) is loaded only here.
  const { writeXlsxFile } = await import('../../io/write-excel-file.js');
  const buffer = await writeXlsxFile(
    sheets.map((s) => ({ sheet: s.name, data: sheet(s.table, s.dateColumn), stickyRowsCount: 1, columns: widths(s.table), dateFormat: DATE_FORMAT })),
  ).toBuffer();
  return fixZipTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}

const DATE_FORMAT = 'yyyy-mm-dd';

/** A cell as write-excel-file types it from its value: a number, a Date, or text (never a formula). */
type XlsxCell = string | number | Date | null | { value: string; fontWeight: 'bold' };

/**
 * The header in bold; numbers as numbers; ISO dates in `dateColumn` as dates; the rest as text. Plain values, not
 * cell objects: half a million rows (10,000 responses) take half the memory.
 */
function sheet(table: Table, dateColumn?: number): XlsxCell[][] {
  return table.map((row, r) =>
    r === 0
      ? row.map((cell) => ({ value: String(cell), fontWeight: 'bold' as const }))
      : row.map((cell: Cell, c): XlsxCell => (c === dateColumn && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell)),
  );
}

/** Each column as wide as its longest cell among the first rows (8 to 60 characters). */
function widths(table: Table): { width: number }[] {
  const widths = (table[0] ?? []).map(() => 8);
  for (const row of table.slice(0, 1000)) row.forEach((cell, c) => (widths[c] = Math.min(60, Math.max(widths[c]!, String(cell ?? '').length + 2))));
  return widths.map((width) => ({ width }));
}
