// Typed errors of the CLI; main.ts maps them to a message and an exit code.

export const EXIT = { ok: 0, threshold: 1, input: 2, internal: 70, interrupted: 130 } as const;

/** One problem found in an input file, with its position when it has one. */
export interface Problem {
  file: string;
  line?: number;
  col?: number;
  path?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  let where = p.file;
  if (p.line !== undefined) where += `:${p.line}:${p.col ?? 1}`;
  return p.path ? `${where}: ${p.path}: ${p.message}` : `${where}: ${p.message}`;
}

/** Bad command-line usage (unknown option value, missing argument…): exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One or more problems in input files: exit 2, one line per problem. */
export class InputError extends Error {
  override name = 'InputError';
  readonly problems: Problem[];
  constructor(problems: Problem[] | Problem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'));
    this.problems = list;
  }
}

/** The user interrupted (Ctrl-C, SIGTERM, SIGHUP): exit 130 after saying how to resume. */
export class Interrupted extends Error {
  override name = 'Interrupted';
}
