#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json): loading the CLI this way skips Node's ES module loader, a part of every start.
const { boot } = require('./boot.cjs');

let cli;
try {
  cli = boot().exports;
} catch (err) {
  // Read by the build's cache path (ENOENT), or required by Node's (MODULE_NOT_FOUND).
  if (err.code !== 'ENOENT' && err.code !== 'MODULE_NOT_FOUND') throw err;
  process.stderr.write(`impact-collectif: ${err.path ?? 'dist/main.cjs'} is missing: run \`npm run build\` first.\n`);
  process.exit(70);
}
cli.main(process.argv.slice(2));
