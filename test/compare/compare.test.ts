// The comparison model, checked by hand on two snapshots of one territory and on a questionnaire version change.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { AnswerValue, Response } from '../../src/answers/schema.js';
import { loadResponses } from '../../src/answers/responses.js';
import { compare, exactMean, QuestionnaireMismatch } from '../../src/compare/compare.js';
import { Comparison } from '../../src/compare/schema.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import { Report } from '../../src/scoring/report.js';
import { score } from '../../src/scoring/score.js';
import { fixture } from '../helpers/cli.js';

const V11 = fixture('questionnaires/impact-collectif-1.1.yaml');

async function reportOf(path: string, questionnaire?: string, lang: 'fr' | 'en' = 'fr'): Promise<Report> {
  const { questionnaire: q, responses } = await loadResponses([fixture(path)], questionnaire);
  return score(q.questionnaire, responses, { lang });
}

const y2025 = await reportOf('answers/collective');
const y2026 = await reportOf('answers/collective-2026');
const v11 = await reportOf('answers/collective-v1.1', V11);

describe('two snapshots of the same territory, a year apart', () => {
  const c = compare({ report: y2025, source: 'answers' }, { report: y2026, source: 'answers' }, 'fr');

  it('is valid against its schema and compares every question', () => {
    expect(Comparison.parse(c)).toEqual(c);
    expect(c.scope).toEqual({ versionChanged: false, sharedQuestions: 42, recomputed: false, leftOut: { dimensions: [], questions: [] } });
  });

  it("takes each side's scores as its report has them, and the change from the rounded numbers", () => {
    for (const d of c.dimensions) {
      expect(d.before.score).toBe(y2025.dimensions.find((x) => x.id === d.id)!.score);
      expect(d.after.score).toBe(y2026.dimensions.find((x) => x.id === d.id)!.score);
    }
    const noyau = c.dimensions.find((d) => d.id === 'noyau')!;
    expect([noyau.before.score, noyau.after.score, noyau.change]).toEqual([49.4, 56.4, 7]);
  });

  it('shows the band changes', () => {
    const changed = c.dimensions.filter((d) => d.bandChanged).map((d) => [d.id, d.before.band?.label, d.after.band?.label]);
    expect(changed).toEqual([
      ['noyau', 'Émergent', 'En développement'],
      ['ressources', 'Émergent', 'En développement'],
      ['engagement-inclusif', 'Émergent', 'En développement'],
      ['structure-soutien', 'Émergent', 'En développement'],
    ]);
  });

  it('shows the gate before and after, and the indices', () => {
    expect(c.gate.before).toEqual({
      met: false,
      failing: [
        { id: 'noyau', label: "Noyau d'acteurs courageux" },
        { id: 'ressources', label: 'Ressources nécessaires' },
      ],
    });
    expect(c.gate.after).toEqual({ met: true, failing: [] });
    expect(c.indices.preconditions).toEqual({ before: y2025.indices.preconditions, after: y2026.indices.preconditions, change: 8.9 });
  });

  it('lists the questions whose mean moved by a level or more, largest first', () => {
    // garant: 4 / 12 = 0.33 → 0.3, then 16 / 11 = 1.45 → 1.5; evaluation-cooperation: 3 / 12 = 0.25 → 0.3, then 16 / 11 → 1.5;
    // cartographie: 22 / 12 → 1.8, then 9 / 11 → 0.8.
    expect(c.questions.map((q) => [q.id, q.before, q.after, q.change])).toEqual([
      ['engagement-inclusif.garant', 0.3, 1.5, 1.2],
      ['apprentissage-strategique.evaluation-cooperation', 0.3, 1.5, 1.2],
      ['strategie-levier.cartographie', 1.8, 0.8, -1],
    ]);
  });

  it('names the sectors that joined and left', () => {
    expect(c.sectors.joined).toEqual([{ id: 'entreprise', label: 'Entreprise, acteur économique' }]);
    expect(c.sectors.left.map((s) => s.id)).toEqual(['etat']);
    expect(c.sectors.counts.find((s) => s.id === 'habitants')).toMatchObject({ before: 1, after: 2 });
  });

  it('counts the questions to discuss on each side, by the report\'s rule', () => {
    // 2025: the four of the collective fixture; 2026: three questions still reach 2 levels apart, each by a single
    // respondent at 1 against 3 ([0,1,5,5], [0,1,9,1], [0,2,8,1] has 2 at 1 but only 1 at 3): none divides the group.
    expect(c.toDiscuss).toEqual({ before: 4, after: 0 });
  });

  it('gives the same comparison from a JSON report as from the answer files it was made of', () => {
    const fromJson = Report.parse(JSON.parse(JSON.stringify(y2025)));
    const viaJson = compare({ report: fromJson, source: 'report' }, { report: y2026, source: 'answers' }, 'fr');
    expect({ ...viaJson, before: { ...viaJson.before, source: 'answers' } }).toEqual(c);
  });
});

describe('a questionnaire version change (1.0.0 → 1.1.0: noyau.renouvellement removed, engagement-inclusif.jeunes added)', () => {
  const c = compare({ report: y2025, source: 'answers' }, { report: v11, source: 'answers' }, 'fr');

  it('compares only the shared questions and says what was left out', () => {
    expect(c.scope.versionChanged).toBe(true);
    expect(c.scope.recomputed).toBe(true);
    expect(c.scope.sharedQuestions).toBe(41);
    expect(c.scope.leftOut.dimensions).toEqual([]);
    expect(c.scope.leftOut.questions.map((q) => [q.id, q.side])).toEqual([
      ['noyau.renouvellement', 'before'],
      ['engagement-inclusif.jeunes', 'after'],
    ]);
  });

  it('recomputes the dimension scores on the shared questions, on both sides', () => {
    const noyau = c.dimensions.find((d) => d.id === 'noyau')!;
    // 2025 without renouvellement: means 22/12, 21/12, 15/12, 20/12 → 78/48 = 1.625 → 54.2 (the report says 49.4 with it)
    expect(noyau.before.score).toBe(54.2);
    expect(y2025.dimensions.find((d) => d.id === 'noyau')!.score).toBe(49.4);
    // urgence has the same questions on both sides: the same score as each report
    expect(c.dimensions.find((d) => d.id === 'urgence')!.before.score).toBe(63.3);
    // engagement-inclusif after (4 responses), without jeunes: means 9/4, 8/4, 6/4, 7/4, 6/4, 6/4 → 10.5 / 6 = 1.75 → 58.3
    expect(c.dimensions.find((d) => d.id === 'engagement-inclusif')!.after.score).toBe(58.3);
    expect(v11.dimensions.find((d) => d.id === 'engagement-inclusif')!.score).not.toBe(58.3);
  });

  it('recomputes the gate on the shared questions: without renouvellement, the core group was already there', () => {
    expect(c.gate.before.failing.map((f) => f.id)).toEqual(['ressources']);
  });

  it('gives the same result from JSON reports (the distributions carry the exact means)', () => {
    const json = (r: Report) => Report.parse(JSON.parse(JSON.stringify(r)));
    const viaJson = compare({ report: json(y2025), source: 'answers' }, { report: json(v11), source: 'answers' }, 'fr');
    expect(viaJson).toEqual(c);
  });
});

describe('rules on small inputs (mini questionnaire)', () => {
  const mini = parseQuestionnaire(readFileSync(fixture('questionnaires/mini.yaml'), 'utf8'), 'mini.yaml');
  const response = (sector: string, answers: Record<string, AnswerValue>): Response => ({
    file: 't.yaml',
    doc: 0,
    questionnaire: 'mini',
    territory: 'T',
    respondent: { sector },
    answers: new Map(Object.entries(answers).map(([id, value]) => [id, { value }])),
  });

  it('refuses two different questionnaires', () => {
    const a = score(mini, [response('association', { 'urgence.q1': 1 })], { lang: 'fr' });
    expect(() => compare({ report: y2025, source: 'answers' }, { report: a, source: 'answers' }, 'fr')).toThrow(QuestionnaireMismatch);
  });

  it('moves by exactly one level count; less does not; a question without numeric answer on one side is not compared', () => {
    const before = score(mini, [response('association', { 'urgence.q1': 1, 'urgence.q2': 1, 'noyau.q1': 2 })], { lang: 'fr' });
    const after = score(mini, [response('association', { 'urgence.q1': 2, 'urgence.q2': 'unknown', 'noyau.q1': 1 }), response('etat', { 'noyau.q1': 2 })], { lang: 'fr' });
    const c = compare({ report: before, source: 'answers' }, { report: after, source: 'answers' }, 'en');
    // urgence.q1 1 → 2 (+1); urgence.q2 1 → none; noyau.q1 2 → 1.5 (−0.5)
    expect(c.questions.map((q) => [q.id, q.change])).toEqual([['urgence.q1', 1]]);
    expect(c.sectors.joined.map((s) => s.id)).toEqual(['etat']);
    expect(c.sectors.left).toEqual([]);
    // urgence: 100 × (1 + 2×1) / 9 = 33.3 → 100 × 2 / 3 = 66.7 (q2 has no mean after)
    expect(c.dimensions[0]).toMatchObject({ id: 'urgence', before: { score: 33.3 }, after: { score: 66.7 }, change: 33.4, bandChanged: true });
    // a dimension scored on one side only has no change
    expect(c.dimensions.find((d) => d.id === 'ressources')).toMatchObject({ before: { score: null }, after: { score: null }, change: null, bandChanged: false });
  });

  it('exactMean is the mean of the levels chosen', () => {
    expect(exactMean([0, 0, 0, 0])).toBeNull();
    expect(exactMean([1, 0, 0, 2])).toBe(2);
  });
});
