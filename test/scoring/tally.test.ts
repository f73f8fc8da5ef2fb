// Scoring reads each response once (tally): it must give what asking every response for every question gives.
import { RUNS } from '../properties/arbitraries.js';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Response } from '../../src/answers/schema.js';
import { asks, audienceOf } from '../../src/questionnaire/audience.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import { round1 } from '../../src/scoring/round.js';
import { score } from '../../src/scoring/score.js';
import { ROOT } from '../helpers/cli.js';

const q = parseQuestionnaire(readFileSync(`${ROOT}questionnaires/impact-collectif.yaml`, 'utf8'), 'impact-collectif.yaml');
const ids = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
const sectors = q.sectors.map((s) => s.id);

const answer = fc.record(
  { value: fc.constantFrom<AnswerValue>(0, 1, 2, 3, 'unknown'), comment: fc.constantFrom('a', 'b', 'Zèbre') },
  { requiredKeys: ['value'] },
);
const response = fc.record({
  sector: fc.constantFrom(...sectors),
  name: fc.option(fc.constantFrom('Ana', 'Bo'), { nil: undefined }),
  answers: fc.array(fc.tuple(fc.constantFrom(...ids), answer), { maxLength: ids.length }),
});
const toResponse = (r: { sector: string; name?: string; answers: [string, { value: AnswerValue; comment?: string }][] }, i: number): Response => ({
  file: `r${i}.yaml`,
  doc: 0,
  questionnaire: q.id,
  territory: 'T',
  respondent: { sector: r.sector, ...(r.name !== undefined && { name: r.name }) },
  answers: new Map(r.answers),
});

describe('scoring by tally', () => {
  it('counts, means, sector scores and comments as a scan of every response for every question does', () => {
    fc.assert(
      fc.property(fc.array(response, { maxLength: 25 }), fc.boolean(), (drawn, withNames) => {
        const responses = drawn.map(toResponse);
        const report = score(q, responses, { lang: 'fr', withNames, minGroupSize: 1 });
        for (const d of report.dimensions) {
          for (const question of d.questions) {
            const given = responses.map((r) => r.answers.get(question.id)?.value);
            const levels = given.filter((v): v is 0 | 1 | 2 | 3 => typeof v === 'number');
            expect(question.distribution).toEqual([0, 1, 2, 3].map((l) => levels.filter((v) => v === l).length));
            expect(question.unknown).toBe(given.filter((v) => v === 'unknown').length);
            // left out: not asked when the question is not meant for the respondent's audience, else unanswered
            const declared = q.dimensions.flatMap((x) => x.questions).find((x) => x.id === question.id)!;
            const asked = responses.map((r) => asks(declared, audienceOf(q, r.respondent.sector)));
            expect(question.notAsked).toBe(given.filter((v, i) => v === undefined && !asked[i]).length);
            expect(question.unanswered).toBe(given.filter((v, i) => v === undefined && asked[i]).length);
            expect(question.mean).toBe(levels.length ? round1(levels.reduce((a: number, b) => a + b, 0) / levels.length) : null);
          }
        }
        for (const s of report.collective.sectorScores) {
          const alone = score(q, responses.filter((r) => r.respondent.sector === s.sector), { lang: 'fr' });
          expect(s.scores).toEqual(alone.dimensions.map((d) => ({ dimension: d.id, score: d.score })));
        }
        const level = (v: AnswerValue) => (v === 'unknown' ? 4 : v);
        const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
        const expected = q.dimensions.flatMap((d) =>
          d.questions.flatMap((question) =>
            responses
              .filter((r) => r.answers.get(question.id)?.comment)
              .map((r) => {
                const a = r.answers.get(question.id)!;
                const name = withNames ? r.respondent.name : undefined;
                return { question: question.id, dimension: d.id, value: a.value, sector: r.respondent.sector, ...(name !== undefined && { name }), comment: a.comment! };
              })
              .sort((a, b) => sectors.indexOf(a.sector) - sectors.indexOf(b.sector) || level(a.value) - level(b.value) || text(a.comment, b.comment) || text(a.name ?? '', b.name ?? '')),
          ),
        );
        expect(JSON.stringify(report.collective.comments)).toBe(JSON.stringify(expected));
      }),
      { numRuns: Math.min(300, RUNS) },
    );
  });
});
