// Reading an action-plan file: YAML with positions → zod schema → rules (unique action ids), every problem at once.
import { InputError, type Problem } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { problemAt, sortProblems, zodProblems } from '../input/problems.js';
import { readInput } from '../input/read.js';
import { parseYamlDocuments, type ParsedDocument } from '../input/yaml.js';
import { Plan } from './schema.js';

/** Is this document a plan (told by its content, as validate tells questionnaires from answers)? */
export function looksLikePlan(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'actions' in value && !('answers' in value);
}

export async function readPlan(path: string, stdin?: NodeJS.ReadableStream): Promise<{ plan: Plan; file: string }> {
  const { file, text } = await readInput(path, stdin);
  const docs = parseYamlDocuments(text, file);
  if (docs.length > 1) throw new InputError({ file, ...docs[1]!.locate([]), ...msg('plan.single') });
  const doc = docs[0];
  if (!doc || doc.value === null || doc.value === undefined) throw new InputError({ file, ...msg('doc.empty') });
  return { plan: checkPlan(doc, file), file };
}

/** The plan in `doc`, or an InputError with every problem, each at its line and column. */
export function checkPlan(doc: ParsedDocument, file: string): Plan {
  const parsed = Plan.safeParse(doc.value);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, doc, file));
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  parsed.data.actions.forEach((a, i) => {
    const first = seen.get(a.id);
    if (first === undefined) seen.set(a.id, i);
    else problems.push(problemAt(file, doc, ['actions', i, 'id'], msg('plan.duplicateAction', { id: a.id, first: `actions[${first}]` })));
  });
  if (problems.length) throw new InputError(sortProblems(problems));
  return parsed.data;
}
