// report --format csv: one of the two analyst tables (--table scores|long) as RFC 4180 or for French Excel (--csv-dialect).
import type { Exporter } from '../types.js';
import type { Cell, Table } from '../tables/cell.js';
import { longTable } from '../tables/long.js';
import { scoresTable } from '../tables/scores.js';

export const exportReport: Exporter = async (report, ctx) => {
  const table = ctx.table === 'long' ? longTable(report, ctx.responses, ctx) : scoresTable([report], ctx.lang);
  return toCsv(table, ctx.dialect === 'excel-fr');
};

/**
 * RFC 4180 (commas, CRLF, quotes where needed), or for French Excel: semicolons, a byte order mark (so that it reads
 * UTF-8) and decimal commas (so that numbers are numbers). csv-stringify is loaded only here.
 */
async function toCsv(table: Table, excelFr: boolean): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  const decimal = (cell: Cell) => (typeof cell === 'number' && excelFr ? String(cell).replace('.', ',') : cell);
  return stringify(
    table.map((row) => row.map(decimal)),
    { delimiter: excelFr ? ';' : ',', record_delimiter: '\r\n', bom: excelFr },
  );
}
