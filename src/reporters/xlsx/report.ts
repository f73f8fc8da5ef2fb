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
  // write-excel-file (and fflate under it) is loaded only here.
  const { writeXlsxFile } = await import('./write-excel-file.js');
  const t = exportsText[ctx.lang].sheets;
  const scores = scoresTable([report], ctx.lang);
  const long = longTable(report, ctx.responses, ctx);
  const buffer = await writeXlsxFile([
    { sheet: t.scores, data: sheet(scores), stickyRowsCount: 1, columns: widths(scores) },
    { sheet: t.long, data: sheet(long, DATE_COLUMN), stickyRowsCount: 1, columns: widths(long) },
  ]).toBuffer();
  return fixZipTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
};

type XlsxCell = { value: string; type: StringConstructor; fontWeight?: 'bold' } | { value: number; type: NumberConstructor } | { value: Date; type: DateConstructor; format: string } | null;

/** The header in bold; numbers as numbers; ISO dates in `dateColumn` as dates; the rest as text (never a formula). */
function sheet(table: Table, dateColumn?: number): XlsxCell[][] {
  return table.map((row, r) =>
    row.map((cell: Cell, c): XlsxCell => {
      if (cell === null) return null;
      if (r === 0) return { value: String(cell), type: String, fontWeight: 'bold' };
      if (typeof cell === 'number') return { value: cell, type: Number };
      if (c === dateColumn && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return { value: new Date(`${cell}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' };
      return { value: cell, type: String };
    }),
  );
}

/** Each column as wide as its longest cell (8 to 60 characters). */
function widths(table: Table): { width: number }[] {
  const n = table[0]?.length ?? 0;
  return Array.from({ length: n }, (_, c) => ({ width: Math.min(60, Math.max(8, ...table.map((row) => String(row[c] ?? '').length + 2))) }));
}
