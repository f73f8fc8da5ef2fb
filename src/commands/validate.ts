// `validate`: checks questionnaires and answer files, detected from their content; "ok" or every problem.
import type { Context } from './context.js';
import { InputError, type Problem } from '../core/errors.js';
import { commandText } from '../i18n/commands.js';
import { readInput, STDIN } from '../input/read.js';
import { capAll } from '../input/cap.js';
import { parseYamlDocuments } from '../input/yaml.js';
import { expandPaths, isSurveyFile, questionnaireFor, responsesOf } from '../answers/responses.js';
import { isPlainObject } from '../core/object.js';
import { validateQuestionnaire } from '../questionnaire/parse.js';
import { oneLine } from '../io/sanitize.js';
import { msg } from '../i18n/messages/index.js';
import { checkDimensions, checkPlan, dimensionTitles, looksLikePlan } from '../plan/read.js';

export async function validate(ctx: Context, paths: string[], opts: { questionnaire?: string }): Promise<number> {
  const t = commandText[ctx.lang].validate;
  const problems: Problem[] = [];
  for (const { path } of await expandPaths(paths)) {
    try {
      const kind = await validateFile(path, opts.questionnaire, ctx.io.stdin);
      ctx.io.stdout(`${oneLine(path === '-' ? '<stdin>' : path)}: ${t.ok(kind)}\n`);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length) throw new InputError(capAll(problems));
  return 0;
}

async function validateFile(path: string, questionnaireRef: string | undefined, stdin: NodeJS.ReadableStream): Promise<'questionnaire' | 'answers' | 'plan'> {
  if (isSurveyFile(path)) {
    // A survey tool's export: every row checked as an answer file (survey/, loaded only then).
    const { surveyResponses } = await import('../survey/read.js');
    await questionnaireFor(await surveyResponses(path, { questionnaire: questionnaireRef, stdin: () => stdin }), questionnaireRef);
    return 'answers';
  }
  const { file, text } = await readInput(path, stdin);
  const docs = parseYamlDocuments(text, file, { concatenated: path === STDIN });
  const first = docs.find((d) => d.value !== null && d.value !== undefined);
  if (!first) throw new InputError({ file, ...msg('doc.empty') });
  if (isPlainObject(first.value) && ('dimensions' in first.value || 'schemaVersion' in first.value)) {
    if (docs.length > 1) throw new InputError({ file, ...msg('doc.questionnaireSingle') });
    validateQuestionnaire(first, file);
    return 'questionnaire';
  }
  if (looksLikePlan(first.value)) {
    if (docs.length > 1) throw new InputError({ file, ...docs[1]!.locate([]), ...msg('plan.single') });
    const plan = checkPlan(first, file);
    checkDimensions(plan, await dimensionTitles(plan.questionnaire, 'en'), first, file);
    return 'plan';
  }
  if (!isPlainObject(first.value) || !('answers' in first.value || 'questionnaire' in first.value)) {
    throw new InputError({ file, ...first.locate([]), ...msg('doc.unknownKind') });
  }
  // The same fast path as report: zod only to explain a document that is not plainly well formed.
  await questionnaireFor(await responsesOf(docs, file), questionnaireRef);
  return 'answers';
}
