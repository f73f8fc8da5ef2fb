// Builds dist/ before the tests that run the real binary, only when it is stale: dist/.inputs holds a hash of
// everything the build reads (see build-inputs.ts), written after a build that succeeded. Dates are not trusted
// (a checkout, a rebase or a copy sets them as it likes); contents are.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildInputsHash } from './helpers/build-inputs.js';

const ROOT = join(import.meta.dirname, '..');
const STAMP = join(ROOT, 'dist', '.inputs');

export default function setup(): void {
  const hash = buildInputsHash(ROOT);
  let built: string | undefined;
  try {
    built = readFileSync(STAMP, 'utf8').trim();
  } catch {
    built = undefined;
  }
  if (built === hash) return;
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  // The hash of the inputs as they were before the build: one changed meanwhile makes the next run build again.
  writeFileSync(STAMP, `${hash}\n`);
}
