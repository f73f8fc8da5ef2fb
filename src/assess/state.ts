// The session as a pure state machine: which question is current, the answers, comments typed before an answer.
import type { AnswerValue } from '../answers/schema.js';

export interface Answer {
  value: AnswerValue;
  comment?: string;
}

export interface State {
  /** Index of the current question; equal to the number of questions once all are done. */
  index: number;
  answers: ReadonlyMap<string, Answer>;
  /** Comments written on a question not answered yet: kept until it is. */
  drafts: ReadonlyMap<string, string>;
}

export type Action =
  | { type: 'answer'; value: AnswerValue }
  | { type: 'back' }
  | { type: 'goto'; index: number }
  /** Sets (or, when empty, removes) the comment of question `id`, current or not. */
  | { type: 'comment'; id: string; text: string };

export function initialState(ids: readonly string[], answers: ReadonlyMap<string, Answer>): State {
  return { index: firstUnanswered(ids, answers), answers, drafts: new Map() };
}

/** The first question without an answer, or ids.length when all have one. */
export function firstUnanswered(ids: readonly string[], answers: ReadonlyMap<string, Answer>): number {
  const i = ids.findIndex((id) => !answers.has(id));
  return i === -1 ? ids.length : i;
}

export function reduce(ids: readonly string[], state: State, action: Action): State {
  switch (action.type) {
    case 'answer': {
      const id = ids[state.index];
      if (id === undefined) return state;
      const comment = state.answers.get(id)?.comment ?? state.drafts.get(id);
      const answers = new Map(state.answers).set(id, comment ? { value: action.value, comment } : { value: action.value });
      const drafts = new Map(state.drafts);
      drafts.delete(id);
      return { index: state.index + 1, answers, drafts };
    }
    case 'back':
      return { ...state, index: Math.max(0, state.index - 1) };
    case 'goto':
      return { ...state, index: Math.min(Math.max(0, action.index), ids.length) };
    case 'comment': {
      const text = action.text.trim();
      const existing = state.answers.get(action.id);
      if (existing) {
        const { comment: _old, ...rest } = existing;
        return { ...state, answers: new Map(state.answers).set(action.id, text ? { ...rest, comment: text } : rest) };
      }
      const drafts = new Map(state.drafts);
      if (text) drafts.set(action.id, text);
      else drafts.delete(action.id);
      return { ...state, drafts };
    }
  }
}

/** After an answer at level 0 or 1 with no comment yet, the session asks what would help. */
export function wantsFollowUp(answer: Answer | undefined): boolean {
  return answer !== undefined && (answer.value === 0 || answer.value === 1) && !answer.comment;
}

/** The comment of question `id`, whether it is already answered or not. */
export function commentOf(state: State, id: string): string | undefined {
  return state.answers.get(id)?.comment ?? state.drafts.get(id);
}
