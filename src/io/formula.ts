// Formula injection (OWASP "CSV injection"): a cell whose text starts with one of these is run as a formula by
// spreadsheets. Every CSV and XLSX written (report --format csv|xlsx, survey export --to csv) defuses it here.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that would start a formula gets a leading apostrophe, which spreadsheets show as text, not run; anything else stays. */
export function neutralise<T>(cell: T): T {
  return (typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell) as T;
}
