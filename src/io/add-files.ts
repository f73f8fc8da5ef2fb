// Adding a set of new files to a folder, all or nothing: no file is ever replaced, and a failure leaves the folder as it was.
import { constants, promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { syncDir } from './atomic.js';

/** A step of addFiles failed: `path` is the file or folder it concerned, `code` the system's error code; nothing of the call is left. */
export class AddFailed extends Error {
  override name = 'AddFailed';
  constructor(
    readonly path: string,
    readonly code: string | undefined,
  ) {
    super(`${path}: ${code ?? 'failed'}`);
  }
}

/** Writes each file new in `dir` and flushes it (a name taken fails, EEXIST): how a temporary folder is filled. */
export async function writeNewFiles(dir: string, files: Iterable<readonly [string, string]>): Promise<void> {
  for (const [name, text] of files) {
    const handle = await fs.open(join(dir, name), 'wx', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

/** Where a file system cannot make a hard link (FAT, some network shares), an exclusive copy takes its place. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Adds `files` (name → text) to the folder `dir`, made if missing. Every file is first written whole into a temporary
 * folder inside `dir`, then linked into place: a link never replaces a file, even one made meanwhile by another
 * process. If any step fails, what this call added (the files linked, the temporary folder, the folders made) is
 * removed before AddFailed is thrown: the folder is as it was.
 */
export async function addFiles(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const added: string[] = [];
  let made: string | undefined;
  let temp: string | undefined;
  let at = dir;
  try {
    made = await fs.mkdir(dir, { recursive: true });
    temp = await fs.mkdtemp(join(dir, '.impact-collectif-'));
    await writeNewFiles(temp, files);
    for (const name of files.keys()) {
      at = join(dir, name);
      await place(join(temp, name), at);
      added.push(at);
    }
    await fs.rm(temp, { recursive: true, force: true });
    temp = undefined;
    await syncDir(dir);
  } catch (err) {
    for (const path of added) await fs.rm(path, { force: true }).catch(() => {});
    if (temp) await fs.rm(temp, { recursive: true, force: true }).catch(() => {});
    // The folders made by this call, deepest first, each only if empty (never another's file).
    for (let d = dir; made !== undefined; d = dirname(d)) {
      if (!(await fs.rmdir(d).then(() => true, () => false)) || d === made || dirname(d) === d) break;
    }
    throw new AddFailed(at, (err as NodeJS.ErrnoException).code);
  }
}

/** `from` at `to`, never over an existing file (EEXIST). */
async function place(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
  } catch (err) {
    if (!NO_LINKS.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    try {
      await fs.copyFile(from, to, constants.COPYFILE_EXCL);
    } catch (copyErr) {
      // Half a copy is this call's own file: removed (a name taken, EEXIST, is another's and stays).
      if ((copyErr as NodeJS.ErrnoException).code !== 'EEXIST') await fs.rm(to, { force: true }).catch(() => {});
      throw copyErr;
    }
  }
}
