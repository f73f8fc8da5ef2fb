// However many problems an input has, a person reads a few dozen lines: the first ones, and a count of the rest.
import type { Problem } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';

export const MAX_PROBLEMS = 60;

/** The first MAX_PROBLEMS problems, then one line counting the others (and `more` found but not built). */
export function capProblems(problems: Problem[], more = 0): Problem[] {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const rest = problems.length - shown.length + more;
  if (rest <= 0) return problems;
  const summary: Problem = { file: shown[shown.length - 1]?.file ?? problems[0]?.file ?? '', ...msg('problems.more', { n: rest }) };
  counts.set(summary, rest);
  return [...shown, summary];
}

const counts = new WeakMap<Problem, number>();

/** Caps the problems of several inputs together (validate): the counts of their own summaries are added up. */
export function capAll(problems: Problem[]): Problem[] {
  const kept: Problem[] = [];
  let more = 0;
  for (const p of problems) {
    const n = counts.get(p);
    if (n !== undefined) more += n;
    else if (kept.length < MAX_PROBLEMS) kept.push(p);
    else more++;
  }
  return capProblems(kept, more);
}
