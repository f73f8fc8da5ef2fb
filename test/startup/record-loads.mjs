// Preloaded with `node --import` by the start-up tests: appends to $RECORD_LOADS every module the process loads.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const log = process.env.RECORD_LOADS;
if (log) {
  register('./record-loads-hooks.mjs', import.meta.url, { data: { log } });
  // CommonJS modules (the `yaml` package is required lazily) do not go through the hooks above.
  process.on('exit', () => appendFileSync(log, Object.keys(Module._cache).map((f) => `${f}\n`).join('')));
}
