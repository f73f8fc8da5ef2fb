// Builds dist/: the CLI bundled with its dependencies, one chunk per lazily imported command or format, so that
// start-up (--help, --version) reads a few files and `assess`, html... load their code only when run.
// Every chunk sits in dist/ itself: src/paths.ts finds the package root one level up from any of them.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

// Built beside, then swapped in whole: a test or a run using dist/ meanwhile never sees it half written.
const next = `node_modules/.cache/impact-collectif-dist-${process.pid}`;
mkdirSync('node_modules/.cache', { recursive: true });
rmSync(next, { recursive: true, force: true });

await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: next,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // Not minified: stack traces (--verbose) stay readable, and each module keeps its `// path` comment, which
  // test/startup tests read to know what a command loaded.
  minify: false,
  // Bundled CommonJS dependencies (commander, cli-table3...) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [lazyChildProcess(), builtinsByRequire()],
  logLevel: 'warning',
});

// The checked copies of the built-in questionnaires (src/questionnaire/cache.ts), made by the code just built.
const precompile = `${next}-precompile.mjs`;
await build({ entryPoints: ['src/questionnaire/precompile.ts'], outfile: precompile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
try {
  (await import(pathToFileURL(precompile).href)).precompile('questionnaires', `${next}/questionnaires`);
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

/**
 * Node's own modules through require(), not import: importing node:fs as ES module makes Node build its module
 * namespace, reading every export, and so load the stream code behind fs.ReadStream (several ms of each start).
 */
function builtinsByRequire() {
  return {
    name: 'builtins-by-require',
    setup(b) {
      b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
        if (!isBuiltin(args.path)) return undefined;
        // The stand-in's own require() is the real one (the banner's); import() is left as it is, for it has no
        // named exports to give from a CommonJS stand-in.
        if (args.namespace === 'builtin' || args.kind === 'dynamic-import') return { path: args.path, external: true };
        return { path: args.path.replace(/^node:/, ''), namespace: 'builtin' };
      });
      b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({ contents: `module.exports = require('node:${args.path}');`, loader: 'js' }));
    },
  };
}

/**
 * commander requires child_process at load time, for executable subcommands this CLI never uses; loading it
 * costs a few milliseconds of every start. This gives commander a stand-in that loads it on first use.
 */
function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(b) {
      b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
        /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
        contents: "let cp; const load = () => (cp ??= require('node:child_process')); module.exports = { spawn: (...a) => load().spawn(...a) };",
        loader: 'js',
      }));
    },
  };
}
