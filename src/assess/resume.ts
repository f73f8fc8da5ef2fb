// Reading an answer file to resume: one response, checked against its questionnaire.
import { existsSync } from 'node:fs';
import type { Response } from '../answers/schema.js';
import { parseAnswerText } from '../answers/parse.js';
import { questionnaireFor } from '../answers/responses.js';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import type { AssessText } from '../i18n/assess.js';
import { readInput } from '../input/read.js';
import type { LoadedQuestionnaire } from '../questionnaire/builtin.js';

export interface Resumable {
  response: Response;
  loaded: LoadedQuestionnaire;
  /** The file's text as read: the session never overwrites it if it changes on disk meanwhile. */
  text: string;
}

/**
 * The file's one response and its questionnaire (`questionnaireRef` when given); InputError otherwise.
 * `path` is read; problems name the file as `shown` (the path as the person knows it).
 */
export async function loadResumable(path: string, t: AssessText, questionnaireRef?: string, shown = path): Promise<Resumable> {
  let text: string;
  try {
    text = (await readInput(path)).text;
  } catch (err) {
    if (err instanceof InputError) throw new InputError(err.problems.map((p) => ({ ...p, file: shown })));
    throw err;
  }
  const parsed = parseAnswerText(text, shown);
  if (parsed.length > 1) throw new InputError({ file: shown, ...msg('doc.severalResponses', { n: parsed.length }) });
  const loaded = await questionnaireFor(parsed, questionnaireRef);
  return { response: parsed[0]!.response, loaded, text };
}

/** Like loadResumable, but undefined when the file is missing or is not a response to questionnaire `id`. */
export async function tryResumable(path: string, t: AssessText, id: string, questionnaireRef?: string): Promise<Resumable | undefined> {
  if (!existsSync(path)) return undefined;
  try {
    const r = await loadResumable(path, t, questionnaireRef);
    return r.loaded.questionnaire.id === id ? r : undefined;
  } catch (err) {
    if (err instanceof InputError) return undefined;
    throw err;
  }
}
