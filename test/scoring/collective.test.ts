// The collective reading checked by hand: spread and "to discuss" rule, ordering, sectors, per-sector scores, comments.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AnswerValue, Response } from '../../src/answers/schema.js';
import { loadResponses } from '../../src/answers/responses.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import { dispersion, questionSpread, sideSize, widestSplit } from '../../src/scoring/spread.js';
import { score } from '../../src/scoring/score.js';
import { fixture } from '../helpers/cli.js';

const mini = parseQuestionnaire(readFileSync(fixture('questionnaires/mini.yaml'), 'utf8'), 'mini.yaml');
const COLLECTIVE = fixture('answers/collective');

function response(sector: string, answers: Record<string, AnswerValue | { value: AnswerValue; comment: string }>, name?: string): Response {
  return {
    file: 'test.yaml',
    doc: 0,
    questionnaire: 'mini',
    territory: 'Territoire test',
    respondent: { sector, ...(name && { name }) },
    answers: new Map(Object.entries(answers).map(([id, v]) => [id, typeof v === 'object' ? v : { value: v }])),
  };
}

describe('questionSpread: min, max, population standard deviation, "to discuss"', () => {
  // distribution = how many chose 0, 1, 2, 3; SD by hand, divided by n (not n − 1).
  it.each([
    // no numeric answer
    [[0, 0, 0, 0], { min: null, max: null, sd: null, toDiscuss: false }],
    // everyone agrees
    [[0, 5, 0, 0], { min: 1, max: 1, sd: 0, toDiscuss: false }],
    // 1 and 2: one level apart, mean 1.5, SD 0.5
    [[0, 1, 1, 0], { min: 1, max: 2, sd: 0.5, toDiscuss: false }],
    // two people, 0 and 2: each is half the group (1 on each side suffices up to 3 answers); mean 1, SD 1
    [[1, 0, 1, 0], { min: 0, max: 2, sd: 1, toDiscuss: true }],
    // 0 and 3: mean 1.5, SD 1.5
    [[1, 0, 0, 1], { min: 0, max: 3, sd: 1.5, toDiscuss: true }],
    // one outlier among ten: no divergence (2 needed on each side). 0, 2×9: mean 1.8, variance (1.8² + 9×0.2²)/10 = 0.36
    [[1, 0, 9, 0], { min: 0, max: 2, sd: 0.6, toDiscuss: false }],
    // two at 0 among ten: a divergence. mean 1.6, variance (2×1.6² + 8×0.4²)/10 = 0.64
    [[2, 0, 8, 0], { min: 0, max: 2, sd: 0.8, toDiscuss: true }],
    // fifteen answers need 3 on each side: 2 at 0 is not enough, 3 is. [2,0,13,0]: mean 26/15, variance 0.4622, SD 0.68
    [[2, 0, 13, 0], { min: 0, max: 2, sd: 0.7, toDiscuss: false }],
    [[3, 0, 12, 0], { min: 0, max: 2, sd: 0.8, toDiscuss: true }],
    // 0, 1×3, 2×2, 3×6: 4 at 0–1 against 6 at 3; mean 25/12, E[x²] 65/12, variance 1.0764, SD 1.0375 → 1.0
    [[1, 3, 2, 6], { min: 0, max: 3, sd: 1, toDiscuss: true }],
    // a group cut in two halves at the ends
    [[100, 0, 0, 100], { min: 0, max: 3, sd: 1.5, toDiscuss: true }],
  ])('%j → %j', (distribution, expected) => {
    expect(questionSpread(distribution)).toEqual(expected);
  });
});

describe('the divergence rule for groups of 2 to 200', () => {
  it.each([
    [1, 0], [2, 1], [3, 1], [4, 2], [10, 2], [13, 2], [14, 3], [15, 3], [20, 3], [21, 4], [100, 15], [200, 30],
  ])('%i numeric answers need %i on each side of a two-level gap', (n, k) => {
    expect(sideSize(n)).toBe(k);
  });

  it('looks at both two-level gaps and keeps the more even one', () => {
    expect(widestSplit([1, 3, 2, 6])).toEqual({ at: 1, below: 4, above: 6 });
    expect(widestSplit([3, 0, 5, 1])).toEqual({ at: 0, below: 3, above: 6 });
    expect(widestSplit([0, 0, 5, 5])).toEqual({ at: 0, below: 0, above: 10 });
  });

  it("measures Leik's ordinal dispersion, 0 (agreement) to 100 (two halves at 0 and 3)", () => {
    // [0,1,0,1]: cumulative shares 0, 1/2, 1/2 → 2/3 × (0 + 1/2 + 1/2) = 2/3; [1,0,2,0]: 1/3, 1/3, 1 → 2/3 × 2/3 = 4/9
    expect([[0, 0, 0, 0], [0, 5, 0, 0], [1, 0, 0, 1], [0, 1, 0, 1], [1, 0, 2, 0]].map(dispersion)).toEqual([0, 0, 100, 66.7, 44.4]);
  });

  it('a group of 200: 29 against 171 is no divergence, 30 against 170 is', () => {
    expect(questionSpread([29, 0, 171, 0]).toDiscuss).toBe(false);
    expect(questionSpread([30, 0, 170, 0]).toDiscuss).toBe(true);
  });
});

describe('divergences (mini questionnaire)', () => {
  const responses = [
    response('education-nationale', { 'urgence.q1': 0, 'urgence.q2': 1, 'noyau.q1': 3, 'ressources.q1': 1, 'aspiration-partagee.q1': 0 }),
    response('association', { 'urgence.q1': 2, 'urgence.q2': 2, 'noyau.q1': 0, 'ressources.q1': 3, 'aspiration-partagee.q1': 3 }),
    response('association', { 'urgence.q1': 2, 'urgence.q2': 'unknown', 'noyau.q1': 'unknown', 'ressources.q1': 'unknown', 'aspiration-partagee.q1': 'unknown' }),
    response('habitants', { 'urgence.q1': 'unknown', 'urgence.q2': 3, 'structure-soutien.q1': 1 }),
  ];
  const r = score(mini, responses, { lang: 'fr' });
  const ids = r.collective.divergences.map((d) => d.id);

  it('with 2 or 3 numeric answers, one person on each side of a two-level gap is enough; "unknown" does not count', () => {
    // urgence.q1: 0, 2, 2 → spread 2; urgence.q2: 1, 2, 3 → 2; noyau.q1: 3, 0 → 3; ressources.q1: 1, 3 → 2;
    // aspiration-partagee.q1: 0, 3 → 3; structure-soutien.q1: a single numeric answer → not to discuss.
    expect(new Set(ids)).toEqual(new Set(['urgence.q1', 'urgence.q2', 'noyau.q1', 'ressources.q1', 'aspiration-partagee.q1']));
    const flags = Object.fromEntries(r.dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.toDiscuss])));
    expect(flags['structure-soutien.q1']).toBe(false);
    expect(flags['aspiration-partagee.q2']).toBe(false);
  });

  it('orders by dispersion, then higher SD, then questionnaire order', () => {
    // noyau.q1 (3, 0) and aspiration-partagee.q1 (0, 3): 100, questionnaire order; ressources.q1 (1, 3): 66.7;
    // urgence.q1 (0, 2, 2) and urgence.q2 (1, 2, 3): 44.4 each, SD 0.9428 → 0.9 before 0.8165 → 0.8.
    expect(ids).toEqual(['noyau.q1', 'aspiration-partagee.q1', 'ressources.q1', 'urgence.q1', 'urgence.q2']);
    expect(r.collective.divergences.map((d) => [d.dispersion, d.sd])).toEqual([[100, 1.5], [100, 1.5], [66.7, 1], [44.4, 0.9], [44.4, 0.8]]);
  });

  it('carries min, max, spread, distribution and the dimension of each question to discuss', () => {
    expect(r.collective.divergences[2]).toEqual({
      id: 'ressources.q1',
      dimension: 'ressources',
      text: 'Question ressources 1 ?',
      min: 1,
      max: 3,
      spread: 2,
      sd: 1,
      dispersion: 66.7,
      split: { at: 1, below: 1, above: 1 },
      distribution: [0, 1, 0, 1],
    });
  });

  it('has no divergence section with a single response', () => {
    const one = score(mini, [responses[0]!], { lang: 'fr' });
    expect(one.collective.divergences).toEqual([]);
    expect(one.dimensions.flatMap((d) => d.questions).every((q) => !q.toDiscuss)).toBe(true);
  });
});

describe('sectors and comments (mini questionnaire)', () => {
  const responses = [
    response('association', { 'urgence.q1': { value: 1, comment: 'trop tôt' }, 'noyau.q1': 3 }, 'Ada Lovelace'),
    response('association', { 'urgence.q1': 3, 'noyau.q1': { value: 'unknown', comment: 'je ne sais pas' } }),
    response('autre', { 'urgence.q1': { value: 2, comment: 'à voir' } }),
  ];

  it('names every sector without response as missing, except the catch-all "autre"', () => {
    const r = score(mini, responses.slice(0, 2), { lang: 'fr' });
    expect(r.collective.missingSectors.map((s) => s.id)).toEqual(['education-nationale', 'collectivite', 'etat', 'habitants', 'entreprise']);
  });

  it('scores each sector with a response on its own responses (no small-group suppression)', () => {
    const r = score(mini, responses, { lang: 'fr', minGroupSize: 1 });
    expect(r.collective.sectorScores.map((s) => [s.sector, s.responses])).toEqual([['association', 2], ['autre', 1]]);
    const association = Object.fromEntries(r.collective.sectorScores[0]!.scores.map((s) => [s.dimension, s.score]));
    // urgence: q1 1 and 3 → 2, q2 none → 66.7; noyau: 3 (the other "unknown") → 100; ressources: no answer → null
    expect([association.urgence, association.noyau, association.ressources]).toEqual([66.7, 100, null]);
  });

  it('lists every comment in questionnaire order, with level and sector, and names only with withNames', () => {
    const r = score(mini, responses, { lang: 'fr', minGroupSize: 1 });
    expect(r.collective.comments).toEqual([
      { question: 'urgence.q1', dimension: 'urgence', value: 1, sector: 'association', comment: 'trop tôt' },
      { question: 'urgence.q1', dimension: 'urgence', value: 2, sector: 'autre', comment: 'à voir' },
      { question: 'noyau.q1', dimension: 'noyau', value: 'unknown', sector: 'association', comment: 'je ne sais pas' },
    ]);
    const named = score(mini, responses, { lang: 'fr', withNames: true, minGroupSize: 1 });
    expect(named.collective.comments.map((c) => c.name)).toEqual(['Ada Lovelace', undefined, undefined]);
    expect(JSON.stringify(r)).not.toContain('Ada Lovelace');
  });
});

const fixtureResponses = await loadResponses([COLLECTIVE]);

describe('the collective fixture: Cité éducative de Villeneuve-la-Garenne, 12 responses, 5 sectors', () => {
  // Every sector on its own: what scoring computes before small groups are merged (tested below).
  const r = score(fixtureResponses.questionnaire.questionnaire, fixtureResponses.responses, { lang: 'fr', minGroupSize: 1 });

  it('counts the responses per sector and names the one missing sector', () => {
    expect(r.responses).toBe(12);
    expect(r.sectors.map((s) => [s.id, s.responses])).toEqual([
      ['education-nationale', 3],
      ['collectivite', 3],
      ['etat', 2],
      ['association', 3],
      ['habitants', 1],
      ['entreprise', 0],
      ['autre', 0],
    ]);
    // scored with questionnaire 1.0.0 (the fixture's version), whose sectors do not say what they bring
    expect(r.collective.missingSectors).toEqual([{ id: 'entreprise', label: 'Entreprise, acteur économique', brings: null, residents: false }]);
  });

  it('of the six questions written to divide the group, keeps the four with two people or more on each side', () => {
    // 12 answers: 2 needed on each side. Dispersion by hand (cumulative shares → 2/3 × Σ min(F, 1 − F)):
    // [1,3,2,6] 1/12, 4/12, 6/12 → 61.1; [1,3,5,3] 1/12, 4/12, 3/12 → 44.4; [1,2,6,2] (11 answers) 1/11, 3/11, 2/11 → 36.4;
    // [2,8,2,0] 2/12, 2/12, 0 → 22.2. Left out: [1,2,9,0] and [1,7,4,0], a single 0 against 2–3.
    expect(r.collective.divergences.map((d) => [d.id, d.split, d.dispersion])).toEqual([
      ['urgence.constat-partage', { at: 1, below: 4, above: 6 }, 61.1],
      ['structure-soutien.gouvernance-partagee', { at: 1, below: 4, above: 3 }, 44.4],
      ['ressources.coordination-financee', { at: 1, below: 3, above: 2 }, 36.4],
      ['aspiration-partagee.personnes-concernees', { at: 0, below: 2, above: 2 }, 22.2],
    ]);
  });

  it('scores the dimensions per sector (checked by hand on three cells)', () => {
    const cell = (sector: string, dimension: string) =>
      r.collective.sectorScores.find((s) => s.sector === sector)!.scores.find((s) => s.dimension === dimension)!.score;
    // habitants, urgence: 0, 1, unknown, 1 → mean 2/3 → 22.2
    expect(cell('habitants', 'urgence')).toBe(22.2);
    // habitants, ressources: every answer "unknown" → no score
    expect(cell('habitants', 'ressources')).toBeNull();
    // État, ressources: question means 2, 3, 1, 2, 1.5 → 9.5 / 5 = 1.9 → 63.3; associations: 1, 2/3, 1, 5/3, 1 (one unknown) → 35.6
    expect(cell('etat', 'ressources')).toBe(63.3);
    expect(cell('association', 'ressources')).toBe(35.6);
  });

  it('keeps every comment, the unknown one too, without names', () => {
    expect(r.collective.comments).toHaveLength(8);
    expect(r.collective.comments.find((c) => c.value === 'unknown')).toMatchObject({ question: 'engagement-inclusif.savoir-experience', sector: 'etat' });
    expect(r.collective.comments.every((c) => c.name === undefined)).toBe(true);
  });
});

describe('a real group of 15 (test/fixtures/answers/group-15)', () => {
  const read = async (name: string) => {
    const loaded = await loadResponses([fixture(`answers/group-15/${name}.yaml`)]);
    return score(loaded.questionnaire.questionnaire, loaded.responses, { lang: 'fr' });
  };

  it('one outlier two levels away on every question: no question divides the group (the former rule flagged all 42)', async () => {
    const r = await read('outliers');
    expect(r.responses).toBe(15);
    const questions = r.dimensions.flatMap((d) => d.questions);
    expect(questions).toHaveLength(42);
    expect(questions.every((q) => q.max! - q.min! === 2)).toBe(true);
    expect(r.collective.divergences).toEqual([]);
  });

  it('seven at 0 against eight at 3 on one question: that question, and only it', async () => {
    const r = await read('split');
    expect(r.collective.divergences.map((d) => [d.id, d.split, d.distribution, d.dispersion])).toEqual([
      // cumulative shares 7/15, 7/15, 7/15 → 2/3 × 21/15 = 0.9333
      ['noyau.collectif-porteur', { at: 0, below: 7, above: 8 }, [7, 0, 0, 8], 93.3],
    ]);
  });
});

describe('small groups in the collective fixture (default --min-group-size 3)', () => {
  const q = fixtureResponses.questionnaire.questionnaire;
  const r = score(q, fixtureResponses.responses, { lang: 'fr' });
  const all = score(q, fixtureResponses.responses, { lang: 'fr', minGroupSize: 1 });

  it('shows the sectors of 3 and merges État (2) and the residents (1) into one row of 3, scored on their 3 responses', () => {
    expect(r.collective.privacy).toEqual({ minGroupSize: 3, merged: ['etat', 'habitants'], hidden: [], inferable: false });
    expect(r.collective.sectorScores.map((s) => [s.sector, s.label, s.responses])).toEqual([
      ['education-nationale', 'Éducation nationale', 3],
      ['collectivite', 'Collectivité (ville, intercommunalité, département…)', 3],
      ['association', 'Association', 3],
      ['_merged', 'autres secteurs (regroupés)', 3],
    ]);
    const merged = score(
      q,
      fixtureResponses.responses.filter((x) => ['etat', 'habitants'].includes(x.respondent.sector)),
      { lang: 'fr', minGroupSize: 1 },
    );
    expect(r.collective.sectorScores[3]!.scores.map((s) => s.score)).toEqual(merged.dimensions.map((d) => d.score));
  });

  it('labels the comments of merged sectors with the merged row only, and orders them after the sectors shown', () => {
    expect(r.collective.comments.map((c) => c.sector)).not.toContain('etat');
    expect(r.collective.comments.map((c) => c.sector)).not.toContain('habitants');
    const masked = all.collective.comments.map((c) => (c.sector === 'etat' || c.sector === 'habitants' ? '_merged' : c.sector));
    expect(r.collective.comments.map((c) => c.sector).sort()).toEqual(masked.sort());
    for (const question of new Set(r.collective.comments.map((c) => c.question))) {
      const sectors = r.collective.comments.filter((c) => c.question === question).map((c) => c.sector);
      expect(sectors.indexOf('_merged') === -1 || sectors.slice(sectors.indexOf('_merged')).every((s) => s === '_merged')).toBe(true);
    }
  });

  it('with fewer respondents than the threshold, shows no sector, labels no comment and says answers can be inferred', () => {
    const two = score(q, fixtureResponses.responses.slice(0, 2), { lang: 'fr', minGroupSize: 3 });
    expect(two.collective.privacy.inferable).toBe(true);
    expect(two.collective.sectorScores).toEqual([]);
    expect(two.collective.comments.every((c) => c.sector === null)).toBe(true);
    expect((two.collective.incomplete ?? []).every((c) => c.sector === null)).toBe(true);
  });
});
