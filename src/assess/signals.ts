// While a session runs, SIGINT, SIGTERM and SIGHUP (or a vanished terminal) cancel the prompt instead of killing the process.
export interface SignalGuard {
  /** Aborted on the first signal: Inquirer then cancels the current prompt and refuses the next ones. */
  signal: AbortSignal;
  /** The first signal received, if any; 'SIGHUP' also when the terminal is gone without one. */
  readonly received: NodeJS.Signals | undefined;
  dispose(): void;
  /**
   * Ends the process the way a hang-up does, once the answers are on disk. Needed because Node 20
   * aborts in its exit handler when it cannot restore a terminal that no longer exists (nodejs/node#51519).
   */
  hangUp(): void;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Reading or writing a terminal that was closed fails with EIO (EPIPE for a closed pipe). */
function terminalGone(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EIO' || code === 'EPIPE' || code === 'ENXIO';
}

/**
 * The session then ends like after Ctrl-C: the answers are already on disk (every write is atomic and
 * awaited before the next prompt). When the terminal is gone, errors from writing to it or restoring
 * it are expected and ignored, and nothing more is printed.
 */
export function guardSignals(proc: NodeJS.Process = process): SignalGuard {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const stop = (sig: NodeJS.Signals) => {
    received ??= sig;
    controller.abort(sig);
  };
  const onSignal = (sig: NodeJS.Signals) => stop(sig);
  const onStreamError = (err: unknown) => {
    if (terminalGone(err)) stop('SIGHUP');
  };
  // Inquirer's readline restores the terminal mode on close; with the terminal gone that throws from
  // an event handler this code does not own.
  const onUncaught = (err: unknown) => {
    if (terminalGone(err)) return stop('SIGHUP');
    dispose();
    throw err;
  };
  for (const sig of SIGNALS) proc.on(sig, onSignal);
  proc.stdout.on('error', onStreamError);
  proc.stderr.on('error', onStreamError);
  proc.on('uncaughtException', onUncaught);
  function dispose() {
    for (const sig of SIGNALS) proc.off(sig, onSignal);
    proc.off('uncaughtException', onUncaught);
    // The stream listeners stay: a write to a closed terminal may still fail after the session.
  }
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose,
    hangUp() {
      dispose();
      proc.kill(proc.pid, 'SIGHUP');
    },
  };
}
