// Scoring checked on cases computed by hand from the mini questionnaire (weights 1 and 2 in urgence).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AnswerValue, Response } from '../../src/answers/schema.js';
import { parseQuestionnaire } from '../../src/questionnaire/load.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import type { Report } from '../../src/scoring/report.js';
import { round1, score } from '../../src/scoring/score.js';
import { fixture } from '../helpers/cli.js';

const mini = parseQuestionnaire(readFileSync(fixture('questionnaires/mini.yaml'), 'utf8'), 'mini.yaml');

function response(sector: string, answers: Record<string, AnswerValue>, date?: string, territory = 'Territoire test'): Response {
  return {
    file: 'test.yaml',
    doc: 0,
    questionnaire: 'mini',
    territory,
    respondent: { sector },
    ...(date && { date }),
    answers: new Map(Object.entries(answers).map(([id, value]) => [id, { value }])),
  };
}

/** The three responses of test/fixtures/answers/mini/several (a.yaml, then b.yaml's two documents). */
const several = [
  response(
    'education-nationale',
    {
      'urgence.q1': 3, 'urgence.q2': 1, 'noyau.q1': 2, 'ressources.q1': 'unknown', 'aspiration-partagee.q1': 2, 'aspiration-partagee.q2': 3,
      'engagement-inclusif.q1': 0, 'strategie-levier.q1': 1, 'apprentissage-strategique.q1': 'unknown', 'structure-soutien.q1': 2,
    },
    '2025-01-10',
  ),
  response(
    'association',
    {
      'urgence.q1': 1, 'urgence.q2': 2, 'noyau.q1': 'unknown', 'ressources.q1': 'unknown', 'aspiration-partagee.q1': 1,
      'engagement-inclusif.q1': 1, 'strategie-levier.q1': 2, 'apprentissage-strategique.q1': 'unknown', 'structure-soutien.q1': 3,
    },
    '2025-02-03',
  ),
  response('association', {
    'urgence.q1': 2, 'urgence.q2': 0, 'noyau.q1': 1, 'ressources.q1': 2, 'aspiration-partagee.q1': 3, 'aspiration-partagee.q2': 2,
    'engagement-inclusif.q1': 'unknown', 'strategie-levier.q1': 3, 'apprentissage-strategique.q1': 1,
  }),
];

const dim = (r: Report, id: string) => r.dimensions.find((d) => d.id === id)!;
/** id → [score, band id, gap] for every dimension. */
const table = (r: Report) => Object.fromEntries(r.dimensions.map((d) => [d.id, [d.score, d.band?.id ?? null, d.gap]]));

describe('dimension scores (several respondents, unknown and unanswered left out)', () => {
  const r = score(mini, several, { lang: 'fr' });

  it('computes S = 100 × Σ w·m / (3 × Σ w) with the question means', () => {
    // urgence: q1 (w 1) → 3, 1, 2: mean 2; q2 (w 2) → 1, 2, 0: mean 1; 100 × (1×2 + 2×1) / (3 × 3) = 44.44…
    // noyau: 2, unknown, 1 → 1.5 → 50; ressources: unknown, unknown, 2 → 2 → 66.67
    // aspiration-partagee: q1 2, 1, 3 → 2; q2 3, (unanswered), 2 → 2.5; 100 × 4.5 / 6 = 75
    // engagement-inclusif: 0, 1, unknown → 0.5 → 16.67; strategie-levier: 1, 2, 3 → 66.67
    // apprentissage-strategique: unknown, unknown, 1 → 33.33; structure-soutien: 2, 3, (unanswered) → 83.33
    expect(table(r)).toEqual({
      urgence: [44.4, 'emergent', 30.6],
      noyau: [50, 'en-developpement', 25],
      ressources: [66.7, 'en-developpement', 8.3],
      'aspiration-partagee': [75, 'etabli', 0],
      'engagement-inclusif': [16.7, 'a-construire', 58.3],
      'strategie-levier': [66.7, 'en-developpement', 8.3],
      'apprentissage-strategique': [33.3, 'emergent', 41.7],
      'structure-soutien': [83.3, 'etabli', 0],
    });
  });

  it('keeps each question mean, count and distribution', () => {
    const [q1, q2] = dim(r, 'urgence').questions;
    expect(q1).toMatchObject({ id: 'urgence.q1', weight: 1, mean: 2, count: 3, unknown: 0, unanswered: 0, distribution: [0, 1, 1, 1] });
    expect(q2).toMatchObject({ id: 'urgence.q2', weight: 2, mean: 1, count: 3, distribution: [1, 1, 1, 0] });
    expect(dim(r, 'aspiration-partagee').questions[1]).toMatchObject({ mean: 2.5, count: 2, unknown: 0, unanswered: 1 });
  });

  it('counts coverage, and flags more unknown than numeric answers (strictly more)', () => {
    const cov = (id: string) => dim(r, id).coverage;
    expect(cov('urgence')).toEqual({ questions: 2, answered: 6, unknown: 0, unanswered: 0, manyUnknown: false });
    expect(cov('noyau')).toEqual({ questions: 1, answered: 2, unknown: 1, unanswered: 0, manyUnknown: false });
    expect(cov('ressources')).toEqual({ questions: 1, answered: 1, unknown: 2, unanswered: 0, manyUnknown: true });
    expect(cov('aspiration-partagee')).toEqual({ questions: 2, answered: 5, unknown: 0, unanswered: 1, manyUnknown: false });
    expect(cov('apprentissage-strategique').manyUnknown).toBe(true);
    expect(cov('structure-soutien')).toMatchObject({ answered: 2, unknown: 0, unanswered: 1 });
  });

  it('averages the non-null scores into the two indices', () => {
    // (44.4 + 50 + 66.7) / 3 = 53.7; (75 + 16.7 + 66.7 + 33.3 + 83.3) / 5 = 55
    expect(r.indices).toEqual({ preconditions: 53.7, components: 55 });
  });

  it('fails the gate on a precondition below 50, and passes one at exactly 50', () => {
    expect(r.gate).toEqual({ met: false, threshold: 50, failing: ['urgence'] });
  });

  it('describes the responses: sectors with counts, date range, territory', () => {
    expect(r.responses).toBe(3);
    expect(r.sectors.filter((s) => s.responses).map((s) => [s.id, s.responses])).toEqual([['education-nationale', 1], ['association', 2]]);
    expect(r.sectors).toHaveLength(7);
    expect(r.dates).toEqual({ from: '2025-01-10', to: '2025-02-03' });
    expect(r.territory).toBe('Territoire test');
  });

  it('ranks the challenges: gate first, then priority = Σ gaps; priority 0 left out', () => {
    // c3 [urgence, engagement-inclusif] = 30.6 + 58.3 = 88.9, concerns the failing urgence;
    // c1 [noyau, structure-soutien] = 25 + 0; c2 [aspiration-partagee] = 0: left out.
    expect(r.recommendations.map((x) => [x.id, x.priority, x.gateFirst, x.weakest])).toEqual([
      ['c3', 88.9, true, 'engagement-inclusif'],
      ['c1', 25, false, 'noyau'],
    ]);
    expect(r.recommendations[0]!.practices).toEqual(['Piste engagement-inclusif 1.', 'Piste engagement-inclusif 2.', 'Piste engagement-inclusif 3.']);
    expect(r.recommendations[0]!.dimensions).toEqual([
      { id: 'urgence', title: 'Titre urgence', score: 44.4, gap: 30.6 },
      { id: 'engagement-inclusif', title: 'Titre engagement-inclusif', score: 16.7, gap: 58.3 },
    ]);
    expect(r.noGap).toBe(false);
  });

  it('keeps the top N', () => {
    expect(score(mini, several, { lang: 'fr', top: 1 }).recommendations.map((x) => x.id)).toEqual(['c3']);
  });

  it('localises titles, bands and practices', () => {
    const en = score(mini, several, { lang: 'en' });
    expect(dim(en, 'urgence')).toMatchObject({ title: 'Title urgence', band: { id: 'emergent', label: 'Emerging' } });
    expect(en.recommendations[1]!.practices[0]).toBe('Practice noyau 1.');
  });
});

describe('targets', () => {
  it('--target overrides every target: gaps and priorities follow', () => {
    const r = score(mini, several, { lang: 'fr', target: 60 });
    expect(r.dimensions.map((d) => [d.target, d.gap])).toEqual([
      [60, 15.6], [60, 10], [60, 0], [60, 0], [60, 43.3], [60, 0], [60, 26.7], [60, 0],
    ]);
    expect(r.recommendations.map((x) => [x.id, x.priority])).toEqual([['c3', 58.9], ['c1', 10]]);
  });

  it("uses the dimension's own target, else the questionnaire's default; --target beats both", () => {
    const q: Questionnaire = structuredClone(mini);
    q.defaultTarget = 80;
    q.dimensions[0]!.target = 40;
    const r = score(q, several, { lang: 'fr' });
    expect([dim(r, 'urgence').target, dim(r, 'urgence').gap]).toEqual([40, 0]);
    expect([dim(r, 'noyau').target, dim(r, 'noyau').gap]).toEqual([80, 30]);
    expect(score(q, several, { lang: 'fr', target: 60 }).dimensions.every((d) => d.target === 60)).toBe(true);
  });
});

describe('one respondent', () => {
  const one = response(
    'collectivite',
    {
      'urgence.q1': 3, 'urgence.q2': 2, 'noyau.q1': 2, 'ressources.q1': 3, 'aspiration-partagee.q1': 1, 'aspiration-partagee.q2': 2,
      'engagement-inclusif.q1': 2, 'strategie-levier.q1': 3, 'apprentissage-strategique.q1': 0, 'structure-soutien.q1': 'unknown',
    },
    '2025-03-14',
  );
  const r = score(mini, [one], { lang: 'fr' });

  it('scores 0 as 0, leaves an unknown-only dimension null, includes 100 in the last band', () => {
    // urgence (3 + 2×2) / 9 = 77.78; aspiration-partagee (1 + 2) / 6 = 50 (the lower bound of "en-developpement")
    expect(table(r)).toEqual({
      urgence: [77.8, 'etabli', 0],
      noyau: [66.7, 'en-developpement', 8.3],
      ressources: [100, 'etabli', 0],
      'aspiration-partagee': [50, 'en-developpement', 25],
      'engagement-inclusif': [66.7, 'en-developpement', 8.3],
      'strategie-levier': [100, 'etabli', 0],
      'apprentissage-strategique': [0, 'a-construire', 75],
      'structure-soutien': [null, null, null],
    });
    expect(dim(r, 'structure-soutien').coverage).toMatchObject({ answered: 0, unknown: 1, manyUnknown: true });
  });

  it('meets the gate and averages the scored dimensions only', () => {
    // (77.8 + 66.7 + 100) / 3 = 81.5; (50 + 66.7 + 100 + 0) / 4 = 54.175
    expect(r.gate).toEqual({ met: true, threshold: 50, failing: [] });
    expect(r.indices).toEqual({ preconditions: 81.5, components: 54.2 });
  });

  it('breaks priority ties in file order; a null score is never the weakest', () => {
    // c2 = 25; c1 = 8.3 + null; c3 = 0 + 8.3: c1 and c3 tie, c1 comes first in the file
    expect(r.recommendations.map((x) => [x.id, x.priority, x.weakest])).toEqual([
      ['c2', 25, 'aspiration-partagee'],
      ['c1', 8.3, 'noyau'],
      ['c3', 8.3, 'engagement-inclusif'],
    ]);
  });
});

describe('edge cases', () => {
  it('all unknown: every score null (never 0), no index, the gate fails, no recommendation', () => {
    const ids = mini.dimensions.flatMap((d) => d.questions.map((q) => q.id));
    const r = score(mini, [response('etat', Object.fromEntries(ids.map((id) => [id, 'unknown' as const])))], { lang: 'en' });
    expect(r.dimensions.every((d) => d.score === null && d.band === null && d.gap === null && d.coverage.manyUnknown)).toBe(true);
    expect(r.indices).toEqual({ preconditions: null, components: null });
    expect(r.gate).toEqual({ met: false, threshold: 50, failing: ['urgence', 'noyau', 'ressources'] });
    expect(r.recommendations).toEqual([]);
    expect(r.dates).toEqual({ from: null, to: null });
  });

  it('a question nobody answered with a number does not weigh on the score', () => {
    const r = score(mini, [response('etat', { 'aspiration-partagee.q1': 2, 'urgence.q2': 1 })], { lang: 'fr' });
    expect(dim(r, 'aspiration-partagee').score).toBe(66.7); // not (2 + 0) / 6 = 33.3
    expect(dim(r, 'urgence').score).toBe(33.3); // only q2, weight 2: 2×1 / (3×2)
    expect(dim(r, 'noyau').coverage).toMatchObject({ answered: 0, unknown: 0, unanswered: 1, manyUnknown: false });
  });

  it('a challenge concerning a failing precondition comes before a higher priority', () => {
    // urgence 33.3 (gap 41.7) fails the gate; c3 = 41.7 + 0 still comes before c1 = 8.3 + 75 and c2 = 75
    const r = score(
      mini,
      [response('etat', { 'urgence.q1': 1, 'urgence.q2': 1, 'noyau.q1': 2, 'ressources.q1': 2, 'engagement-inclusif.q1': 3, 'structure-soutien.q1': 0, 'aspiration-partagee.q1': 0 })],
      { lang: 'fr' },
    );
    expect(r.recommendations.map((x) => [x.id, x.priority, x.gateFirst])).toEqual([
      ['c3', 41.7, true],
      ['c1', 83.3, false],
      ['c2', 75, false],
    ]);
  });

  it('a band starts at its minimum: 25 is "emergent"', () => {
    const answers = (v: number) => response('etat', { 'noyau.q1': v });
    const r = score(mini, [answers(0), answers(0), answers(0), answers(3)], { lang: 'fr' });
    expect([dim(r, 'noyau').score, dim(r, 'noyau').band?.id]).toEqual([25, 'emergent']);
  });

  it('does not repeat a practice while the weakest dimension has others', () => {
    const q: Questionnaire = structuredClone(mini);
    q.challenges.push({ id: 'c4', text: { fr: 'Défi 4', en: 'Challenge 4' }, dimensions: ['engagement-inclusif'], source: 'test' });
    const r = score(q, several, { lang: 'fr' });
    const practices = Object.fromEntries(r.recommendations.map((x) => [x.id, x.practices]));
    expect(practices.c3).toEqual(['Piste engagement-inclusif 1.', 'Piste engagement-inclusif 2.', 'Piste engagement-inclusif 3.']);
    // one fresh practice is not enough (two or three are shown): it comes first, then already shown ones
    expect(practices.c4).toEqual(['Piste engagement-inclusif 4.', 'Piste engagement-inclusif 1.', 'Piste engagement-inclusif 2.']);
  });

  it('nothing below target: noGap, no recommendation', () => {
    const r = score(mini, several, { lang: 'fr', target: 10 });
    expect(r.noGap).toBe(true);
    expect(r.recommendations).toEqual([]);
  });

  it('is deterministic: the same responses give the same report', () => {
    expect(JSON.stringify(score(mini, several, { lang: 'fr' }))).toBe(JSON.stringify(score(mini, structuredClone(several), { lang: 'fr' })));
  });
});

describe('rounding', () => {
  it('rounds half up on the decimal value, not on its binary approximation', () => {
    expect(round1((33.3 + 66.6) / 2)).toBe(50); // 49.949999… in binary
    expect(round1(10.049999999999999)).toBe(10.1); // 1.005 × 10
    expect(round1(54.175)).toBe(54.2);
    expect(round1(44.44444)).toBe(44.4);
    expect(Object.is(round1(-0.01), -0)).toBe(false); // no "-0" in the JSON
  });

  it('an index that is a mean of scores ending in .x5 rounds up', () => {
    // urgence (2 + 2×1) / 9 = 44.4; noyau 1 → 33.3; ressources unknown → null: (44.4 + 33.3) / 2 = 38.85 → 38.9
    const r = score(mini, [response('etat', { 'urgence.q1': 2, 'urgence.q2': 1, 'noyau.q1': 1, 'ressources.q1': 'unknown' })], { lang: 'fr' });
    expect(r.indices.preconditions).toBe(38.9);
  });
});
