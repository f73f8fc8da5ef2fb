// Typed errors of the CLI; main.ts maps them to a message and an exit code.
import type { Lang } from '../i18n/index.js';
import { render, type Message } from '../i18n/messages/index.js';

export const EXIT = { ok: 0, threshold: 1, input: 2, internal: 70, interrupted: 130 } as const;

/** Where a problem is: the file, and the position and value path when it has them. */
interface Where {
  file: string;
  line?: number;
  col?: number;
  path?: string;
}

/** One problem found in an input file: where, and what (a code and its parameters, given a language when printed). */
export type Problem = Where & Message;

/** `file:line:col: path: text`, in `lang`. */
export function formatProblem(p: Problem, lang: Lang): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}:${p.col ?? 1}`;
  const text = render(p, lang);
  return p.path ? `${where}: ${p.path}: ${text}` : `${where}: ${text}`;
}

/** Bad command-line usage (unknown option value, missing argument…): exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(readonly problem: Message) {
    super(render(problem, 'en'));
  }
}

/** One or more problems in input files: exit 2, one line per problem. Its `message` is the English text. */
export class InputError extends Error {
  override name = 'InputError';
  readonly problems: Problem[];
  constructor(problems: Problem[] | Problem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => formatProblem(p, 'en')).join('\n'));
    this.problems = list;
  }
}

/** The user interrupted (Ctrl-C, SIGTERM, SIGHUP): exit 130 after saying how to resume. */
export class Interrupted extends Error {
  override name = 'Interrupted';
}
