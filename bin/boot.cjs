'use strict';
// Loads dist/main.cjs, the bundled CLI, with the V8 code cache that the build made beside it for the Node version
// that built it (main.cjs.<node version>.cache): the functions a usual run calls arrive compiled, where compiling
// them took about half of what a short run costs beyond Node's own start-up.
// On another Node version (a tarball built on one, run on another), Node 22 and later use their own compile cache
// (module.enableCompileCache, kept in the system's temporary folder from the first run on); Node 20 compiles as it
// runs. Measured (README, Performance): the build's cache is faster than Node's when it is of the same version
// (it holds the functions a run compiles lazily, Node's only those compiled at load), Node's much faster than none.
const { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { Script } = require('node:vm');

/** CommonJS's own wrapper, on the first line so that line numbers in stack traces are the file's. */
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {';

/** The code cache of a bundle (dist/main.cjs, or one in dist/vendor) for this Node version, beside it. */
const cacheFile = (file) => `${file}.${process.version}.cache`;

function readCache(file) {
  try {
    return readFileSync(cacheFile(file));
  } catch {
    return undefined;
  }
}

/** The bundles require Node's own modules and ./vendor only (esbuild.config.mjs bundles everything else): this file's require serves. */
const nodeRequire = require;

/**
 * Runs a bundle as CommonJS does, compiled with its code cache when there is one. Its `require` loads the bundles
 * of dist/vendor the same way (each with its own cache, once each), anything else with Node's. Each compiled
 * script is put in `scripts`, by file.
 */
function runScript(filename, cachedData, scripts, loaded = new Map()) {
  const source = readFileSync(filename, 'utf8');
  // No import() in the bundles (the build turns each into a require): a script has no module loader of its own.
  const script = new Script(`${WRAPPER}${source}\n})`, { filename, cachedData });
  scripts.set(filename, script);
  const module = { exports: {} };
  const dir = dirname(filename);
  const require = (id) => {
    if (!id.startsWith('./vendor/')) return nodeRequire(id);
    const file = resolve(dir, id);
    if (!loaded.has(file)) loaded.set(file, runScript(file, readCache(file), scripts, loaded).exports);
    return loaded.get(file);
  };
  script.runInThisContext()(module.exports, require, module, filename, dir);
  return { exports: module.exports, rejected: cachedData !== undefined && script.cachedDataRejected === true };
}

/**
 * The bundle's exports, how it was loaded (`cache`: the build's code cache, Node's compile cache, or none), and the
 * scripts compiled, by file (to make caches from; not when Node loaded the bundle).
 */
function boot(dir = join(__dirname, '..', 'dist'), { useCache = true } = {}) {
  const filename = resolve(dir, 'main.cjs');
  const cachedData = useCache ? readCache(filename) : undefined;
  // node:module only here: loading it costs a start about 0.6 ms.
  const Module = useCache && cachedData === undefined ? require('node:module') : undefined;
  if (typeof Module?.enableCompileCache === 'function') {
    const { status } = Module.enableCompileCache();
    return { exports: require(filename), cache: status === Module.constants.compileCacheStatus.DISABLED ? 'none' : 'node', cacheRejected: false };
  }
  const scripts = new Map();
  const { exports, rejected } = runScript(filename, cachedData, scripts);
  return { exports, scripts, cache: cachedData !== undefined && !rejected ? 'build' : 'none', cacheRejected: rejected };
}

/**
 * Makes dir/main.cjs.<node version>.cache, and one beside each bundle of dir/vendor that the runs load: runs, in
 * this process, what people run most (help, version, a report in each text format, in both languages), then saves
 * the code V8 compiled for it. Called by the build, in a process of its own.
 */
async function makeCache(dir) {
  const { exports, scripts } = boot(dir, { useCache: false });
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
    // V8 checks a cache against the length of the source, not its text: the build swaps dist/ in whole, so a
    // cache never outlives the bundle it was made for. One for main.cjs and one for each bundle of dist/vendor
    // that the runs loaded (js-yaml).
    for (const [file, script] of scripts) {
      const partial = `${cacheFile(file)}.${process.pid}.tmp`;
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, cacheFile(file));
    }
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
