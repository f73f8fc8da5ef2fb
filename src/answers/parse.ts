// Parses answer files and checks them against the answer-file schema (zod), with a message for every problem.
import type { z } from 'zod';
import { InputError, type Problem } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { capProblems, MAX_PROBLEMS } from '../input/cap.js';
import { parseYamlDocuments, type ParsedDocument } from '../input/yaml.js';
import { problemAt, zodProblems } from '../input/problems.js';
import { isPlainObject } from '../core/object.js';
import { toResponse, type ParsedResponse } from './responses.js';
import { AnswerFile } from './schema.js';

/** Parses one answer file's text into responses, checking only the answer-file schema. */
export function parseAnswerText(text: string, file: string): ParsedResponse[] {
  return parseAnswerDocs(parseYamlDocuments(text, file), file);
}

export function parseAnswerDocs(docs: ParsedDocument[], file: string): ParsedResponse[] {
  const out: ParsedResponse[] = [];
  const problems: Problem[] = [];
  let more = 0;
  docs.forEach((doc, index) => {
    const checked = checkAnswerDoc(doc, file, index, MAX_PROBLEMS - problems.length);
    if ('response' in checked) out.push(checked.response);
    else {
      problems.push(...checked.problems);
      more += checked.more;
    }
  });
  if (problems.length || more) throw new InputError(capProblems(problems, more));
  if (!out.length) throw new InputError({ file, ...msg('doc.noResponse') });
  return out;
}

export type Checked = { response: ParsedResponse } | { problems: Problem[]; more: number };

/**
 * One answer document through the schema: its response, or its problems. Placing a problem searches the
 * document: only the first `budget` are placed, the others counted (a file of 40,000 unknown keys).
 */
export function checkAnswerDoc(doc: ParsedDocument, file: string, index: number, budget = MAX_PROBLEMS): Checked {
  if (doc.value === null || doc.value === undefined) return { problems: [], more: 0 };
  if (!isPlainObject(doc.value)) {
    return budget > 0 ? { problems: [{ file, ...doc.locate([]), ...msg('doc.answersNotMapping') }], more: 0 } : { problems: [], more: 1 };
  }
  const parsed = AnswerFile.safeParse(doc.value);
  const proto = budget > 0 ? protoKey(doc, file) : undefined;
  const problems: Problem[] = proto ? [proto] : [];
  if (!parsed.success) {
    const { error, rest } = truncated(parsed.error, Math.max(0, budget - problems.length));
    const blank = blankAnswers(doc.value.answers);
    problems.push(
      ...zodProblems(error, doc, file).map((p) =>
        p.path && blank.has(p.path) ? answerMessage(p, true) : answerMessage(p),
      ),
    );
    return { problems, more: rest };
  }
  if (proto) return { problems, more: 0 };
  return { response: { doc, response: toResponse(parsed.data, file, index) } };
}

/** The first `budget` issues of a zod error (an unknown-keys issue counts one per key), and how many are left out. */
function truncated(error: z.ZodError, budget: number): { error: z.ZodError; rest: number } {
  const issues: z.core.$ZodIssue[] = [];
  let kept = 0;
  let rest = 0;
  for (const issue of error.issues) {
    const n = issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    const room = budget - kept;
    if (room >= n) {
      issues.push(issue);
      kept += n;
    } else {
      if (room > 0 && issue.code === 'unrecognized_keys') {
        issues.push({ ...issue, keys: issue.keys.slice(0, room) });
        kept += room;
      }
      rest += n - Math.max(0, room);
    }
  }
  return { error: { issues } as z.ZodError, rest };
}

/** zod skips a "__proto__" record key without a word: refuse it here, or its answer would vanish silently. */
function protoKey(doc: ParsedDocument, file: string): Problem | undefined {
  const answers = isPlainObject(doc.value) ? doc.value.answers : undefined;
  if (!isPlainObject(answers) || !Object.hasOwn(answers, '__proto__')) return undefined;
  return problemAt(file, doc, ['answers', '__proto__'], msg('value.invalidKey', { detail: msg('questionId.format') }), true);
}

/** Paths ("answers.<id>") of answers left blank, as in a template not filled in yet. */
function blankAnswers(answers: unknown): Set<string> {
  if (!isPlainObject(answers)) return new Set();
  return new Set(Object.keys(answers).filter((id) => answers[id] === null).map((id) => `answers.${id}`));
}

/** The answer-file wording of a problem about an answer: left blank, or not one of the values. */
function answerMessage(p: Problem, blank = false): Problem {
  if (blank) return { ...p, ...msg('answer.blank') };
  if (p.path && /^answers\.[^.]+\.[^.]+(\.value)?$/.test(p.path) && p.code !== 'value.unknownKey' && p.code !== 'value.invalidKey') {
    return { ...p, ...msg('answer.value') };
  }
  return p;
}

