// Parses and checks a questionnaire: YAML with positions → zod schema → cross-field rules; every problem at once.
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { parseYamlDocuments, type ParsedDocument } from '../input/yaml.js';
import { problemAt, sortProblems, zodProblems } from '../input/problems.js';
import { Questionnaire } from './schema.js';
import { checkQuestionnaire } from './rules.js';
import { isPlainObject } from '../core/object.js';

export function parseQuestionnaire(text: string, file: string): Questionnaire {
  const docs = parseYamlDocuments(text, file);
  if (docs.length !== 1 || docs[0]!.value === null || docs[0]!.value === undefined) {
    throw new InputError({ file, ...msg(docs.length > 1 ? 'doc.questionnaireSingle' : 'doc.empty') });
  }
  return validateQuestionnaire(docs[0]!, file);
}

export function validateQuestionnaire(doc: ParsedDocument, file: string): Questionnaire {
  if (!isPlainObject(doc.value)) {
    throw new InputError({ file, ...doc.locate([]), ...msg('doc.questionnaireNotMapping') });
  }
  const parsed = Questionnaire.safeParse(doc.value);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, doc, file));
  const problems = checkQuestionnaire(parsed.data).map((p) => problemAt(file, doc, p.path, p));
  if (problems.length) throw new InputError(sortProblems(problems));
  return parsed.data;
}
