// Reading an action-plan file: YAML with positions → zod schema → rules (unique action ids; with a built-in
// questionnaire, dimensions it has), every problem at once.
import { InputError, type Problem } from '../core/errors.js';
import { closest } from '../core/suggest.js';
import { msg } from '../i18n/messages/index.js';
import { localize } from '../i18n/localize.js';
import { problemAt, sortProblems, zodProblems } from '../input/problems.js';
import { readInput } from '../input/read.js';
import { parseYamlDocuments, type ParsedDocument } from '../input/yaml.js';
import { builtinIds, loadQuestionnaire } from '../questionnaire/builtin.js';
import type { Lang } from '../questionnaire/schema.js';
import { Plan } from './schema.js';

/** Is this document a plan (told by its content, as validate tells questionnaires from answers)? */
export function looksLikePlan(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'actions' in value && !('answers' in value);
}

/** A built-in questionnaire's dimensions, id → title in `lang`; null for another questionnaire (its file is not named in the plan). */
export async function dimensionTitles(questionnaire: unknown, lang: Lang): Promise<Map<string, string> | null> {
  if (typeof questionnaire !== 'string' || !builtinIds().includes(questionnaire)) return null;
  const q = (await loadQuestionnaire(questionnaire)).questionnaire;
  return new Map(q.dimensions.map((d) => [d.id, localize(d.title, lang)]));
}

export async function readPlan(path: string, stdin?: NodeJS.ReadableStream, lang: Lang = 'en'): Promise<{ plan: Plan; file: string; titles: Map<string, string> | null }> {
  const { file, text } = await readInput(path, stdin);
  const docs = parseYamlDocuments(text, file);
  if (docs.length > 1) throw new InputError({ file, ...docs[1]!.locate([]), ...msg('plan.single') });
  const doc = docs[0];
  if (!doc || doc.value === null || doc.value === undefined) throw new InputError({ file, ...msg('doc.empty') });
  const plan = checkPlan(doc, file);
  const titles = await dimensionTitles(plan.questionnaire, lang);
  checkDimensions(plan, titles, doc, file);
  return { plan, file, titles };
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

/** Every dimension an action names is one of the questionnaire's (when it is known): a typo would hide it from compare --plan. */
export function checkDimensions(plan: Plan, titles: Map<string, string> | null, doc: ParsedDocument, file: string): void {
  if (!titles) return;
  const choices = [...titles.keys()];
  const problems: Problem[] = [];
  plan.actions.forEach((a, i) =>
    a.dimensions.forEach((id, k) => {
      if (!titles.has(id)) problems.push(problemAt(file, doc, ['actions', i, 'dimensions', k], msg('plan.unknownDimension', { id, near: closest(id, choices), choices })));
    }),
  );
  if (problems.length) throw new InputError(sortProblems(problems));
}
