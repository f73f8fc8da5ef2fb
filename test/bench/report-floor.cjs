'use strict';
// The least a one-file report must do, for the start-up table: read the built-in questionnaire (dist/'s checked
// copy) and the answer file, parse them (JSON, js-yaml from dist/vendor), write a line. No CLI, no checking, no
// scoring, no report. CommonJS, as the CLI's own start, with the compile cache Node offers (22 and later) and a
// warm run before the rounds: its ratio to `node -e 0` is what no report of this tool can go below.
//   node test/bench/report-floor.cjs <package dir> <answer file>
const Module = require('node:module');
const { readFileSync, writeSync } = require('node:fs');
const { join, resolve } = require('node:path');

Module.enableCompileCache?.();
const [dir, file] = process.argv.slice(2).map((p) => resolve(p));
const questionnaire = JSON.parse(readFileSync(join(dir, 'dist', 'questionnaires', 'impact-collectif.json'), 'utf8'));
const documents = require(join(dir, 'dist', 'vendor', 'jsyaml.cjs')).loadAll(readFileSync(file, 'utf8'));
writeSync(1, `${questionnaire.questionnaire.id} ${documents.length}\n`);
