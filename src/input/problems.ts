// Turns zod issues and rule problems into positioned problems: file:line:col: path: message.
import type { z } from 'zod';
import type { Problem } from '../core/errors.js';
import type { ParsedDocument, Path } from './yaml.js';

/** Longest key shown in a path: a hostile file's 1 MB key must not make a 1 MB error line. */
const MAX_SEGMENT = 80;

export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    const s = typeof seg === 'number' || seg.length <= MAX_SEGMENT ? String(seg) : `${seg.slice(0, MAX_SEGMENT - 1)}…`;
    out += typeof seg === 'number' ? `[${s}]` : out ? `.${s}` : s;
  }
  return out;
}

export function problemAt(file: string, doc: ParsedDocument, path: Path, message: string, key = false): Problem {
  return { file, ...doc.locate(path, key), path: path.length ? formatPath(path) : undefined, message } as Problem;
}

export function zodProblems(error: z.ZodError, doc: ParsedDocument, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push(problemAt(file, doc, [...path, key], 'unknown key', true));
    } else if (issue.code === 'invalid_key') {
      // A record key that fails its schema: point at the key, with the key schema's own message.
      problems.push(problemAt(file, doc, path, `invalid key: ${issue.issues[0]?.message ?? issue.message}`, true));
    } else {
      problems.push(problemAt(file, doc, path, issueMessage(issue)));
    }
  }
  return sortProblems(problems);
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.includes('received undefined')) return 'is required';
  return issue.message.replace(/^Invalid input: /, '');
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
