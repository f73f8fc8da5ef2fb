// Turns zod issues and rule problems into positioned problems: file:line:col: path: message.
import type { z } from 'zod';
import type { Problem } from '../errors.js';
import type { ParsedDocument, Path } from './yaml.js';

export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : String(seg);
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
