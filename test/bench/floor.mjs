// The benchmark's floor: reads the same answer files and parses them with js-yaml (the fastest YAML loader on npm
// that we measured), doing nothing else. Arguments: files and directories, as `report` takes them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';

let documents = 0;
for (const arg of process.argv.slice(2)) {
  const files = statSync(arg).isDirectory() ? readdirSync(arg).sort().map((f) => join(arg, f)) : [arg];
  for (const file of files) documents += loadAll(readFileSync(file, 'utf8')).length;
}
process.stdout.write(`${documents}\n`);
