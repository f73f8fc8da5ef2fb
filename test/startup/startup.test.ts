// What the built CLI runs: nothing heavy to start (--help, --version), neither zod nor yaml for a report of
// well-formed files (they are loaded only to explain a problem), no prompt library, no HTML code. V8 logs the first
// run of every function (--log-function-events); each is put down to its module: in dist/main.cjs by the
// `// path` comment esbuild writes before each module, elsewhere by the file it is in.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT } from '../helpers/cli.js';

const { WRAPPER } = createRequire(import.meta.url)(join(ROOT, 'bin', 'boot.cjs')) as { WRAPPER: string };
const DIST = join(ROOT, 'dist');
const tmp = mkdtempSync(join(tmpdir(), 'impact-collectif-startup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let count = 0;

/** The modules of dist/main.cjs, by where each starts in the file. */
function modulesOf(source: string): { at: number; path: string }[] {
  return [...source.matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)].map((m) => ({ at: m.index, path: m[1]! }));
}

/** The package of a path in node_modules or dist/vendor, or undefined for our own code. */
function packageOf(path: string): string | undefined {
  const vendor = /dist\/vendor\/([\w-]+)\.cjs$/.exec(path)?.[1];
  if (vendor) return { zod: 'zod', jsyaml: 'js-yaml', inquirer: '@inquirer/prompts' }[vendor] ?? vendor;
  return /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
}

/**
 * The packages and source files whose functions a run of the built CLI ran: `sources` counts a module that was
 * only initialised (esbuild's init function for it, which defines its constants), `working` does not.
 */
function ran(argv: string[]): { code: number; stderr: string; packages: Set<string>; sources: Set<string>; working: Set<string> } {
  const log = join(tmp, `v8-${count++}.log`);
  const r = spawnSync(process.execPath, ['--log-function-events', `--logfile=${log}`, '--no-logfile-per-isolate', BIN, ...argv], {
    env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  const main = join(DIST, 'main.cjs');
  const modules = modulesOf(readFileSync(main, 'utf8'));
  const scripts = new Map<string, string>();
  const packages = new Set<string>();
  const sources = new Set<string>();
  const working = new Set<string>();
  for (const line of readFileSync(log, 'utf8').split('\n')) {
    const f = line.split(',');
    if (f[0] === 'script-details') scripts.set(f[1]!, f[2]!);
    if (f[0] !== 'function' || f[1] !== 'first-execution') continue;
    const file = scripts.get(f[2]!) ?? '';
    if (file === main) {
      const at = Number(f[3]) - WRAPPER.length;
      const module = modules.findLast((m) => m.at <= at);
      if (!module || at <= 0) continue; // esbuild's helpers, or the script itself
      const pkg = packageOf(module.path);
      if (pkg) packages.add(pkg);
      else {
        sources.add(module.path);
        if (f[7] !== module.path) working.add(module.path);
      }
    } else {
      const pkg = packageOf(file);
      if (pkg) packages.add(pkg);
    }
  }
  return { code: r.status ?? -1, stderr: r.stderr, packages, sources, working };
}

const ONE = fixture('answers/collective/01-college-jean-zay.yaml');
/** The spreadsheet libraries: run only for a CSV, XLSX or JSON-array input, report --format csv|xlsx, or the survey commands. */
const SPREADSHEET = ['csv-parse', 'csv-stringify', 'read-excel-file', 'write-excel-file', 'fflate'];
const HEAVY = ['zod', 'yaml', '@inquirer/prompts', ...SPREADSHEET];

describe('start-up of the built CLI', () => {
  it('puts what it runs down to modules (the check below sees what it looks for)', () => {
    const r = ran(['report', ONE, '--format', 'html']);
    expect(r.code).toBe(0);
    // The HTML reporter's modules, whichever of them V8 logs: on Node 24, no first run is logged for html/report.ts
    // (seen in CI), while the modules it calls are.
    expect([...r.sources].filter((s) => s.startsWith('src/reporters/html/')).length).toBeGreaterThan(1);
    expect(r.sources).toContain('src/scoring/score.ts');
    expect(r.packages).toContain('commander');
  });

  it.each([['--help'], ['--version'], ['report', '--help']])('%s runs commander and the CLI texts only', (...argv) => {
    const r = ran(argv);
    expect(r.code).toBe(0);
    expect([...r.packages]).toEqual(['commander']);
    expect([...r.sources].filter((s) => s.startsWith('src/survey/') && !s.endsWith('/options.ts'))).toEqual([]);
    // No reading, no checking, no scoring, no reporting: at most a module's constants.
    expect([...r.working].filter((s) => /schema\.ts$|^src\/(answers|input|questionnaire|scoring)\/|^src\/reporters\//.test(s))).toEqual([]);
    expect([...r.sources].filter((s) => /schema\.ts$|^src\/(answers|input|questionnaire)\/|^src\/reporters\/(?!index\.ts$)/.test(s))).toEqual([]);
  });

  it('a report of one well-formed file runs neither zod nor yaml, nor prompts, nor HTML', () => {
    for (const format of ['terminal', 'json']) {
      const r = ran(['report', ONE, '--format', format]);
      expect(r.code).toBe(0);
      expect(HEAVY.filter((p) => r.packages.has(p))).toEqual([]);
      expect([...r.sources].filter((s) => s.startsWith('src/survey/') && !s.endsWith('/options.ts'))).toEqual([]);
      expect(r.packages).toContain('js-yaml');
      expect([...r.sources].filter((s) => /^src\/(reporters\/(html|svg|csv|xlsx|tables)|prompts\.ts|assess\/|commands\/assess)|schema\.ts$/.test(s))).toEqual([]);
      expect(['chalk'].filter((p) => r.packages.has(p))).toEqual([]);
    }
  });

  it('runs csv-parse for a CSV export, and read-excel-file for none of it', () => {
    const csv = join(tmp, 'survey.csv');
    writeFileSync(csv, 'territory,sector,urgence.constat-partage\nNanterre,association,2\n');
    const r = ran(['report', csv]);
    expect(r.code).toBe(0);
    expect(r.packages).toContain('csv-parse');
    expect(['read-excel-file', 'write-excel-file'].filter((p) => r.packages.has(p))).toEqual([]);
  });

  it('runs csv-stringify for a CSV export of a report, write-excel-file for an XLSX one, each from dist/vendor', () => {
    const csv = ran(['report', ONE, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(SPREADSHEET.filter((p) => csv.packages.has(p))).toEqual(['csv-stringify']);
    const xlsx = ran(['report', ONE, '--format', 'xlsx', '--output', join(tmp, 'report.xlsx')]);
    expect(xlsx.code).toBe(0);
    expect(SPREADSHEET.filter((p) => xlsx.packages.has(p))).toEqual(['write-excel-file']);
  });

  it('loads neither child process, network nor fs.promises code of Node nor node:module, to start or to report (each costs milliseconds of every start)', () => {
    // commander requires node:child_process at load, lilconfig reads fs.promises: the build gives each a stand-in
    // that loads it on first use (esbuild.config.mjs, LAZY).
    const preload = join(tmp, 'builtins.cjs');
    writeFileSync(preload, "process.on('exit', () => require('node:fs').writeFileSync(process.env.BUILTINS_OUT, JSON.stringify(process.moduleLoadList)));\n");
    for (const argv of [['--help'], ['--version'], ['report', ONE]]) {
      const out = join(tmp, `builtins-${count++}.json`);
      const r = spawnSync(process.execPath, ['--require', preload, BIN, ...argv], { env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', BUILTINS_OUT: out }, encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(0);
      const loaded = JSON.parse(readFileSync(out, 'utf8')) as string[];
      expect(loaded.filter((m) => /^NativeModule (child_process|net|dgram|internal\/child_process|internal\/fs\/promises)$/.test(m)), argv.join(' ')).toEqual([]);
      // Nor node:module with the build's code cache (bin/boot.cjs), where it served nothing but cost 0.6 ms; it is
      // taken only to load the yaml bundle, for a file that is not well formed (src/input/yaml.ts).
      expect(loaded.filter((m) => m === 'NativeModule module'), argv.join(' ')).toEqual([]);
    }
  });

  it('runs zod and yaml to explain a file that is not well formed', () => {
    const bad = join(tmp, 'bad.yaml');
    writeFileSync(bad, readFileSync(ONE, 'utf8').replace('urgence.enjeu-precis: 2', 'urgence.enjeu-precis: 7'));
    const r = ran(['report', bad]);
    expect(r.code).toBe(2);
    expect(['zod', 'yaml'].filter((p) => r.packages.has(p))).toEqual(['zod', 'yaml']);
  });
});

describe('the code cache made by the build', () => {
  it('goes with a bundle that is ASCII only (Node reads it as a one-byte string, twice as compact)', () => {
    const text = readFileSync(join(DIST, 'main.cjs'), 'utf8');
    expect(text.match(/[^\x00-\x7f].{0,40}/gu) ?? []).toEqual([]);
  });

  const boot = (dir: string, env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(process.execPath, ['-e', `const b = require(${JSON.stringify(join(ROOT, 'bin', 'boot.cjs'))}).boot(${JSON.stringify(dir)}); console.log(b.cache, b.cacheRejected)`], { encoding: 'utf8', env });
  const CACHE = `main.cjs.${process.version}.cache`;
  const nodeCompileCache = typeof (createRequire(import.meta.url)('node:module') as { enableCompileCache?: unknown }).enableCompileCache === 'function';

  it('is there for this Node version and accepted by it', () => {
    const r = boot(DIST);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('build false');
  });

  it('is there for js-yaml too (a bundle of dist/vendor that every report loads), and accepted', () => {
    // A report run in-process after boot: each script compiled, main.cjs and js-yaml's, and whether V8 took its cache.
    const io = '{ stdout() {}, stderr() {}, stdin: process.stdin, env: {}, cwd: process.cwd(), stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false }';
    const code = `const b = require(${JSON.stringify(join(ROOT, 'bin', 'boot.cjs'))}).boot(${JSON.stringify(DIST)});
      b.exports.run(['report', ${JSON.stringify(ONE)}], ${io}).then((code) => console.log(code, [...b.scripts].map(([f, s]) => require('node:path').basename(f) + ':' + s.cachedDataRejected).join(' ')));`;
    const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0 main.cjs:false jsyaml.cjs:false');
  });

  it('without one for this version (a tarball built on another Node), Node 22 and later use their own compile cache', () => {
    const copy = join(tmp, 'other-version');
    cpSync(DIST, join(copy, 'dist'), { recursive: true });
    rmSync(join(copy, 'dist', CACHE));
    const dir = join(tmp, 'node-compile-cache');
    const r = boot(join(copy, 'dist'), { ...process.env, NODE_COMPILE_CACHE: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(nodeCompileCache ? 'node false' : 'none false');
    // The cache Node keeps: made by that first run, used by the next ones.
    if (nodeCompileCache) expect(readdirSync(dir).length).toBeGreaterThan(0);
    // NODE_DISABLE_COMPILE_CACHE is Node's way to turn it off, and is followed.
    if (nodeCompileCache) expect(boot(join(copy, 'dist'), { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' }).stdout.trim()).toBe('none false');
  });

  it('is not needed: a wrong or missing cache changes nothing in what the CLI does', () => {
    const copy = join(tmp, 'package');
    cpSync(join(ROOT, 'bin'), join(copy, 'bin'), { recursive: true });
    cpSync(DIST, join(copy, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'questionnaires'), join(copy, 'questionnaires'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    const run = () => spawnSync(process.execPath, [join(copy, 'bin', 'impact-collectif.js'), 'report', ONE, '--lang', 'fr'], { encoding: 'utf8', cwd: copy });
    const expected = spawnSync(process.execPath, [BIN, 'report', ONE, '--lang', 'fr'], { encoding: 'utf8' });
    expect(expected.status).toBe(0);
    writeFileSync(join(copy, 'dist', CACHE), 'not a code cache');
    writeFileSync(join(copy, 'dist', 'vendor', `jsyaml.${CACHE.replace('main.', '')}`), 'not a code cache either');
    expect(boot(join(copy, 'dist')).stdout.trim()).toBe('none true');
    for (const r of [run(), (rmSync(join(copy, 'dist', CACHE)), run())]) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(expected.stdout);
    }
  });
});
