// The question loop with the real Inquirer prompts (@inquirer/testing): levels, back, don't know, comments, saving.
import { endWithTest, screen } from '../helpers/inquirer-screen.js';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { itemsOf } from '../../src/assess/items.js';
import type { View } from '../../src/assess/screens.js';
import { askQuestions } from '../../src/assess/session.js';
import { initialState, type Answer } from '../../src/assess/state.js';
import { assessText } from '../../src/i18n/assess.js';
import { createPrompter } from '../../src/assess/prompts.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import { localize } from '../../src/i18n/localize.js';
import { fixture } from '../helpers/cli.js';

const { questionnaire: q } = await loadQuestionnaire(fixture('questionnaires/mini.yaml'));
const items = itemsOf(q);
const ids = items.map((i) => i.id);
const t = assessText.en;
const view: View = { lang: 'en', t, width: 80, c: new Chalk({ level: 0 }) };

async function session(answers: [string, Answer][] = []) {
  const saved: Record<string, Answer>[] = [];
  let printed = '';
  const controller = new AbortController();
  const prompter = await createPrompter({ keysTip: t.keysTip, signal: controller.signal });
  const done = askQuestions(
    {
      prompter,
      print: (s) => void (printed += s),
      view,
      scale: q.scale.map((l) => localize(l.label, 'en')),
      persist: async (a) => void saved.push(Object.fromEntries(a)),
    },
    items,
    initialState(ids, new Map(answers)),
  );
  // Most tests stop half-way: the session's open prompt is closed with the test, not left to the worker's exit.
  endWithTest(controller, done);
  return { done, saved, printed: () => printed };
}

/** Moves the cursor down n times and confirms. */
async function pick(n: number) {
  for (let i = 0; i < n; i++) screen.keypress('down');
  screen.keypress('enter');
  await screen.next();
}

const BACK = 6; // 0, 1, 2, 3, don't know, comment, back
const UNKNOWN = 4;
const COMMENT = 5;

describe('askQuestions', () => {
  it('offers the four level descriptions of the question, "don\'t know" and a comment, no way back on the first', async () => {
    const s = await session();
    const first = items[0]!.question;
    const text = screen.getScreen();
    expect(text).toContain(localize(first.text, 'en'));
    first.levels.forEach((level, i) => expect(text).toContain(`${i} · ${localize(level, 'en')}`));
    expect(text).toContain(t.choices.unknown);
    expect(text).toContain(t.choices.comment);
    expect(text).not.toContain(t.choices.back);
    const d = items[0]!.dimension;
    expect(s.printed()).toContain(t.progress(1, items.length, `${t.kind[d.kind]} 1/${items[0]!.kindTotal}`, localize(d.title, 'en')));
    expect(s.printed()).toContain(localize(items[0]!.dimension.summary, 'en'));
    await pick(2);
    expect(s.saved).toEqual([{ [ids[0]!]: { value: 2 } }]);
    expect(screen.getScreen()).toContain(t.choices.back);
  });

  it('moves to a level by typing its digit, and to "don\'t know" by typing ?; Enter confirms', async () => {
    const s = await session();
    screen.type('2');
    expect(screen.getScreen()).toMatch(/❯ 2 · /);
    screen.type('3');
    screen.keypress('enter');
    await screen.next();
    expect(s.saved).toEqual([{ [ids[0]!]: { value: 3 } }]);
    screen.type('?');
    expect(screen.getScreen()).toMatch(/❯ \? · /);
    screen.type('7'); // no such key: the cursor stays
    screen.keypress('enter');
    await screen.next();
    expect(s.saved.at(-1)).toEqual({ [ids[0]!]: { value: 3 }, [ids[1]!]: { value: 'unknown' } });
  });

  it('goes back with the previous answer preselected, and saves the change', async () => {
    const s = await session();
    await pick(2);
    await pick(BACK);
    expect(screen.getScreen()).toContain(localize(items[0]!.question.text, 'en'));
    expect(screen.getScreen()).toMatch(/❯ 2 · /);
    await pick(1); // from the preselected 2 to 3
    expect(s.saved.at(-1)).toEqual({ [ids[0]!]: { value: 3 } });
    expect(screen.getScreen()).toContain(localize(items[1]!.question.text, 'en'));
    // The dimension was introduced once, not again after going back.
    expect(s.printed().split(localize(items[0]!.dimension.summary, 'en')).length - 1).toBe(1);
  });

  it('asks what would help after a 0 or a 1, and a comment can be written before answering', async () => {
    const s = await session();
    await pick(0);
    expect(screen.getScreen()).toContain(t.whatWouldHelp);
    screen.type('A shared budget');
    screen.keypress('enter');
    await screen.next();
    expect(s.saved.at(-1)).toEqual({ [ids[0]!]: { value: 0, comment: 'A shared budget' } });

    await pick(COMMENT);
    screen.type('Nobody asked us');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(t.choices.editComment);
    await pick(UNKNOWN);
    expect(s.saved.at(-1)).toEqual({ [ids[0]!]: { value: 0, comment: 'A shared budget' }, [ids[1]!]: { value: 'unknown', comment: 'Nobody asked us' } });
  });

  it('skips the follow-up with Enter, and returns every answer at the end', async () => {
    const s = await session();
    for (let i = 0; i < items.length; i++) {
      await pick(i % 2 === 0 ? 3 : 1);
      if (i % 2 === 1) {
        expect(screen.getScreen()).toContain(t.whatWouldHelp);
        screen.keypress('enter');
        if (i < items.length - 1) await screen.next();
      }
    }
    // Before finishing, the review of every answer: Enter on "finish" ends.
    await screen.next();
    expect(screen.getScreen()).toContain(t.review.message(0));
    expect(screen.getScreen()).toMatch(/❯ Finish and see the result/);
    screen.keypress('enter');
    const final = await s.done;
    expect(final.index).toBe(items.length);
    expect(Object.fromEntries(final.answers)).toEqual(Object.fromEntries(ids.map((id, i) => [id, { value: i % 2 === 0 ? 3 : 1 }])));
    expect(s.saved.at(-1)).toEqual(Object.fromEntries(final.answers));
    // One save per answer: none is lost, none is written twice.
    expect(s.saved).toHaveLength(items.length);
  });

  it('resumes at the first unanswered question, and can go back to the answered ones', async () => {
    const s = await session([[ids[0]!, { value: 1, comment: 'kept' }]]);
    expect(screen.getScreen()).toContain(localize(items[1]!.question.text, 'en'));
    await pick(BACK);
    expect(screen.getScreen()).toMatch(/❯ 1 · /);
    expect(screen.getScreen()).toContain(t.choices.editComment);
    await pick(0);
    // A comment is there already: no follow-up question, the comment is kept.
    expect(screen.getScreen()).not.toContain(t.whatWouldHelp);
    expect(s.saved.at(-1)).toEqual({ [ids[0]!]: { value: 1, comment: 'kept' } });
  });

  it('goes back with the left arrow, jumps to a question by number (g), and reviews every answer (r)', async () => {
    const s = await session();
    await pick(2);
    screen.keypress('left');
    await screen.next();
    expect(screen.getScreen()).toContain(localize(items[0]!.question.text, 'en'));
    expect(screen.getScreen()).toMatch(/❯ 2 · /);
    // g, then a number: that question.
    screen.type('g');
    await screen.next();
    expect(screen.getScreen()).toContain(t.goto(items.length));
    screen.type('99');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(t.gotoInvalid(items.length));
    screen.keypress('backspace');
    screen.keypress('backspace');
    screen.type('4');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(localize(items[3]!.question.text, 'en'));
    await pick(3);
    // r: the review, a line per question with its answer; Enter on a question goes there, and back to the review once answered.
    screen.type('r');
    await screen.next();
    const review = screen.getScreen();
    expect(review).toContain(t.review.message(items.length - 2));
    expect(review).toMatch(/ 1\. 2 · /);
    expect(review).toMatch(/ 4\. 3 · /);
    expect(review).toMatch(/❯ {2}2\. — · /);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(localize(items[1]!.question.text, 'en'));
    await pick(3);
    expect(screen.getScreen()).toContain(t.review.message(items.length - 3));
    screen.keypress('up');
    screen.keypress('up');
    for (let i = 0; i < 3; i++) screen.keypress('up');
    screen.keypress('enter');
    const final = await s.done;
    expect(Object.fromEntries(final.answers)).toEqual({ [ids[0]!]: { value: 2 }, [ids[1]!]: { value: 3 }, [ids[3]!]: { value: 3 } });
  });

  it('a finished file opens on the review', async () => {
    await session(ids.map((id) => [id, { value: 2 }]));
    expect(screen.getScreen()).toContain(t.review.message(0));
    expect(screen.getScreen()).toMatch(/❯ Finish and see the result/);
  });

  it('ends with PromptCancelled on Ctrl-C, after saving what was answered', async () => {
    const s = await session();
    await pick(3);
    screen.keypress({ name: 'c', ctrl: true });
    await expect(s.done).rejects.toMatchObject({ name: 'PromptCancelled' });
    expect(s.saved).toEqual([{ [ids[0]!]: { value: 3 } }]);
  });
});
