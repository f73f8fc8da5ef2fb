// Builds dist/: the CLI bundled into one CommonJS file (main.cjs) with V8's code cache for it (main.cjs.<node version>.cache, see
// bin/boot.cjs), and the libraries it needs only sometimes in files of their own: js-yaml (to read any input; not
// for --help), zod (to explain a file that is not well formed, and for validate, list, template…), `yaml` (to
// explain a problem at its line, and to write answer files), the prompts of `assess` and the spreadsheet libraries
// (CSV, XLSX: survey inputs and commands, analyst exports).
//
// Everything the CLI runs is in dist/: the package has no runtime dependency, so installing its tarball needs
// neither the network nor an install script. The rule for a new library: a devDependency, bundled here (in main.cjs
// if imported with import() or small; in VENDOR if large and needed only sometimes); never `external`.
//
// Inside main.cjs, a module that is imported with import() runs only when it is imported (esbuild wraps it), so
// start-up runs commander and the CLI texts only; `report` adds reading, scoring and one reporter.
// Why not ES modules: Node's ES module loader costs every start a few milliseconds per file, and Node 20 has no
// code cache for them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Built beside, then swapped in whole: a test or a run using dist/ meanwhile never sees it half written.
const next = `node_modules/.cache/impact-collectif-dist-${process.pid}`;
mkdirSync('node_modules/.cache', { recursive: true });
rmSync(next, { recursive: true, force: true });

// preserveSymlinks: a node_modules that is a link (a worktree sharing a checkout's) keeps its `// node_modules/…` path comments.
const common = { bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning', preserveSymlinks: true };
/**
 * The libraries needed only sometimes, each bundled once as dist/vendor/<name>.cjs and required from there when first
 * imported (see vendored()): name → entry point, a package or one of our modules wrapping it.
 */
const VENDOR = {
  zod: 'zod', // to explain a file that is not well formed; validate, list, template…
  jsyaml: 'js-yaml', // to read any input (not for --help)
  yaml: 'yaml', // to explain a problem at its line and column, and to write answer files
  inquirer: 'src/assess/inquirer.ts', // assess's prompts
  'csv-parse': 'csv-parse/sync', // survey exports read as answers (CSV, TSV)
  'csv-stringify': 'csv-stringify/sync', // report --format csv, survey export --to csv|limesurvey
  'read-excel-file': 'read-excel-file/node', // survey exports read as answers (XLSX)
  'write-excel-file': 'src/io/write-excel-file.ts', // report --format xlsx, survey export --to xlsform
};

/**
 * Node modules that two libraries load at load time for what this CLI never or rarely uses, at a few milliseconds of
 * every start: commander requires child_process (for executable subcommands, which this CLI has none of), lilconfig
 * reads fs.promises (for its asynchronous search; the CLI uses its synchronous one), which loads Node's stream and
 * readline code. Each gets a stand-in that loads the real module on first use.
 */
const LAZY = {
  commander: {
    module: /^(node:)?child_process$/,
    contents: "let cp; const load = () => (cp ??= require('node:child_process')); module.exports = { spawn: (...a) => load().spawn(...a) };",
  },
  lilconfig: {
    module: /^(node:)?fs$/,
    contents:
      "const fs = require('node:fs'); module.exports = Object.create(fs, { promises: { value: { readFile: (...a) => fs.promises.readFile(...a), access: (...a) => fs.promises.access(...a) } } });",
  },
};

await build({
  ...common,
  entryPoints: { main: 'src/main.ts' },
  outdir: next,
  outExtension: { '.js': '.cjs' },
  // Not minified: stack traces (--verbose) stay readable, and each module keeps its `// path` comment, which
  // test/startup tests read to know which modules a command ran.
  minify: false,
  // The code is written as ES modules: import.meta.url is this file's URL.
  define: { 'import.meta.url': '__importMetaUrl', IMPACT_COLLECTIF_VENDOR_YAML: JSON.stringify('./vendor/yaml.cjs') },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyBuiltins(), vendored()],
});

await build({
  ...common,
  entryPoints: VENDOR,
  outdir: `${next}/vendor`,
  outExtension: { '.js': '.cjs' },
  minify: true,
  legalComments: 'inline',
});

// The checked copies of the built-in questionnaires (src/questionnaire/cache.ts), made by the code just built.
const precompile = `${next}-precompile.mjs`;
await build({ ...common, format: 'esm', entryPoints: ['src/questionnaire/precompile.ts'], outfile: precompile, external: [] });
try {
  const { precompile: run } = await import(pathToFileURL(precompile).href);
  run('questionnaires', `${next}/questionnaires`);
  run('questionnaires/archive', `${next}/questionnaires/archive`);
} finally {
  rmSync(precompile, { force: true });
}

const old = `${next}-old`;
try {
  renameSync('dist', old);
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
}
renameSync(next, 'dist');
rmSync(old, { recursive: true, force: true });

// The code cache, made where it will be used (the built-in questionnaires are found from dist/), in a process of
// its own so that it is made with Node's usual settings.
const made = spawnSync(process.execPath, ['-e', "require('./bin/boot.cjs').makeCache('dist').catch((err) => { console.error(err); process.exit(1); })"], { stdio: 'inherit' });
if (made.status !== 0) throw new Error('making the code cache of dist/main.cjs failed');

/**
 * The VENDOR libraries are required from their own bundles in dist/vendor, when first needed. An import() of one
 * of them or of a Node module becomes a require() too (through a stand-in module that esbuild bundles): the
 * bundle runs as a script, where import() would need Node's module loader.
 */
function vendored() {
  // A package by the name it is imported by; one of our modules by its file, whatever relative path imports it.
  const files = new Map(Object.entries(VENDOR).map(([name, entry]) => [entry.startsWith('src/') ? resolve(entry) : entry, `./vendor/${name}.cjs`]));
  const key = (args) => (args.path.startsWith('.') ? resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) : args.path);
  return {
    name: 'vendored',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.namespace === 'required') return { path: args.path, external: true };
        const target = files.get(key(args)) ?? (isBuiltin(args.path) ? args.path : undefined);
        if (target === undefined) return undefined;
        return args.kind === 'dynamic-import' ? { path: target, namespace: 'required' } : { path: target, external: true };
      });
      b.onLoad({ filter: /.*/, namespace: 'required' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    },
  };
}

function lazyBuiltins() {
  const packageOf = (importer) => /[\\/]node_modules[\\/]([^\\/]+)[\\/]/.exec(importer)?.[1];
  return {
    name: 'lazy-builtins',
    setup(b) {
      b.onResolve({ filter: /^(node:)?(child_process|fs)$/ }, (args) => {
        const pkg = packageOf(args.importer);
        return pkg && LAZY[pkg]?.module.test(args.path) ? { path: pkg, namespace: 'lazy' } : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY[args.path].contents, loader: 'js' }));
    },
  };
}
