// The question loop: shows each question, applies the person's choice to the state, saves after every change.
import { MAX_COMMENT } from '../answers/schema.js';
import type { Prompter } from './prompts.js';
import { CONTROL_CHARS } from '../io/sanitize.js';
import type { Item } from './items.js';
import { dimensionIntro, questionChoices, questionHeader, questionMessage, REVIEW_PAGE, reviewChoices, type QuestionChoice, type View } from './screens.js';
import { commentOf, firstUnanswered, reduce, wantsFollowUp, type Answer, type State } from './state.js';

export interface SessionDeps {
  prompter: Prompter;
  print: (text: string) => void;
  view: View;
  /** The scale's labels (0..3), shown after a level is chosen. */
  scale: readonly string[];
  /** Writes the answers; resolves once they are on disk (it may ask the person what to do on failure). */
  persist: (answers: ReadonlyMap<string, Answer>) => Promise<void>;
}

/**
 * Asks from `state.index` to the last question, then shows the review of all answers, and returns the final
 * state once the person finishes there. Going back (the left arrow or the list), jumping to a question by number (g) and the
 * review (r) are always possible; answers and comments are persisted as soon as they change. A cancelled
 * prompt (PromptCancelled) propagates: what was answered before it is already on disk.
 */
export async function askQuestions(deps: SessionDeps, items: readonly Item[], state: State): Promise<State> {
  const { prompter, print, view } = deps;
  const { t } = view;
  const ids = items.map((i) => i.id);
  const introduced = new Set<string>();
  let s = state;
  let furthest = -1;
  /** The question was opened from the review: once answered, the review comes back. */
  let fromReview = false;
  for (;;) {
    while (s.index < items.length) {
      const item = items[s.index]!;
      // A dimension is introduced when the session first moves forward into it, not when going back.
      if (s.index > furthest && !introduced.has(item.dimension.id)) print(dimensionIntro(view, item));
      introduced.add(item.dimension.id);
      furthest = Math.max(furthest, s.index);
      print(questionHeader(view, item, commentOf(s, item.id)));

      const ask = () => {
        const { choices, pageSize } = questionChoices(view, item, { canGoBack: s.index > 0, hasComment: Boolean(commentOf(s, item.id)), scale: deps.scale });
        const current = s.answers.get(item.id)?.value;
        return prompter.select<QuestionChoice>({
          message: questionMessage(view, item),
          choices,
          pageSize,
          default: current === undefined ? undefined : (String(current) as QuestionChoice),
          tip: t.questionKeys,
          shortcuts: { ...(s.index > 0 && { left: 'back' as const }), g: 'goto', r: 'review' },
        });
      };
      let choice = await ask();
      while (choice === 'comment') {
        const text = await prompter.input({ message: t.commentPrompt, default: commentOf(s, item.id), validate: commentValid(view) });
        s = reduce(ids, s, { type: 'comment', id: item.id, text: cleanComment(text) });
        if (s.answers.has(item.id)) {
          await deps.persist(s.answers);
          print(`${view.c.dim(t.commentSaved)}\n`);
        } else if (commentOf(s, item.id)) print(`${view.c.dim(t.commentDraft)}\n`);
        choice = await ask();
      }
      if (choice === 'back' || choice === 'goto' || choice === 'review') {
        fromReview = false;
        const to = choice === 'back' ? s.index - 1 : choice === 'review' ? items.length : await askNumber(deps, items.length);
        if (to !== undefined) s = reduce(ids, s, { type: 'goto', index: Math.max(0, to) });
        continue;
      }
      s = reduce(ids, s, { type: 'answer', value: choice === 'unknown' ? 'unknown' : (Number(choice) as 0 | 1 | 2 | 3) });
      await deps.persist(s.answers);
      if (wantsFollowUp(s.answers.get(item.id))) {
        const text = cleanComment(await prompter.input({ message: t.whatWouldHelp, validate: commentValid(view) }));
        if (text) {
          s = reduce(ids, s, { type: 'comment', id: item.id, text });
          await deps.persist(s.answers);
        }
      }
      if (fromReview) s = reduce(ids, s, { type: 'goto', index: items.length });
    }
    // The review: every answer on one list; Enter on "finish" ends, on a question goes back to it.
    const missing = firstUnanswered(ids, s.answers);
    const unanswered = ids.filter((id) => !s.answers.has(id)).length;
    const pick = await prompter.select({
      message: t.review.message(unanswered),
      choices: reviewChoices(view, items, s.answers),
      pageSize: Math.min(REVIEW_PAGE, items.length + 1),
      default: missing < items.length ? String(missing) : 'finish',
    });
    if (pick === 'finish') return s;
    s = reduce(ids, s, { type: 'goto', index: Number(pick) });
    fromReview = true;
  }
}

/** The question number to go to (0-based), or undefined to stay. */
async function askNumber(deps: SessionDeps, total: number): Promise<number | undefined> {
  const { t } = deps.view;
  const valid = (v: string) => /^\d+$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= total;
  const answer = (await deps.prompter.input({ message: t.goto(total), validate: (v) => (!v.trim() || valid(v) ? true : t.gotoInvalid(total)) })).trim();
  return answer ? Number(answer) - 1 : undefined;
}

/** Typed or pasted text as it can go into the answer file: no control characters, trimmed. */
export function cleanComment(text: string): string {
  return text.replace(CONTROL_CHARS, ' ').replace(/\s+/g, ' ').trim();
}

function commentValid(view: View) {
  return (value: string): true | string => (cleanComment(value).length <= MAX_COMMENT ? true : view.t.tooLong(MAX_COMMENT));
}
