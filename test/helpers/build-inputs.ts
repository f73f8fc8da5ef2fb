// What the build of dist/ reads (esbuild.config.mjs), hashed: the test set-up builds only when this changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files and folders (read whole) whose contents make dist/, relative to the checkout. */
const BUILD_INPUTS = ['src', 'questionnaires', 'bin', 'esbuild.config.mjs', 'package.json', 'package-lock.json'];

function files(path: string): string[] {
  let entries;
  try {
    if (!statSync(path).isDirectory()) return [path];
    entries = readdirSync(path, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  return entries.flatMap((e) => files(join(path, e.name)));
}

/**
 * A hash of the inputs' paths and contents, and of the Node version (the build makes a V8 code cache, which only
 * the Node that made it accepts).
 */
export function buildInputsHash(root: string): string {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  const all = BUILD_INPUTS.flatMap((p) => files(join(root, p))).sort();
  for (const file of all) {
    const content = readFileSync(file);
    hash.update(`${relative(root, file)}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex');
}
