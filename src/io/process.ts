// What a command may touch of the outside world, passed in so that tests can run the CLI in-process.
import { fstatSync, statSync, writeSync } from 'node:fs';

export interface Io {
  /** Text, or bytes (an XLSX report piped to a file). */
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

let failedWrite: NodeJS.ErrnoException | undefined;
/** The first failed write to standard output or error (a full disk behind `>`), for main to report. */
export const writeFailure = (): NodeJS.ErrnoException | undefined => failedWrite;

export function processIo(): Io {
  // Streams are made on first use, and asked whether they are terminals only when it matters: making one loads
  // Node's tty or net code, a few milliseconds of every start. Their listener: a reader that goes away early
  // (`report | head`) is not an error worth a stack trace.
  const ready = new WeakSet<NodeJS.WriteStream>();
  const write = (stream: NodeJS.WriteStream, t: string | Uint8Array) => {
    if (!ready.has(stream)) {
      ready.add(stream);
      stream.on('error', (err: NodeJS.ErrnoException) => {
        // Thrown from here, it would be an uncaught exception: a stack trace and exit code 1 (threshold not met).
        if (err.code !== 'EPIPE') failedWrite ??= err;
      });
    }
    stream.write(t);
  };
  // Standard output is written to its descriptor directly while it takes everything at once: its stream (for a
  // pipe, Node's net code) would cost every run a few milliseconds. Should it refuse to wait (EAGAIN), the
  // stream takes over, with what is left.
  let direct = true;
  const stdout = (t: string | Uint8Array) => {
    if (!direct) return write(process.stdout, t);
    const bytes = Buffer.from(t);
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(1, bytes, done);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        direct = false;
        write(process.stdout, bytes.subarray(done));
      } else if (code !== 'EPIPE') failedWrite ??= err as NodeJS.ErrnoException;
    }
  };
  return {
    stdout,
    stderr: (t) => write(process.stderr, t),
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    get stdinIsTTY() {
      return maybeTTY(0) && Boolean(process.stdin.isTTY);
    },
    get stdoutIsTTY() {
      return maybeTTY(1) && Boolean(process.stdout.isTTY);
    },
    get stderrIsTTY() {
      return maybeTTY(2) && Boolean(process.stderr.isTTY);
    },
  };
}

/**
 * A terminal is a character device other than /dev/null: a pipe, a file or `> /dev/null` is known not to be one
 * without making its stream.
 */
function maybeTTY(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    if (!info.isCharacterDevice()) return false;
    const devNull = statSync('/dev/null', { throwIfNoEntry: false });
    return !(devNull && info.dev === devNull.dev && info.ino === devNull.ino);
  } catch {
    return false;
  }
}
