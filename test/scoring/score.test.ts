// Scoring checked on cases computed by hand from the mini questionnaire (weights 1 and 2 in urgence).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AnswerValue, Response } from '../../src/answers/schema.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import type { Report } from '../../src/scoring/report.js';
import { round1 } from '../../src/scoring/round.js';
import { score } from '../../src/scoring/score.js';
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
    expect(cov('urgence')).toEqual({ questions: 2, answered: 6, unknown: 0, unanswered: 0, notAsked: 0, manyUnknown: false });
    expect(cov('noyau')).toEqual({ questions: 1, answered: 2, unknown: 1, unanswered: 0, notAsked: 0, manyUnknown: false });
    expect(cov('ressources')).toEqual({ questions: 1, answered: 1, unknown: 2, unanswered: 0, notAsked: 0, manyUnknown: true });
    expect(cov('aspiration-partagee')).toEqual({ questions: 2, answered: 5, unknown: 0, unanswered: 1, notAsked: 0, manyUnknown: false });
    expect(cov('apprentissage-strategique').manyUnknown).toBe(true);
    expect(cov('structure-soutien')).toMatchObject({ answered: 2, unknown: 0, unanswered: 1 });
  });

  it('averages the non-null scores into the two indices', () => {
    // (44.4 + 50 + 66.7) / 3 = 53.7; (75 + 16.7 + 66.7 + 33.3 + 83.3) / 5 = 55
    expect(r.indices).toEqual({ preconditions: 53.7, components: 55 });
  });

  it('gives each precondition a status: unmet below 50, fragile from 50 to 60, unknown with more "don\'t know" than numbers', () => {
    // urgence 44.4 < 50; noyau exactly 50; ressources 66.7 but 2 "don't know" for 1 numeric answer
    expect(r.gate).toEqual({
      met: false,
      threshold: 50,
      preconditions: [
        { id: 'urgence', score: 44.4, status: 'unmet' },
        { id: 'noyau', score: 50, status: 'fragile' },
        { id: 'ressources', score: 66.7, status: 'unknown' },
      ],
    });
  });

  it('describes the responses: sectors with counts, date range, territory', () => {
    expect(r.responses).toBe(3);
    expect(r.sectors.filter((s) => s.responses).map((s) => [s.id, s.responses])).toEqual([['education-nationale', 1], ['association', 2]]);
    expect(r.sectors).toHaveLength(7);
    expect(r.dates).toEqual({ from: '2025-01-10', to: '2025-02-03' });
    expect(r.territory).toBe('Territoire test');
  });

  it('puts the unmet precondition first, then the challenges by their largest gap, then the dimensions left without a practice', () => {
    // urgence 44.4 is unmet. c3 [urgence 30.6, engagement-inclusif 58.3] → 58.3; c1 [noyau 25, structure-soutien 0] → 25;
    // c2 [aspiration-partagee 0] is left out. Then apprentissage (41.7), ressources (8.3) and strategie-levier (8.3),
    // below target and served by no practice above, largest gap first, ties in questionnaire order.
    expect(r.recommendations.map((x) => [x.rank, x.challenge, x.reason.rule, x.reason.dimension, x.reason.score, x.reason.target])).toEqual([
      [1, null, 'unmet-precondition', 'urgence', 44.4, 50],
      [2, 'c3', 'largest-gap', 'engagement-inclusif', 16.7, 75],
      [3, 'c1', 'largest-gap', 'noyau', 50, 75],
      [4, null, 'uncovered-dimension', 'apprentissage-strategique', 33.3, 75],
      [5, null, 'uncovered-dimension', 'ressources', 66.7, 75],
      [6, null, 'uncovered-dimension', 'strategie-levier', 66.7, 75],
    ]);
    expect(r.recommendations[1]!.dimensions).toEqual([
      { id: 'urgence', title: 'Titre urgence', score: 44.4, gap: 30.6 },
      { id: 'engagement-inclusif', title: 'Titre engagement-inclusif', score: 16.7, gap: 58.3 },
    ]);
    expect(r.noGap).toBe(false);
  });

  it("chooses a precondition's own practices, the one serving its lowest question first", () => {
    // urgence-4 serves urgence.q2 (mean 1); urgence-1..3 serve urgence.q1 (mean 2): file order among those
    expect(r.recommendations[0]!.practices).toEqual([
      { id: 'urgence-4', dimension: 'urgence', text: 'Piste urgence 4.', serves: ['urgence.q2'], basis: { question: 'urgence.q2', mean: 1 } },
      { id: 'urgence-1', dimension: 'urgence', text: 'Piste urgence 1.', serves: ['c3', 'urgence.q1'], basis: { question: 'urgence.q1', mean: 2 } },
      { id: 'urgence-2', dimension: 'urgence', text: 'Piste urgence 2.', serves: ['c3', 'urgence.q1'], basis: { question: 'urgence.q1', mean: 2 } },
    ]);
  });

  it('under a challenge, shows practices that serve it and were not shown above', () => {
    // c3 is served by urgence-1..3 (1 and 2 already shown, urgence.q1 mean 2) and engagement-inclusif-1..3 (q1 mean 0.5)
    expect(r.recommendations[1]!.practices.map((p) => p.id)).toEqual(['engagement-inclusif-1', 'engagement-inclusif-2', 'engagement-inclusif-3']);
    expect(r.recommendations[4]!.practices.map((p) => p.id)).toEqual(['ressources-1', 'ressources-2']);
  });

  it('keeps the top N challenges; preconditions to build and uncovered dimensions come on top', () => {
    const top1 = score(mini, several, { lang: 'fr', top: 1 }).recommendations;
    expect(top1.map((x) => x.challenge ?? x.reason.dimension)).toEqual(['urgence', 'c3', 'apprentissage-strategique', 'noyau', 'ressources', 'strategie-levier']);
  });

  it('the gate threshold is configurable: at 40, urgence 44.4 is fragile, noyau 50 met, and nothing comes before the challenges', () => {
    const r40 = score(mini, several, { lang: 'fr', gateThreshold: 40 });
    expect(r40.gate.preconditions.map((p) => p.status)).toEqual(['fragile', 'met', 'unknown']);
    expect(r40.gate.met).toBe(false);
    expect(r40.recommendations[0]!.challenge).toBe('c3');
  });

  it('a gate threshold above 90 still lets a full score be met', () => {
    const full = score(mini, [response('etat', { 'urgence.q1': 3, 'urgence.q2': 3, 'noyau.q1': 3, 'ressources.q1': 3 })], { lang: 'fr', gateThreshold: 95 });
    expect(full.gate.preconditions.map((p) => p.status)).toEqual(['met', 'met', 'met']);
  });

  it('localises titles, bands and practices', () => {
    const en = score(mini, several, { lang: 'en' });
    expect(dim(en, 'urgence')).toMatchObject({ title: 'Title urgence', band: { id: 'emergent', label: 'Emerging' } });
    expect(en.recommendations[2]!.practices[0]!.text).toBe('Practice noyau 1.');
    expect(en.recommendations[2]!.text).toBe('Challenge 1');
  });
});

describe('targets', () => {
  it('--target overrides every target: gaps and priorities follow', () => {
    const r = score(mini, several, { lang: 'fr', target: 60 });
    expect(r.dimensions.map((d) => [d.target, d.gap])).toEqual([
      [60, 15.6], [60, 10], [60, 0], [60, 0], [60, 43.3], [60, 0], [60, 26.7], [60, 0],
    ]);
    // urgence 44.4 is still unmet (the gate threshold is not a target); c3 → 43.3, c1 → noyau 10
    expect(r.recommendations.map((x) => [x.challenge, x.reason.dimension, x.reason.target])).toEqual([
      [null, 'urgence', 50],
      ['c3', 'engagement-inclusif', 60],
      ['c1', 'noyau', 60],
      [null, 'apprentissage-strategique', 60],
    ]);
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
    expect(r.gate).toEqual({
      met: true,
      threshold: 50,
      preconditions: [
        { id: 'urgence', score: 77.8, status: 'met' },
        { id: 'noyau', score: 66.7, status: 'met' },
        { id: 'ressources', score: 100, status: 'met' },
      ],
    });
    expect(r.indices).toEqual({ preconditions: 81.5, components: 54.2 });
  });

  it('breaks ties by the mean gap, then file order; a null gap counts for nothing', () => {
    // c2 → 25; c1 [noyau 8.3, structure-soutien null] → 8.3, mean 8.3; c3 [urgence 0, engagement 8.3] → 8.3, mean 4.2
    expect(r.recommendations.filter((x) => x.challenge).map((x) => [x.challenge, x.reason.dimension])).toEqual([
      ['c2', 'aspiration-partagee'],
      ['c1', 'noyau'],
      ['c3', 'engagement-inclusif'],
    ]);
  });
});

describe('edge cases', () => {
  it('all unknown: every score null (never 0), no index, every precondition unknown (never unmet), no recommendation', () => {
    const ids = mini.dimensions.flatMap((d) => d.questions.map((q) => q.id));
    const r = score(mini, [response('etat', Object.fromEntries(ids.map((id) => [id, 'unknown' as const])))], { lang: 'en' });
    expect(r.dimensions.every((d) => d.score === null && d.band === null && d.gap === null && d.coverage.manyUnknown)).toBe(true);
    expect(r.indices).toEqual({ preconditions: null, components: null });
    expect(r.gate).toEqual({
      met: false,
      threshold: 50,
      preconditions: ['urgence', 'noyau', 'ressources'].map((id) => ({ id, score: null, status: 'unknown' })),
    });
    expect(r.recommendations).toEqual([]);
    expect(r.dates).toEqual({ from: null, to: null });
  });

  it('a question nobody answered with a number does not weigh on the score', () => {
    const r = score(mini, [response('etat', { 'aspiration-partagee.q1': 2, 'urgence.q2': 1 })], { lang: 'fr' });
    expect(dim(r, 'aspiration-partagee').score).toBe(66.7); // not (2 + 0) / 6 = 33.3
    expect(dim(r, 'urgence').score).toBe(33.3); // only q2, weight 2: 2×1 / (3×2)
    expect(dim(r, 'noyau').coverage).toMatchObject({ answered: 0, unknown: 0, unanswered: 1, manyUnknown: false });
  });

  it('a challenge concerning more dimensions does not outrank one with a larger gap', () => {
    // urgence 33.3 is unmet and comes first; c1 [noyau 8.3, structure-soutien 75] and c2 [aspiration 75] tie on 75:
    // c2's mean gap (75) beats c1's (41.7); c3 [urgence 41.7, engagement 0] comes last. c1 takes the practices of its
    // lowest question (structure-soutien.q1, 0), so noyau (8.3) and ressources (8.3) each get an "also for" item.
    const r = score(
      mini,
      [response('etat', { 'urgence.q1': 1, 'urgence.q2': 1, 'noyau.q1': 2, 'ressources.q1': 2, 'engagement-inclusif.q1': 3, 'structure-soutien.q1': 0, 'aspiration-partagee.q1': 0 })],
      { lang: 'fr' },
    );
    expect(r.recommendations.map((x) => x.challenge ?? x.reason.dimension)).toEqual(['urgence', 'c2', 'c1', 'c3', 'noyau', 'ressources']);
    expect(r.recommendations[2]!.practices.map((p) => p.id)).toEqual(['structure-soutien-1', 'structure-soutien-2', 'structure-soutien-3']);
  });

  it('a band starts at its minimum: 25 is "emergent"', () => {
    const answers = (v: number) => response('etat', { 'noyau.q1': v });
    const r = score(mini, [answers(0), answers(0), answers(0), answers(3)], { lang: 'fr' });
    expect([dim(r, 'noyau').score, dim(r, 'noyau').band?.id]).toEqual([25, 'emergent']);
  });

  it('never repeats a practice: a challenge whose practices are all shown above gets none', () => {
    const q: Questionnaire = structuredClone(mini);
    // c4 [noyau 25] comes after c3 [engagement-inclusif 58.3]
    q.challenges.push({ id: 'c4', text: { fr: 'Défi 4', en: 'Challenge 4' }, dimensions: ['noyau'], source: 'test' });
    q.dimensions[4]!.practices[3]!.serves.push('c4');
    const r = score(q, several, { lang: 'fr' });
    const practices = Object.fromEntries(r.recommendations.filter((x) => x.challenge).map((x) => [x.challenge, x.practices.map((p) => p.id)]));
    expect(practices.c3).toEqual(['engagement-inclusif-1', 'engagement-inclusif-2', 'engagement-inclusif-3']);
    expect(practices.c4).toEqual(['engagement-inclusif-4']);
    q.dimensions[4]!.practices[3]!.serves.pop();
    q.dimensions[4]!.practices[0]!.serves.push('c4');
    const again = score(q, several, { lang: 'fr' }).recommendations.find((x) => x.challenge === 'c4')!;
    expect(again.practices).toEqual([]);
    // …but it points to the recommendation that shows it (c3, rank 2)
    expect(again.seeAlso).toEqual([2]);
  });

  it('nothing below target: noGap, and only the unmet precondition is still recommended', () => {
    const r = score(mini, several, { lang: 'fr', target: 10 });
    expect(r.noGap).toBe(true);
    expect(r.recommendations.map((x) => [x.reason.rule, x.reason.dimension])).toEqual([['unmet-precondition', 'urgence']]);
    expect(score(mini, several, { lang: 'fr', target: 10, gateThreshold: 40 }).recommendations).toEqual([]);
  });

  it('is deterministic: the same responses give the same report', () => {
    expect(JSON.stringify(score(mini, several, { lang: 'fr' }))).toBe(JSON.stringify(score(mini, structuredClone(several), { lang: 'fr' })));
  });
});

describe('audiences: residents are not asked every question', () => {
  // In this variant, habitants answer as residents, and urgence.q2 and ressources.q1 are for professionals only.
  const q: Questionnaire = structuredClone(mini);
  q.sectors.find((s) => s.id === 'habitants')!.audience = 'habitants';
  q.dimensions[0]!.questions[1]!.audience = ['professionnels'];
  q.dimensions[2]!.questions[0]!.audience = ['professionnels'];
  const resident = response('habitants', { 'urgence.q1': 1, 'noyau.q1': 2 });
  const eager = response('habitants', { 'urgence.q1': 3, 'ressources.q1': 2 });

  it('counts a question left out by an audience it is not meant for as not asked, neither unknown nor unanswered', () => {
    const r = score(q, [...several, resident], { lang: 'fr' });
    const question = (id: string) => r.dimensions.flatMap((d) => d.questions).find((x) => x.id === id)!;
    expect(question('urgence.q2')).toMatchObject({ count: 3, unknown: 0, notAsked: 1, unanswered: 0 });
    expect(question('ressources.q1')).toMatchObject({ count: 1, unknown: 2, notAsked: 1, unanswered: 0 });
    // a question meant for everyone that the resident left out is unanswered
    expect(question('aspiration-partagee.q1')).toMatchObject({ notAsked: 0, unanswered: 1 });
    expect(dim(r, 'urgence').coverage).toMatchObject({ answered: 7, notAsked: 1, unanswered: 0 });
    // the scores only count the numeric answers: the same as without the resident on urgence.q2
    expect(dim(r, 'urgence').score).toBe(score(q, [...several, response('habitants', { 'urgence.q1': 1 })], { lang: 'fr' }).dimensions[0]!.score);
  });

  it('an answer given anyway counts as an answer', () => {
    const r = score(q, [eager], { lang: 'fr' });
    expect(dim(r, 'ressources').questions[0]).toMatchObject({ count: 1, notAsked: 0 });
    expect(dim(r, 'urgence').questions[1]).toMatchObject({ count: 0, notAsked: 1, unanswered: 0 });
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
