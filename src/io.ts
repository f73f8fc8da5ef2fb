// What a command may touch of the outside world, passed in so that tests can run the CLI in-process.

export interface Io {
  stdout(text: string): void;
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
  const write = (stream: NodeJS.WriteStream, t: string) => {
    if (!ready.has(stream)) {
      ready.add(stream);
      stream.on('error', (err: NodeJS.ErrnoException) => {
        // Thrown from here, it would be an uncaught exception: a stack trace and exit code 1 (threshold not met).
        if (err.code !== 'EPIPE') failedWrite ??= err;
      });
    }
    stream.write(t);
  };
  return {
    stdout: (t) => write(process.stdout, t),
    stderr: (t) => write(process.stderr, t),
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    get stdinIsTTY() {
      return Boolean(process.stdin.isTTY);
    },
    get stdoutIsTTY() {
      return Boolean(process.stdout.isTTY);
    },
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
  };
}
