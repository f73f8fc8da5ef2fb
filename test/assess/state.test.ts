// The session's pure state machine: answers, back, comments before and after an answer, first unanswered question.
import { describe, expect, it } from 'vitest';
import { firstUnanswered, initialState, reduce, wantsFollowUp, type Answer, type State } from '../../src/assess/state.js';

const ids = ['a.one', 'a.two', 'b.one'];
const start = (answers: [string, Answer][] = []): State => initialState(ids, new Map(answers));

describe('firstUnanswered', () => {
  it.each([
    [[], 0],
    [[['a.one', { value: 2 }]], 1],
    [[['a.two', { value: 'unknown' }]], 0],
    [[['a.one', { value: 0 }], ['a.two', { value: 'unknown' }]], 2],
    [[['a.one', { value: 0 }], ['a.two', { value: 1 }], ['b.one', { value: 3 }]], 3],
  ] as [[string, Answer][], number][])('%j → %i', (answers, index) => {
    expect(firstUnanswered(ids, new Map(answers))).toBe(index);
  });
});

describe('reduce', () => {
  it('records an answer and moves to the next question', () => {
    const s = reduce(ids, start(), { type: 'answer', value: 2 });
    expect(s.index).toBe(1);
    expect(s.answers.get('a.one')).toEqual({ value: 2 });
  });

  it('goes back without losing anything, and never before the first question', () => {
    let s = reduce(ids, start(), { type: 'answer', value: 'unknown' });
    s = reduce(ids, s, { type: 'back' });
    expect(s.index).toBe(0);
    expect(s.answers.get('a.one')).toEqual({ value: 'unknown' });
    expect(reduce(ids, s, { type: 'back' }).index).toBe(0);
  });

  it('changing an answer after going back keeps its comment', () => {
    let s = start([['a.one', { value: 0, comment: 'un binôme' }]]);
    s = reduce(ids, { ...s, index: 0 }, { type: 'answer', value: 3 });
    expect(s.answers.get('a.one')).toEqual({ value: 3, comment: 'un binôme' });
  });

  it('keeps a comment written before the answer, and attaches it when the answer comes', () => {
    let s = reduce(ids, start(), { type: 'comment', id: 'a.one', text: '  pas de budget  ' });
    expect(s.answers.has('a.one')).toBe(false);
    s = reduce(ids, s, { type: 'back' });
    s = reduce(ids, s, { type: 'answer', value: 1 });
    expect(s.answers.get('a.one')).toEqual({ value: 1, comment: 'pas de budget' });
    expect(s.drafts.size).toBe(0);
  });

  it('an empty comment removes the comment', () => {
    let s = start([['a.one', { value: 1, comment: 'x' }]]);
    s = reduce(ids, s, { type: 'comment', id: 'a.one', text: '   ' });
    expect(s.answers.get('a.one')).toEqual({ value: 1 });
  });

  it('does not change the answers it was given', () => {
    const answers = new Map<string, Answer>([['a.one', { value: 1 }]]);
    reduce(ids, initialState(ids, answers), { type: 'answer', value: 3 });
    reduce(ids, initialState(ids, answers), { type: 'comment', id: 'a.one', text: 'x' });
    expect([...answers]).toEqual([['a.one', { value: 1 }]]);
  });

  it('goto stays within the questions', () => {
    expect(reduce(ids, start(), { type: 'goto', index: 99 }).index).toBe(ids.length);
    expect(reduce(ids, start(), { type: 'goto', index: -1 }).index).toBe(0);
  });
});

describe('wantsFollowUp', () => {
  it.each([
    [{ value: 0 }, true],
    [{ value: 1 }, true],
    [{ value: 1, comment: 'déjà dit' }, false],
    [{ value: 2 }, false],
    [{ value: 3 }, false],
    [{ value: 'unknown' }, false],
    [undefined, false],
  ] as [Answer | undefined, boolean][])('%j → %s', (answer, expected) => {
    expect(wantsFollowUp(answer)).toBe(expected);
  });
});
