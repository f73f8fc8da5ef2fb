'use strict';
// Loads dist/main.cjs, the bundled CLI, with the V8 code cache that the build made beside it for the Node version
// that built it (main.cjs.<node version>.cache): the functions a usual run calls arrive compiled, where compiling
// them took about half of what a short run costs beyond Node's own start-up.
// On another Node version (a tarball built on one, run on another), Node 22 and later use their own compile cache
// (module.enableCompileCache, kept in the system's temporary folder from the first run on); Node 20 compiles as it
// runs. Measured (README, Performance): the build's cache is faster than Node's when it is of the same version
// (it holds the functions a run compiles lazily, Node's only those compiled at load), Node's much faster than none.
const { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { createRequire } = Module;
const { join, resolve } = require('node:path');
const { Script } = require('node:vm');

/** CommonJS's own wrapper, on the first line so that line numbers in stack traces are the file's. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/** The code cache of the bundle in dir, for this Node version. */
const cacheFile = (dir) => join(dir, `main.cjs.${process.version}.cache`);

/**
 * The bundle's exports, how it was loaded (`cache`: the build's code cache, Node's compile cache, or none), and the
 * compiled script (to make a cache from; not when Node loaded it).
 */
function boot(dir = join(__dirname, '..', 'dist'), { useCache = true } = {}) {
  const filename = resolve(dir, 'main.cjs');
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFile(dir));
    } catch {
      cachedData = undefined;
    }
    if (cachedData === undefined && typeof Module.enableCompileCache === 'function') {
      const { status } = Module.enableCompileCache();
      return { exports: require(filename), cache: status === Module.constants.compileCacheStatus.DISABLED ? 'none' : 'node', cacheRejected: false };
    }
  }
  const source = readFileSync(filename, 'utf8');
  // No import() in the bundle (the build turns each into a require): a script has no module loader of its own.
  const script = new Script(`${WRAPPER}${source}\n})`, { filename, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(filename), module, filename, resolve(dir));
  const cacheRejected = cachedData !== undefined && script.cachedDataRejected === true;
  return { exports: module.exports, script, cache: cachedData !== undefined && !cacheRejected ? 'build' : 'none', cacheRejected };
}

/**
 * Makes dir/main.cjs.<node version>.cache: runs, in this process, what people run most (help, version, a report in each text
 * format, in both languages), then saves the code V8 compiled for it. Called by the build, in a process of its own.
 */
async function makeCache(dir) {
  const { exports, script } = boot(dir, { useCache: false });
  const tmp = mkdtempSync(join(require('node:os').tmpdir(), 'impact-collectif-cache-'));
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
    const target = cacheFile(dir);
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

module.exports = { boot, cacheFile, makeCache, WRAPPER };
