'use strict';
// Loads dist/main.cjs, the bundled CLI, with the V8 code cache that the build made beside it (main.cjs.cache):
// the functions a usual run calls arrive compiled, where compiling them took about half of what a short run costs
// beyond Node's own start-up. A cache that is missing, or made by another Node version, is simply not used: the
// code is then compiled as it runs, as without one. (Node 22 has module.enableCompileCache for this; Node 20 not.)
const { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { Script } = require('node:vm');

/** CommonJS's own wrapper, on the first line so that line numbers in stack traces are the file's. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/** The bundle's exports, and the compiled script (to make a cache from). */
function boot(dir = join(__dirname, '..', 'dist'), { useCache = true } = {}) {
  const filename = resolve(dir, 'main.cjs');
  const source = readFileSync(filename, 'utf8');
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(`${filename}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  // No import() in the bundle (the build turns each into a require): a script has no module loader of its own.
  const script = new Script(`${WRAPPER}${source}\n})`, { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, resolve(dir));
  return { exports: module.exports, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}

/**
 * Makes dir/main.cjs.cache: runs, in this process, what people run most (help, version, a report in each text
 * format, in both languages), then saves the code V8 compiled for it. Called by the build, in a process of its own.
 */
async function makeCache(dir) {
  const { exports, script } = boot(dir, { useCache: false });
  const tmp = mkdtempSync(join(tmpdir(), 'impact-collectif-cache-'));
  try {
    const answers = join(tmp, 'answers.yaml');
    writeFileSync(answers, sampleAnswers(join(dir, 'questionnaires', 'impact-collectif.json')));
    const io = {
      stdout() {},
      stderr() {},
      stdin: process.stdin,
      env: { LANG: 'fr_FR.UTF-8' },
      cwd: process.cwd(),
      stdinIsTTY: false,
      stdoutIsTTY: false,
      stderrIsTTY: false,
    };
    const runs = [['--help'], ['--version'], ['report', '--help'], ['report', answers], ['report', answers, '--lang', 'en'], ['report', answers, '--format', 'json'], ['report', answers, '--format', 'markdown']];
    for (const argv of runs) {
      const code = await exports.run(argv, io);
      if (code !== 0) throw new Error(`making the code cache: \`impact-collectif ${argv.join(' ')}\` ended with ${code}`);
    }
    // V8 checks the cache against the length of the source, not its text: the build swaps dist/ in whole, so a
    // cache never outlives the main.cjs it was made for.
    const target = join(dir, 'main.cjs.cache');
    const partial = `${target}.${process.pid}.tmp`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, target);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** An answer file for the built-in questionnaire: every level once, a "don't know" and a comment. */
function sampleAnswers(questionnaireJson) {
  const { questionnaire } = JSON.parse(readFileSync(questionnaireJson, 'utf8'));
  const ids = questionnaire.dimensions.flatMap((d) => d.questions.map((q) => q.id));
  const lines = ids.map((id, i) => `  ${id}: ${i === 0 ? '{ value: 1, comment: "Un commentaire." }' : i === 1 ? 'unknown' : i % 4}`);
  return [`questionnaire: ${questionnaire.id}`, 'territory: Exemple', 'respondent:', `  sector: ${questionnaire.sectors[0].id}`, 'date: 2026-01-01', 'answers:', ...lines, ''].join('\n');
}

module.exports = { boot, makeCache, WRAPPER };
