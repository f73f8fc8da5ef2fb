// The time estimate: reading time of each question's text, help and levels, plus time to decide.
import { describe, expect, it } from 'vitest';
import { estimateMinutes, estimateSeconds, roundMinutes } from '../../src/assess/estimate.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { fixture } from '../helpers/cli.js';

const words = (n: number) => Array.from({ length: n }, () => 'mot').join(' ');

describe('estimate', () => {
  it('counts the words a person reads: 100 words per question, 20 words of summary', async () => {
    const { questionnaire } = await loadQuestionnaire(fixture('questionnaires/mini.yaml'));
    const q: Questionnaire = structuredClone(questionnaire);
    q.dimensions = q.dimensions.slice(0, 1);
    const d = q.dimensions[0]!;
    d.summary = { fr: words(20) };
    d.questions = d.questions.slice(0, 1);
    d.questions[0]!.text = { fr: words(40) };
    d.questions[0]!.help = { fr: words(20) };
    d.questions[0]!.levels = [0, 1, 2, 3].map(() => ({ fr: words(10) }));
    // Fast: 100 words at 300 per minute (20 s) + 4 s; careful: 20 + 100 words at 200 per minute (36 s) + 6 s.
    expect(estimateSeconds(q, 'fr')).toEqual([24, 42]);
  });

  it.each([
    [30, 1],
    [89, 1],
    [91, 2],
    [170, 3],
    [9 * 60, 9],
    [14.7 * 60, 15],
    [21 * 60, 20],
    [23 * 60, 25],
  ])('%i s → %i min', (seconds, minutes) => {
    expect(roundMinutes(seconds)).toBe(minutes);
  });

  it('the express questionnaire takes a few minutes, the complete one a quarter of an hour or more', async () => {
    const express = (await loadQuestionnaire('impact-collectif-express')).questionnaire;
    const complete = (await loadQuestionnaire('impact-collectif')).questionnaire;
    for (const lang of ['fr', 'en'] as const) {
      const [el, eh] = estimateMinutes(express, lang);
      const [cl, ch] = estimateMinutes(complete, lang);
      expect(el).toBeGreaterThanOrEqual(2);
      expect(eh).toBeLessThanOrEqual(6);
      expect(cl).toBeGreaterThanOrEqual(10);
      expect(ch).toBeGreaterThan(cl);
      // the complete questionnaire stays within twenty minutes, read carefully, by the tool's own estimate
      expect(ch, lang).toBeLessThanOrEqual(20);
    }
  });
});
