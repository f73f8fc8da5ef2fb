// Adding a set of new files to a folder, all or nothing: no file is ever replaced, and a failure leaves the folder as it was.
import { constants, promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeDirs, syncDir } from './atomic.js';

/**
 * A step of addFiles failed, or a signal stopped it (`signal`): `path` is the file or folder it concerned, `code`
 * the system's error code; nothing of the call is left.
 */
export class AddFailed extends Error {
  override name = 'AddFailed';
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    readonly signal?: NodeJS.Signals,
  ) {
    super(`${path}: ${signal ?? code ?? 'failed'}`);
  }
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

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

/**
 * Where a file system cannot make a hard link (FAT, some network shares), an exclusive copy takes its place
 * (Windows says EISDIR for a link on FAT and exFAT, nodejs/node#65817).
 */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EISDIR']);

/**
 * Adds `files` (name → text) to the folder `dir`, made if missing. Every file is first written whole into a temporary
 * folder inside `dir`, then linked into place: a link never replaces a file, even one made meanwhile by another
 * process. If any step fails, or Ctrl-C (SIGINT, SIGTERM, SIGHUP) comes meanwhile, what this call added (the files
 * it placed and that are still its own, the temporary folder, the folders made) is removed before AddFailed is
 * thrown: the folder is as it was. A second signal before the step under way ends kills the process.
 */
export async function addFiles(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const added: { path: string; dev: number; ino: number }[] = [];
  let made: string | undefined;
  let temp: string | undefined;
  let at = dir;
  let stopped: NodeJS.Signals | undefined;
  // The first signal stops the import between two steps; a second one (a step that never ends: a stuck network
  // share) ends the process as the signal would have, leaving what is placed.
  const onSignal = (sig: NodeJS.Signals) => {
    if (stopped === undefined) return void (stopped = sig);
    for (const s of SIGNALS) process.off(s, onSignal);
    process.kill(process.pid, sig);
  };
  const check = () => {
    if (stopped) throw new AddFailed(dir, undefined, stopped);
  };
  for (const sig of SIGNALS) process.on(sig, onSignal);
  try {
    made = await makeDirs(dir);
    temp = await fs.mkdtemp(join(dir, '.impact-collectif-'));
    await writeNewFiles(temp, files);
    check();
    for (const name of files.keys()) {
      at = join(dir, name);
      await place(join(temp, name), at);
      const { dev, ino } = await fs.lstat(at);
      added.push({ path: at, dev, ino });
      check();
    }
    await fs.rm(temp, { recursive: true, force: true });
    temp = undefined;
    await syncDir(dir);
  } catch (err) {
    // A file placed by this call is removed only while it is still the one it placed (another program may have
    // replaced it since, by renaming its own file over it).
    for (const { path, dev, ino } of added) {
      const now = await fs.lstat(path).catch(() => undefined);
      if (now?.dev === dev && now.ino === ino) await fs.rm(path, { force: true }).catch(() => {});
    }
    if (temp) await fs.rm(temp, { recursive: true, force: true }).catch(() => {});
    // The folders made by this call, deepest first, each only if empty (never another's file).
    for (let d = dir; made !== undefined; d = dirname(d)) {
      if (!(await fs.rmdir(d).then(() => true, () => false)) || d === made || dirname(d) === d) break;
    }
    if (err instanceof AddFailed) throw err;
    throw new AddFailed(at, (err as NodeJS.ErrnoException).code, stopped);
  } finally {
    for (const sig of SIGNALS) process.off(sig, onSignal);
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
