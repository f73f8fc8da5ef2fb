#!/usr/bin/env node
'use strict';
// CommonJS (bin/package.json): loading the CLI this way skips Node's ES module loader, a part of every start.
const { boot } = require('./boot.cjs');

let cli;
try {
  cli = boot().exports;
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
  process.stderr.write(`impact-collectif: ${err.path} is missing: run \`npm install\` (or \`npm run build\`) first.\n`);
  process.exit(70);
}
cli.main(process.argv.slice(2));
