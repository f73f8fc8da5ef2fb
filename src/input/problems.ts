// Turns zod issues and rule problems into positioned problems: file:line:col: path: message. zod's own English
// texts never reach the user: each kind of issue maps to a code of the message catalogue, with its parameters,
// and a schema's custom `message` is a code itself.
import type { z } from 'zod';
import type { Problem } from '../core/errors.js';
import { isCode, msg, type Message } from '../i18n/messages/index.js';
import type { ValueKind } from '../i18n/messages/types.js';
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

export function problemAt(file: string, doc: ParsedDocument, path: Path, message: Message, key = false): Problem {
  return { file, ...doc.locate(path, key), path: path.length ? formatPath(path) : undefined, code: message.code, params: message.params } as Problem;
}

/** One problem per value: zod may report several issues for one value (a date of the wrong shape that is no day either). */
export function zodProblems(error: z.ZodError, doc: ParsedDocument, file: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (path: Path, message: Message, key = false) => {
    const id = JSON.stringify([key, path]);
    if (seen.has(id)) return;
    seen.add(id);
    problems.push(problemAt(file, doc, path, message, key));
  };
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...path, key], msg('value.unknownKey'), true);
    } else if (issue.code === 'invalid_key') {
      // A record key that fails its schema: point at the key, with what its schema says.
      const inner = issue.issues[0];
      add(path, msg('value.invalidKey', { detail: inner ? issueMessage(inner, undefined) : msg('value.invalid') }), true);
    } else {
      add(path, issueMessage(issue, valueAt(doc.value, path)));
    }
  }
  return sortProblems(problems);
}

type Found = { present: false } | { present: true; value: unknown };

/** The value at `path` in a parsed document, if there is one. */
function valueAt(root: unknown, path: Path): Found {
  let v = root;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, seg)) return { present: false };
    v = (v as Record<string | number, unknown>)[seg];
  }
  return { present: true, value: v };
}

const KINDS: Record<string, ValueKind> = {
  string: 'text',
  number: 'number',
  int: 'integer',
  boolean: 'boolean',
  object: 'mapping',
  record: 'mapping',
  array: 'list',
  tuple: 'list',
};

/** The catalogue message of a zod issue; `found` is the value it is about, when known. */
function issueMessage(issue: z.core.$ZodIssue, found: Found | undefined): Message {
  if (isCode(issue.message)) return { code: issue.message, params: {} } as Message;
  switch (issue.code) {
    case 'invalid_type': {
      if (found && !found.present) return msg('value.required');
      const kind = KINDS[issue.expected] ?? 'other';
      return found?.present && found.value === null ? msg('value.null', { kind }) : msg('value.expected', { kind });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return msg('value.textMax', { max });
      if (issue.origin === 'array' || issue.origin === 'set') return issue.exact ? msg('value.listLength', { n: max }) : msg('value.listMax', { max });
      return msg('value.max', { max, inclusive: issue.inclusive !== false });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min === 1 ? msg('text.empty') : msg('value.textMin', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return issue.exact ? msg('value.listLength', { n: min }) : msg('value.listMin', { min });
      return msg('value.min', { min, inclusive: issue.inclusive !== false });
    }
    case 'invalid_value':
      return msg('value.oneOf', { values: issue.values.map((v) => String(v)) });
    case 'invalid_format':
      return msg('value.format');
    case 'invalid_union': {
      // Say what the first alternative that got past the value's type requires (an id's format, say).
      for (const branch of issue.errors) {
        const first = branch[0];
        if (first && first.code !== 'invalid_type' && first.code !== 'invalid_union') return issueMessage(first, found);
      }
      if (found?.present && found.value === null) return msg('value.null', { kind: 'other' });
      return msg('value.invalid');
    }
    default:
      return msg('value.invalid');
  }
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
