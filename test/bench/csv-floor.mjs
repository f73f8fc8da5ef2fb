// The survey import's floor: reads a CSV file and parses it with csv-parse alone, doing nothing else.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

const records = parse(readFileSync(process.argv[2], 'utf8'), { delimiter: ',', relax_column_count: true, skip_empty_lines: true });
process.stdout.write(`${records.length}\n`);
