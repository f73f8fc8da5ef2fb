// report --format csv: one of the two analyst tables (--table scores|long) as RFC 4180 or for French Excel (--csv-dialect).
import type { Exporter } from '../types.js';
import type { Cell } from '../tables/cell.js';
import { longRows } from '../tables/long.js';
import { scoresTable } from '../tables/scores.js';

export const exportReport: Exporter = async (report, ctx) => {
  const rows = ctx.table === 'long' ? longRows(report, ctx.responses, ctx) : scoresTable([report], ctx.lang);
  return toCsv(rows, ctx.dialect === 'excel-fr');
};

/** Rows stringified this many at a time: the text grows, never a second copy of every row. */
const CHUNK = 5000;

/**
 * RFC 4180 (commas, CRLF, quotes where needed), or for French Excel: semicolons, a byte order mark (so that it reads
 * UTF-8) and decimal commas (so that numbers are numbers). csv-stringify is loaded only here. The one CSV writer: the roll-up and the plan's tables go through it too.
 */
export async function toCsv(rows: Iterable<Cell[]>, excelFr: boolean): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  const decimal = (cell: Cell) => (typeof cell === 'number' && excelFr ? String(cell).replace('.', ',') : cell);
  const options = { delimiter: excelFr ? ';' : ',', record_delimiter: '\r\n' };
  const parts = [excelFr ? '\uFEFF' : ''];
  let chunk: Cell[][] = [];
  const flush = () => {
    if (chunk.length) parts.push(stringify(chunk, options));
    chunk = [];
  };
  for (const row of rows) {
    chunk.push(row.map(decimal));
    if (chunk.length === CHUNK) flush();
  }
  flush();
  return parts.join('');
}
