// Saving the answer file during a session: atomic write, and on failure the person decides (retry, elsewhere, quit).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { msg, render } from '../i18n/messages/index.js';
import type { Prompter } from './prompts.js';
import { oneLine } from '../io/sanitize.js';
import type { View } from './screens.js';

export interface SaverDeps {
  prompter: Prompter;
  print: (text: string) => void;
  view: View;
  cwd: string;
  /** Writes the whole file atomically, or throws an InputError leaving the previous version intact. */
  write: (path: string, text: string) => Promise<void>;
  /** How a path is shown to the person. */
  show: (path: string) => string;
  /** Called when the person moves the answers to `to` after a failure (the session's lock moves with them). */
  moved?: (from: string, to: string) => boolean;
}

export interface Saver {
  /** Where the answers are saved now (it changes if the person picks another file after a failure). */
  readonly path: string;
  /** True once a write has succeeded. */
  readonly saved: boolean;
  save(text: string): Promise<void>;
}

/**
 * A failed write never loses the answers silently: the error is shown, the answers stay in memory,
 * and the person retries, saves to another file, or gives up (the InputError is then thrown).
 */
export function createSaver(deps: SaverDeps, path: string, known?: string): Saver {
  const { prompter, print, view } = deps;
  const t = view.t.saveFailed;
  /** `known`: the file's text as the session last read or wrote it; a file changed since is never rewritten. */
  const state = { path, saved: false, known };
  return {
    get path() {
      return state.path;
    },
    get saved() {
      return state.saved;
    },
    async save(text: string) {
      for (;;) {
        try {
          const now = state.known === undefined ? undefined : current(state.path);
          if (now !== undefined && now !== state.known) throw new InputError({ file: deps.show(state.path), ...msg('assess.changedOnDisk') });
          await deps.write(state.path, text);
          state.saved = true;
          state.known = text;
          return;
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          const problem = err.problems.map((p) => render(p, view.lang)).join('; ');
          print(`\n${view.c.red(t.message)}\n  ${oneLine(deps.show(state.path))}\n  ${oneLine(problem)}\n${t.kept}\n`);
          const choice = await prompter.select({
            message: t.what,
            choices: [
              { value: 'retry', name: t.retry },
              { value: 'elsewhere', name: t.elsewhere },
              { value: 'quit', name: t.quit },
            ],
          });
          if (choice === 'quit') {
            if (state.saved) print(`${t.lastGood(oneLine(deps.show(state.path)))}\n`);
            throw err;
          }
          if (choice === 'elsewhere') {
            const answer = await prompter.input({
              message: t.path,
              validate: (v) => {
                if (!v.trim()) return t.path;
                return existsSync(resolve(deps.cwd, v.trim())) ? view.t.existing.message(oneLine(v.trim())) : true;
              },
            });
            const to = resolve(deps.cwd, answer.trim());
            // Taken meanwhile (created, or locked by another session): the write fails again, and the person chooses again.
            if (deps.moved && !deps.moved(state.path, to)) continue;
            state.path = to;
            state.saved = false;
            state.known = deps.moved ? '' : undefined;
          }
        }
      }
    },
  };
}

/** The file's text now; undefined once it is gone (nothing is lost by writing it again). */
function current(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
