// One session per answer file: a new file is claimed by creating it exclusively, and a session holds
// `<file>.lock` (its process id) while it writes the file. A lock whose process is gone (kill -9) is stale.
import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';

export interface Lock {
  readonly path: string;
  release(): void;
}

/** Another live session holds the file. */
export class FileLocked extends Error {
  override name = 'FileLocked';
  constructor(
    readonly file: string,
    /** Undefined while the other session is still writing its lock. */
    readonly pid: number | undefined,
  ) {
    super(`${file} is locked by process ${pid ?? '?'}`);
  }
}

export const lockPathOf = (path: string) => `${path}.lock`;

/**
 * Creates `path` empty, only if it does not exist: false when it does (someone else has it). A folder where
 * nothing can be created is not refused here: the first write reports it, and the person can save elsewhere.
 */
export function claim(path: string): boolean {
  try {
    closeSync(openSync(path, 'wx'));
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'EEXIST';
  }
}

/** Whether process `pid` exists (EPERM: it does, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a live session holds `path`'s lock (a stale one does not count). */
export function held(path: string): boolean {
  const pid = readPid(lockPathOf(path));
  return pid === 'starting' || (pid !== undefined && alive(pid));
}

/** The lock's process id; 'starting' for a lock just created and not written yet. */
function readPid(lockPath: string): number | 'starting' | undefined {
  let text: string;
  try {
    text = readFileSync(lockPath, 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number(text.trim());
  if (Number.isInteger(pid) && pid > 0) return pid;
  // Created but not written yet: its owner is between the two system calls, unless it died there long ago.
  try {
    return Date.now() - statSync(lockPath).mtimeMs < 5000 ? 'starting' : undefined;
  } catch {
    return undefined;
  }
}

/** Takes `path`'s lock for this process; FileLocked when a live session holds it. A stale lock is replaced. */
export function lock(path: string): Lock {
  const lockPath = lockPathOf(path);
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx');
    } catch (err) {
      // No lock where nothing can be created: the answers cannot be written there either, and saying so is the saver's job.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') return { path, release: () => undefined };
      if (attempt > 2) throw new FileLocked(path, undefined);
      const pid = readPid(lockPath);
      if (pid === 'starting') throw new FileLocked(path, undefined);
      if (pid !== undefined && alive(pid)) throw new FileLocked(path, pid);
      breakStale(lockPath, pid, path);
      continue;
    }
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return {
      path,
      release() {
        // Only our own: never a lock another session took after ours was judged stale.
        if (readPid(lockPath) === process.pid) {
          try {
            unlinkSync(lockPath);
          } catch {
            // already gone
          }
        }
      },
    };
  }
}

/**
 * Removes a stale lock, one session at a time (a folder made beside it is the guard), and only if it is still the
 * lock judged stale: two sessions that found the same dead lock never remove the one the other has just taken.
 */
function breakStale(lockPath: string, pid: number | undefined, path: string): void {
  const guard = `${lockPath}.break`;
  try {
    mkdirSync(guard);
  } catch {
    throw new FileLocked(path, undefined);
  }
  try {
    if (readPid(lockPath) === pid) rmSync(lockPath, { force: true });
  } finally {
    rmdirSync(guard);
  }
}
