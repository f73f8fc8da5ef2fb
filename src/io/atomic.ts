// Atomic file writing: a temporary file in the same folder, flushed to disk, then renamed over the target.
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';

/**
 * Writes `content` to `path` so that at every instant the file is either its complete old version
 * or its complete new one. Refuses a directory. Throws an InputError naming the file on failure,
 * leaving any previous version untouched.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  // A file replaced keeps its permissions: an answer file made private (it may hold names) stays so.
  let mode = 0o644;
  try {
    const info = await fs.stat(path);
    if (info.isDirectory()) throw new InputError({ file: path, ...msg('output.isDirectory') });
    mode = info.mode & 0o777;
  } catch (err) {
    if (err instanceof InputError) throw err;
  }
  // node:crypto is loaded here, not at start-up, where it would cost every run a few milliseconds.
  const { randomBytes } = await import('node:crypto');
  // A short name of its own, not the target's: a 231 to 255-byte name would make the temporary one too long.
  const temp = join(dirname(path), `.impact-collectif.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await fs.open(temp, 'wx', mode);
    if (mode !== 0o644) await handle.chmod(mode);
    await handle.writeFile(content, typeof content === 'string' ? 'utf8' : null);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, path);
  } catch (err) {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw writeError(err, path);
  }
  await syncDir(dirname(path));
}

/**
 * Makes the folder `dir` and any missing parent; returns the first folder made (undefined when `dir` existed), as
 * `fs.mkdir(dir, { recursive: true })` does. Not that call itself: where a file system refuses a folder with ENOENT
 * (under /proc), it retries forever. Here the parents are made, then the folder is tried once more; a second
 * refusal is thrown. A folder made meanwhile by another process is taken as it is.
 */
export async function makeDirs(dir: string, retry = true): Promise<string | undefined> {
  try {
    await fs.mkdir(dir);
    return dir;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && (await fs.stat(dir)).isDirectory()) return undefined;
    if (code !== 'ENOENT' || !retry || dirname(dir) === dir) throw err;
  }
  const first = await makeDirs(dirname(dir));
  const made = await makeDirs(dir, false);
  return first ?? made;
}

/** Flushes a folder's entries (a file renamed or linked into it), where the platform can. */
export async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not every platform can fsync a directory; the rename is still atomic.
  }
}

/** A failed write as one line naming the file. */
export function writeError(err: unknown, file: string): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  const message =
    code === 'ENOSPC' ? msg('output.noSpace')
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? msg('output.readOnly')
    : code === 'ENOENT' ? msg('output.noFolder')
    : msg('output.failed', { reason: code ?? String(err) });
  return new InputError({ file, ...message });
}
