// Builds dist/ only when it is stale: dist/.inputs holds a hash of everything the build reads, written after a
// build that succeeded. Dates are not trusted (a checkout, a rebase or a copy sets them as it likes); contents
// are. Used by `npm start` (a second start does not build again) and by the tests' global set-up.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Files and folders (read whole) whose contents make dist/, relative to the checkout (see esbuild.config.mjs). */
const BUILD_INPUTS = ['src', 'questionnaires', 'bin', 'esbuild.config.mjs', 'package.json', 'package-lock.json'];

function files(path) {
  let entries;
  try {
    if (!statSync(path).isDirectory()) return [path];
    entries = readdirSync(path, { withFileTypes: true });
  } catch (err) {
    if (err.code === 'ENOENT') return [];
    throw err;
  }
  return entries.flatMap((e) => files(join(path, e.name)));
}

/**
 * A hash of the inputs' paths and contents, and of the Node version (the build makes a V8 code cache, which only
 * the Node that made it accepts).
 */
function buildInputsHash(root) {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  const all = BUILD_INPUTS.flatMap((p) => files(join(root, p))).sort();
  for (const file of all) {
    const content = readFileSync(file);
    hash.update(`${relative(root, file)}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex');
}

/** Builds `root`'s dist/ when its inputs changed since the last build that succeeded. */
export function buildIfStale(root) {
  const stamp = join(root, 'dist', '.inputs');
  const hash = buildInputsHash(root);
  let built;
  try {
    built = readFileSync(stamp, 'utf8').trim();
  } catch {
    built = undefined;
  }
  if (built === hash) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  // The hash of the inputs as they were before the build: one changed meanwhile makes the next run build again.
  writeFileSync(stamp, `${hash}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) buildIfStale(fileURLToPath(new URL('..', import.meta.url)));
