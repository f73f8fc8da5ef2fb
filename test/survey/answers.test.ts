// A table row's answers (survey/answers.ts) read exactly as the Map of the same answers: what scoring, reports and
// survey import see of a response.
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/answers/schema.js';
import { AnswerRows } from '../../src/survey/answers.js';

const IDS = Array.from({ length: 7 }, (_, i) => `dimension-${i % 3}.question-${i}`);
const VALUES: (AnswerValue | undefined)[] = [0, 1, 2, 3, 'unknown', undefined];

/** Rows of every kind: drawn with a fixed seed, plus all blank and all answered. */
function rows(): (AnswerValue | undefined)[][] {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
  const drawn = Array.from({ length: 300 }, () => IDS.map(() => VALUES[Math.floor(next() * VALUES.length)]));
  return [...drawn, IDS.map(() => undefined), IDS.map((_, i) => (i % 4) as AnswerValue)];
}

const mapOf = (values: (AnswerValue | undefined)[]) =>
  new Map(IDS.flatMap((id, i) => (values[i] === undefined ? [] : [[id, { value: values[i] }] as const])));

describe('the answers of a table row', () => {
  it('read as the Map of the same answers, in column order, whatever the rows kept before them', () => {
    const store = new AnswerRows(IDS);
    const all = rows();
    // Many rows, so that they span several blocks; each is checked after all are made.
    const made = Array.from({ length: 8 }, () => all.map((values) => store.row(values))).flat();
    made.forEach((answers, k) => {
      const values = all[k % all.length]!;
      const expected = mapOf(values);
      expect([...answers], `row ${k}`).toEqual([...expected]);
      expect([...answers.keys()]).toEqual([...expected.keys()]);
      expect([...answers.values()]).toEqual([...expected.values()]);
      expect(answers.size).toBe(expected.size);
      for (const id of [...IDS, 'other.question', '']) {
        expect(answers.has(id), id).toBe(expected.has(id));
        expect(answers.get(id), id).toEqual(expected.get(id));
      }
      const seen: [string, unknown][] = [];
      answers.forEach((a, id, map) => {
        expect(map).toBe(answers);
        seen.push([id, a]);
      });
      expect(seen).toEqual([...expected]);
      expect(new Map(answers)).toEqual(expected);
    });
  });

  it('are the shared frozen answers that the responses of answer files hold', () => {
    const answers = new AnswerRows(IDS).row([2, 'unknown']);
    expect(Object.isFrozen(answers.get(IDS[0]!))).toBe(true);
    expect(Object.isFrozen(answers.get(IDS[1]!))).toBe(true);
    expect(answers.get(IDS[2]!)).toBeUndefined();
  });
});
