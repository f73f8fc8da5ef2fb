// Serialises a Response to answer-file YAML: fixed field order, answers in questionnaire order, same bytes every time.
import { stringify } from 'yaml';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Response } from './schema.js';

/**
 * The answer file of one response. Answers follow the questionnaire's order (ids it does not know
 * come last, sorted); an answer with a comment is written as { value, comment }. Reading the text
 * back with parseAnswerText gives the same response.
 */
export function serializeResponse(response: Response, questionnaire?: Questionnaire): string {
  const order = questionnaire ? questionnaire.dimensions.flatMap((d) => d.questions.map((q) => q.id)) : [];
  const rank = new Map(order.map((id, i) => [id, i]));
  const ids = [...response.answers.keys()].sort((a, b) => {
    const ra = rank.get(a) ?? Infinity;
    const rb = rank.get(b) ?? Infinity;
    return ra !== rb ? ra - rb : a < b ? -1 : a > b ? 1 : 0;
  });
  const answers: Record<string, unknown> = {};
  for (const id of ids) {
    const a = response.answers.get(id)!;
    const comment = a.comment?.trim();
    answers[id] = comment ? { value: a.value, comment } : a.value;
  }
  const doc = {
    questionnaire: response.questionnaire,
    ...(response.version !== undefined && { version: response.version }),
    territory: response.territory,
    respondent: {
      sector: response.respondent.sector,
      ...(response.respondent.name && { name: response.respondent.name }),
    },
    ...(response.date !== undefined && { date: response.date }),
    answers,
  };
  // lineWidth 0: a long comment stays on one line, so a diff of two saves shows one changed line.
  return stringify(doc, { lineWidth: 0, minContentWidth: 0 });
}
