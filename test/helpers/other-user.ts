// The built binary as another user can run it. As root, a file of mode 000 is readable: only an unprivileged
// process shows what a person sees. But that user may not enter the checkout (a clone in root's home folder, as in
// many CI containers, or in a `mktemp -d` folder): then the package is copied, as npm would install it, to a
// folder that user can read.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ROOT } from './cli.js';

/** The unprivileged user ("nobody" on most systems). */
export const NOBODY = 65534;

export type OtherUser = { bin: string; cleanup(): void } | { skip: string };

const runs = (bin: string, uid: number) =>
  spawnSync(process.execPath, [bin, '--version'], { uid, gid: uid, cwd: tmpdir(), encoding: 'utf8', env: { PATH: process.env.PATH }, timeout: 20_000 });

/** The production dependencies of the package and theirs, as installed in node_modules. */
function dependencies(): string[] {
  const found = new Set<string>();
  const add = (name: string) => {
    if (found.has(name) || !existsSync(join(ROOT, 'node_modules', name))) return;
    found.add(name);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: object; optionalDependencies?: object };
    for (const d of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) add(d);
  };
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
  for (const d of Object.keys(pkg.dependencies ?? {})) add(d);
  return [...found];
}

/** Where user `uid` can run the built binary from: the checkout's, a copy of the package, or why neither works. */
export function binForUser(uid: number): OtherUser {
  const tried = runs(BIN, uid);
  if (tried.status === 0) return { bin: BIN, cleanup() {} };
  const copy = mkdtempSync(join(tmpdir(), 'impact-collectif-package-'));
  const cleanup = () => rmSync(copy, { recursive: true, force: true });
  try {
    for (const part of ['bin', 'dist', 'questionnaires', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    for (const name of dependencies()) cpSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name), { recursive: true, dereference: true });
    chmodSync(copy, 0o755);
  } catch (err) {
    cleanup();
    throw err;
  }
  const bin = join(copy, 'bin', 'impact-collectif.js');
  const again = runs(bin, uid);
  if (again.status === 0) return { bin, cleanup };
  cleanup();
  const lines = again.stderr.split('\n');
  const why = again.error?.message ?? lines.find((l) => /Error/.test(l)) ?? `exit ${again.status}`;
  return { skip: `user ${uid} cannot run ${process.execPath} on the built binary, even copied to ${tmpdir()}: ${why.trim()} (can that user enter ${tmpdir()}? TMPDIR chooses another folder)` };
}
