// The full report on request at the end of a session: in `less -R` when there is one, printed otherwise.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The path of `less` on `PATH`, or undefined (then the report is printed). */
export function findLess(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, 'less');
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * Shows `text` in less (it reads the keys from the terminal, the text from its input); true once the person
 * has left it, false when it could not run (the caller then prints the text). Only called on a terminal:
 * assess never runs without one.
 */
export function page(less: string, text: string, env: NodeJS.ProcessEnv): boolean {
  // The report is UTF-8 whatever the locale says. -R: the report's colours; -F: a report shorter than the screen is printed, no key to press; -X: it stays on screen.
  const r = spawnSync(less, ['-R', '-F', '-X'], { input: text, stdio: ['pipe', 'inherit', 'inherit'], env: { ...env, LESSCHARSET: 'utf-8', LESSSECURE: '1' } });
  return r.error === undefined && r.status === 0;
}
