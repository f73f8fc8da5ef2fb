// Where the package's own files are, wherever it is installed.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The package root: the nearest folder above this module (src/io/paths.ts, or the bundle dist/main.cjs) with a package.json. */
export const PACKAGE_ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));
export const QUESTIONNAIRES_DIR = join(PACKAGE_ROOT, 'questionnaires');

function packageRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json'))) return d;
    if (dirname(d) === d) return join(dir, '..');
  }
}
