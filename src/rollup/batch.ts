// Writing a set of files as one folder, all or nothing: into a temporary folder beside it, then renamed into place.
import { promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { makeDirs, writeError } from '../io/atomic.js';
import { writeNewFiles } from '../io/add-files.js';

/**
 * Writes `files` (name → text) as the folder `dir`, which must not exist or be empty. At every instant the folder is
 * absent, empty, or complete: a failure midway removes the temporary folder and leaves `dir` as it was.
 */
export async function writeFolder(cwd: string, dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const target = resolve(cwd, dir);
  await checkFolder(target, dir);
  const parent = dirname(target);
  let temp: string | undefined;
  try {
    await makeDirs(parent);
    temp = await fs.mkdtemp(join(parent, `.${basename(target).slice(0, 100)}.impact-collectif-`));
    // mkdtemp makes a private folder; the set is meant to be read, as a folder made by mkdir would be.
    await fs.chmod(temp, 0o755);
    await writeNewFiles(temp, files);
    // Checked again just before: a folder filled meanwhile is not replaced (rename would refuse it anyway).
    await checkFolder(target, dir);
    await fs.rename(temp, target);
    temp = undefined;
  } catch (err) {
    if (temp) await fs.rm(temp, { recursive: true, force: true }).catch(() => {});
    throw err instanceof InputError ? err : writeError(err, dir);
  }
}

/** Refuses, before any work, a folder that exists and is not empty, or is not a folder. */
export async function checkFolder(target: string, dir: string): Promise<void> {
  let info;
  try {
    info = await fs.lstat(target);
  } catch {
    return;
  }
  if (!info.isDirectory()) throw new InputError({ file: dir, ...msg('outputDir.notFolder') });
  if ((await fs.readdir(target)).length) throw new InputError({ file: dir, ...msg('outputDir.notEmpty') });
}
