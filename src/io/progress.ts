// A progress line on standard error for work that lasts more than a second, only when standard error is a terminal.
import type { Io } from './process.js';

/** Nothing is shown for shorter work, */
export const PROGRESS_DELAY_MS = 1000;
/** and the line is redrawn at most this often. */
const REDRAW_MS = 100;
const CLEAR_LINE = '\r\x1b[2K';

export interface Progress {
  update(done: number, total: number): void;
  /** Erases the line, if one was drawn, so that what follows starts on a clean line. */
  end(): void;
}

export function progress(io: Pick<Io, 'stderr' | 'stderrIsTTY'>, line: (done: number, total: number) => string, now: () => number = Date.now): Progress {
  const start = now();
  let drawn = -Infinity;
  // Asked once: each asking is a system call (fstat), and a run that is not on a terminal would ask at every file.
  let tty: boolean | undefined;
  return {
    update(done, total) {
      const t = now();
      // The clock first: asking whether stderr is a terminal makes the stream, which short runs need not pay for.
      if (t - start < PROGRESS_DELAY_MS || t - drawn < REDRAW_MS || !(tty ??= io.stderrIsTTY)) return;
      drawn = t;
      io.stderr(`${CLEAR_LINE}${line(done, total)}`);
    },
    end() {
      if (drawn !== -Infinity) io.stderr(CLEAR_LINE);
      drawn = -Infinity;
    },
  };
}
