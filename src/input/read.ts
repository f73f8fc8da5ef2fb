// Reads an input file (or standard input) as text, refusing what cannot be a YAML or JSON document.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';

/** Inputs larger than this are refused before parsing (10,000 complete responses take about 16 MiB). */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;
export const STDIN = '-';

export interface Input {
  /** The name shown in messages: the path as given, or "<stdin>". */
  file: string;
  text: string;
}

/** What is already known of a path: `regular` when a folder listing said it is a regular file (no fstat then). */
export interface Known {
  regular?: boolean;
}

export async function readInput(path: string, stdin?: NodeJS.ReadableStream, known: Known = {}): Promise<Input> {
  // process.stdin only when read: making the stream costs every run a few milliseconds.
  if (path === STDIN) return { file: '<stdin>', text: decode(await readStream(stdin ?? process.stdin), '<stdin>') };
  // Regular files are read synchronously: a run reads thousands of small files, and each asynchronous call
  // costs a round trip through Node's thread pool, which made reading cost more than parsing. One open, one
  // fstat (none for a file a folder listing said is regular), reads until the end or past the limit.
  let text: string | undefined;
  let fd: number | undefined;
  try {
    // Non-blocking: opening a named pipe must not wait here for its writer (the stream below does that).
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    let regular = known.regular === true;
    if (!regular) {
      const info = fstatSync(fd);
      if (info.isDirectory()) throw new InputError({ file: path, ...msg('file.isDirectory') });
      if (info.size > MAX_INPUT_BYTES) throw tooLarge(path);
      regular = info.isFile();
    }
    if (regular) text = decode(readAll(fd, path), path);
  } catch (err) {
    throw asInputError(err, path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (text !== undefined) return { file: path, text };
  let bytes: Buffer;
  try {
    // A pipe or device (<(cmd), /dev/zero) has no size to check first: read it as a stream, with the limit.
    bytes = await readStream(createReadStream(path), path);
  } catch (err) {
    throw asInputError(err, path);
  }
  return { file: path, text: decode(bytes, path) };
}

/**
 * The bytes of an input file or of standard input, with the same limit, not decoded: what survey exports (CSV of
 * any encoding, XLSX) are read with. A copy of its own, not the shared buffer.
 */
export async function readBytes(path: string, stdin?: NodeJS.ReadableStream): Promise<{ file: string; bytes: Buffer }> {
  if (path === STDIN) return { file: '<stdin>', bytes: await readStream(stdin ?? process.stdin) };
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError({ file: path, ...msg('file.isDirectory') });
    if (info.size > MAX_INPUT_BYTES) throw tooLarge(path);
    if (info.isFile()) return { file: path, bytes: Buffer.from(readAll(fd, path)) };
  } catch (err) {
    throw asInputError(err, path);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  try {
    return { file: path, bytes: await readStream(createReadStream(path), path) };
  } catch (err) {
    throw asInputError(err, path);
  }
}

// One buffer for every file read (decoded at once, before the next read): ten thousand files allocate nothing.
let scratch = Buffer.allocUnsafe(256 * 1024);

/** A regular file's bytes, in the shared buffer (valid until the next read), refused past the limit. */
function readAll(fd: number, file: string): Buffer {
  let n = 0;
  for (;;) {
    if (n === scratch.length) {
      if (n > MAX_INPUT_BYTES) throw tooLarge(file);
      const bigger = Buffer.allocUnsafe(Math.min(MAX_INPUT_BYTES + 1, scratch.length * 2));
      scratch.copy(bigger, 0, 0, n);
      scratch = bigger;
    }
    const got = readSync(fd, scratch, n, scratch.length - n, null);
    if (got === 0) break;
    n += got;
  }
  if (n > MAX_INPUT_BYTES) throw tooLarge(file);
  return scratch.subarray(0, n);
}

function tooLarge(file: string): InputError {
  return new InputError({ file, ...msg('file.tooLarge', { mib: MAX_INPUT_BYTES / 1024 / 1024 }) });
}

export function asInputError(err: unknown, file: string): InputError {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  const message =
    code === 'ENOENT' ? msg('file.notFound')
    : code === 'EACCES' || code === 'EPERM' ? msg('file.permission')
    : code === 'EISDIR' ? msg('file.isDirectory')
    : msg('file.unreadable', { reason: code ?? String(err) });
  return new InputError({ file, ...message });
}

async function readStream(stream: NodeJS.ReadableStream, file = '<stdin>'): Promise<Buffer> {
  if ((stream as NodeJS.ReadStream).isTTY) {
    throw new InputError({ file, ...msg('file.stdinTerminal') });
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > MAX_INPUT_BYTES) throw tooLarge(file);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** UTF-8 only; a leading BOM is dropped; NUL bytes and invalid sequences are refused with their position. */
export function decode(bytes: Buffer, file: string): string {
  if (!isUtf8(bytes)) {
    const loose = bytes.toString('utf8');
    throw new InputError({ file, ...position(loose, firstInvalid(bytes, loose)), ...msg('file.notUtf8') });
  }
  const text = bytes.toString('utf8', bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new InputError({ file, ...position(text, nul), ...msg('file.nulByte') });
  return text;
}

/** The character offset, in the loosely decoded text, of the first invalid byte sequence. */
function firstInvalid(bytes: Buffer, loose: string): number {
  let offset = 0;
  for (let i = 0; i < loose.length; i++) {
    const code = loose.codePointAt(i)!;
    const size = Buffer.byteLength(String.fromCodePoint(code));
    if (code === 0xfffd && !(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return i;
    if (code > 0xffff) i++;
    offset += code === 0xfffd ? 1 : size;
  }
  return 0;
}

/** 1-based line and column of a character offset. */
export function position(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}
