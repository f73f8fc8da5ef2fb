'use strict';
// The least a `--version` of a CLI built on commander must do, for the start-up table: load commander (bundled into
// one file by the bench, as dist/main.cjs bundles it), declare a program with one command, let commander answer
// `--version`. No texts, no other command. CommonJS, with the compile cache Node offers (22 and later) and a warm
// run before the rounds: its ratio to `node -e 0` is what neither `--version` nor `--help` of this tool can go below.
//   node test/bench/cli-floor.cjs <commander bundle> --version
const Module = require('node:module');

Module.enableCompileCache?.();
const { Command } = require(require('node:path').resolve(process.argv[2]));
const program = new Command('impact-collectif').version('0.0.0').description('floor');
program.command('report').argument('<files...>').option('--format <format>').action(() => {});
program.parse(process.argv.slice(3), { from: 'user' });
