// Where a command's text goes: standard output, or a file written atomically (a device or a pipe written as is).
import { lstatSync, readlinkSync, realpathSync, statSync, type Stats, promises as fs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Context } from '../commands/context.js';
import { makeDirs, writeError, writeFileAtomic } from './atomic.js';
import { InputError, UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';

/** Where the output goes: a regular file (replaced atomically), or something else written directly. */
export interface OutputTarget {
  /** A regular file: its real path, links followed (the link stays a link). Anything else: the path as given. */
  path: string;
  /** A device, a pipe (`>(cmd)`) or a descriptor (`/dev/stdout`): written in place, never replaced by a file. */
  direct: boolean;
}

/**
 * Writes `text` (or bytes: an XLSX file) to `output` or to stdout. `inputs` are the command's own input files (answers,
 * questionnaire): `--output` may not overwrite one of them, whatever path or link leads to it. Bytes are never
 * written to a terminal: they would garble it.
 */
export async function writeOutput(ctx: Context, text: string | Uint8Array, output?: string, inputs: readonly string[] = []): Promise<void> {
  if (output === undefined || output === '-') {
    if (typeof text !== 'string' && ctx.io.stdoutIsTTY) throw new UsageError(msg('usage.binaryToTerminal'));
    ctx.io.stdout(text);
    return;
  }
  const target = checkOutput(ctx, output, inputs);
  if (target.direct) return writeDirect(target.path, text);
  try {
    await makeDirs(dirname(target.path));
  } catch (err) {
    throw writeError(err, output);
  }
  await writeFileAtomic(target.path, text);
}

/** Where `output` goes, once sure it is not one of `inputs` (checked before any work where possible). */
export function checkOutput(ctx: Context, output: string, inputs: readonly string[]): OutputTarget {
  if (/[/\\]$/.test(output)) {
    throw new InputError({ file: output, ...msg('output.endsWithSlash') });
  }
  const given = resolve(ctx.io.cwd, output);
  const info = statOrUndefined(given);
  if (info?.isDirectory()) throw new InputError({ file: output, ...msg('output.isDirectory') });
  const key = identity(given, info);
  if (inputs.some((f) => f !== '-' && identity(resolve(ctx.io.cwd, f)) === key)) {
    throw new InputError({ file: output, ...msg('output.isInput') });
  }
  if (info && (!info.isFile() || viaDescriptor(given))) return { path: given, direct: true };
  return { path: physical(given), direct: false };
}

/**
 * What a path designates on disk: the file's device and inode when it exists (a hard link, a symlink or another
 * spelling of it gives the same), otherwise its physical path (folders' links resolved).
 */
function identity(path: string, info = statOrUndefined(path)): string {
  return info ? `inode:${info.dev}:${info.ino}` : `path:${physical(path)}`;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The real path of `path`, even when it does not exist yet: its existing ancestors' and dangling links resolved. */
function physical(path: string, hops = 0): string {
  try {
    return realpathSync(path);
  } catch {
    // Goes on below: the path, or part of it, does not exist.
  }
  if (hops > 40) return path;
  try {
    if (lstatSync(path).isSymbolicLink()) return physical(resolve(dirname(path), readlinkSync(path)), hops + 1);
  } catch {
    // Not there at all: resolve its folder.
  }
  const parent = dirname(path);
  return parent === path ? path : join(physical(parent, hops + 1), basename(path));
}

const DESCRIPTOR = /^\/(?:dev\/(?:stdout|stderr|stdin|fd\/)|proc\/[^/]+\/fd\/)/;

/** `/dev/stdout`, `/dev/fd/N`, or a link to one: an open descriptor, even when it leads to a regular file (`>> log`). */
function viaDescriptor(path: string): boolean {
  let p = path;
  for (let hops = 0; hops < 40; hops++) {
    if (DESCRIPTOR.test(p)) return true;
    try {
      if (!lstatSync(p).isSymbolicLink()) return false;
      p = resolve(dirname(p), readlinkSync(p));
    } catch {
      return false;
    }
  }
  return false;
}

/** A device, pipe or descriptor: written in place, appending (a descriptor's file may hold what came before). */
async function writeDirect(path: string, text: string | Uint8Array): Promise<void> {
  let handle;
  try {
    handle = await fs.open(path, 'a');
    await handle.writeFile(text, typeof text === 'string' ? 'utf8' : null);
  } catch (err) {
    throw writeError(err, path);
  } finally {
    await handle?.close().catch(() => {});
  }
}
