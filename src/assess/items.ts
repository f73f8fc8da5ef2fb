// The questionnaire flattened into the sequence of questions a session walks through.
import type { Dimension, Question, Questionnaire } from '../questionnaire/schema.js';

export interface Item {
  id: string;
  question: Question;
  dimension: Dimension;
  /** 1-based position among all questions. */
  number: number;
  total: number;
  /** 1-based position of the dimension among those of its kind, and how many there are. */
  kindNumber: number;
  kindTotal: number;
}

export function itemsOf(q: Questionnaire): Item[] {
  const total = q.dimensions.reduce((n, d) => n + d.questions.length, 0);
  const items: Item[] = [];
  const seen = { precondition: 0, component: 0 };
  for (const dimension of q.dimensions) {
    seen[dimension.kind]++;
    const kindNumber = seen[dimension.kind];
    const kindTotal = q.dimensions.filter((d) => d.kind === dimension.kind).length;
    for (const question of dimension.questions) {
      items.push({ id: question.id, question, dimension, number: items.length + 1, total, kindNumber, kindTotal });
    }
  }
  return items;
}
