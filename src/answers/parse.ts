// Parses answer files and checks them against the answer-file schema (zod), with a message for every problem.
import { InputError, type Problem } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
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
  docs.forEach((doc, index) => {
    if (doc.value === null || doc.value === undefined) return;
    if (!isPlainObject(doc.value)) {
      problems.push({ file, ...doc.locate([]), ...msg('doc.answersNotMapping') });
      return;
    }
    const parsed = AnswerFile.safeParse(doc.value);
    const proto = protoKey(doc, file);
    if (proto) problems.push(proto);
    if (!parsed.success) {
      const blank = blankAnswers(doc.value.answers);
      problems.push(
        ...zodProblems(parsed.error, doc, file).map((p) =>
          p.path && blank.has(p.path) ? { ...p, ...msg('answer.blank') } : answerMessage(p),
        ),
      );
      return;
    }
    if (proto) return;
    out.push({ doc, response: toResponse(parsed.data, file, index) });
  });
  if (problems.length) throw new InputError(problems);
  if (!out.length) throw new InputError({ file, ...msg('doc.noResponse') });
  return out;
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

function answerMessage(p: Problem): Problem {
  if (p.path && /^answers\.[^.]+\.[^.]+(\.value)?$/.test(p.path) && p.code !== 'value.unknownKey' && p.code !== 'value.invalidKey') {
    return { ...p, ...msg('answer.value') };
  }
  return p;
}

