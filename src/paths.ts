// Where the package's own files are, wherever it is installed.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** The package root: this file is at src/paths.ts or dist/paths.js. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const QUESTIONNAIRES_DIR = join(PACKAGE_ROOT, 'questionnaires');
