// Loads a questionnaire: YAML with positions → zod schema → cross-field rules; every problem at once.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { readInput } from '../input/read.js';
import { parseYamlDocuments, type ParsedDocument } from '../input/yaml.js';
import { problemAt, sortProblems, zodProblems } from '../input/problems.js';
import { QUESTIONNAIRES_DIR } from '../paths.js';
import { Questionnaire } from './schema.js';
import { checkQuestionnaire } from './rules.js';

/** The complete built-in questionnaire, used when none is named. */
export const DEFAULT_QUESTIONNAIRE = 'impact-collectif';

export interface LoadedQuestionnaire {
  questionnaire: Questionnaire;
  /** The name shown in messages: the built-in id's file, or the path as given. */
  file: string;
  builtin: boolean;
}

/** Ids of the built-in questionnaires, in a stable order. */
export function builtinIds(): string[] {
  return readdirSync(QUESTIONNAIRES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** A built-in id, or a path to a questionnaire file. */
export async function loadQuestionnaire(ref: string): Promise<LoadedQuestionnaire> {
  const builtin = /^[a-z0-9-]+$/.test(ref) && builtinIds().includes(ref);
  const path = builtin ? join(QUESTIONNAIRES_DIR, `${ref}.yaml`) : ref;
  const input = await readInput(path);
  const file = builtin ? `questionnaires/${ref}.yaml` : input.file;
  return { questionnaire: parseQuestionnaire(input.text, file), file, builtin };
}

export function parseQuestionnaire(text: string, file: string): Questionnaire {
  const docs = parseYamlDocuments(text, file);
  if (docs.length !== 1 || docs[0]!.value === null || docs[0]!.value === undefined) {
    throw new InputError({ file, message: docs.length > 1 ? 'a questionnaire is a single YAML document' : 'is empty' });
  }
  return validateQuestionnaire(docs[0]!, file);
}

export function validateQuestionnaire(doc: ParsedDocument, file: string): Questionnaire {
  if (!isPlainObject(doc.value)) {
    throw new InputError({ file, ...doc.locate([]), message: 'a questionnaire must be a YAML mapping' });
  }
  const parsed = Questionnaire.safeParse(doc.value);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, doc, file));
  const problems = checkQuestionnaire(parsed.data).map((p) => problemAt(file, doc, p.path, p.message));
  if (problems.length) throw new InputError(sortProblems(problems));
  return parsed.data;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
