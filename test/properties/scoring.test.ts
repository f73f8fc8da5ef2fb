// Properties of the scoring, checked on 1,000 random questionnaire shapes and response sets each (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Response } from '../../src/answers/schema.js';
import { serializeResponse } from '../../src/answers/write.js';
import { checkResponses } from '../../src/answers/responses.js';
import { parseAnswerText } from '../../src/answers/parse.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { report as json } from '../../src/reporters/json.js';
import { Report } from '../../src/scoring/report.js';
import { score } from '../../src/scoring/score.js';
import { questionnaireOf, RUNS, scenarioArb } from './arbitraries.js';

const report = (q: Questionnaire, responses: readonly Response[]) => score(q, responses, { lang: 'fr' });
const bytes = (q: Questionnaire, responses: readonly Response[]) => json(report(q, responses), { lang: 'fr', color: false });

/** Whether any response gives a numeric answer to one of `ids`. */
const answered = (responses: readonly Response[], ids: readonly string[]) =>
  responses.some((r) => ids.some((id) => typeof r.answers.get(id)?.value === 'number'));

const inRange = (x: number | null) => x === null || (Number.isFinite(x) && x >= 0 && x <= 100);

describe('scoring properties', () => {
  it('every score, index and gap lies within 0–100, and is null exactly when nothing was answered', () => {
    fc.assert(
      fc.property(scenarioArb(), ({ shape, responses }) => {
        const q = questionnaireOf(shape);
        const r = report(q, responses);
        expect(Report.safeParse(r).success).toBe(true);
        for (const d of r.dimensions) {
          const ids = q.dimensions.find((x) => x.id === d.id)!.questions.map((x) => x.id);
          expect(inRange(d.score) && inRange(d.gap), d.id).toBe(true);
          expect(d.score === null, d.id).toBe(!answered(responses, ids));
          expect(d.gap === null).toBe(d.score === null);
          for (const x of d.questions) expect(x.mean === null).toBe(x.count === 0);
        }
        for (const kind of ['precondition', 'component'] as const) {
          const ids = q.dimensions.filter((d) => d.kind === kind).flatMap((d) => d.questions.map((x) => x.id));
          const index = r.indices[kind === 'precondition' ? 'preconditions' : 'components'];
          expect(inRange(index)).toBe(true);
          expect(index === null).toBe(!answered(responses, ids));
        }
        for (const s of r.collective.sectorScores) for (const x of s.scores) expect(inRange(x.score)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('raising one answer never lowers its dimension\'s score nor the components index', () => {
    const arb = scenarioArb().chain(({ shape, responses }) => {
      const raisable = responses.flatMap((r, i) => [...r.answers].filter(([, a]) => typeof a.value === 'number' && a.value < 3).map(([id]) => ({ i, id })));
      return fc.record({ shape: fc.constant(shape), responses: fc.constant(responses), pick: raisable.length ? fc.constantFrom(...raisable) : fc.constant(undefined) });
    });
    fc.assert(
      fc.property(arb, ({ shape, responses, pick }) => {
        fc.pre(pick !== undefined);
        const q = questionnaireOf(shape);
        const { i, id } = pick!;
        const raised = responses.map((r, k) => {
          if (k !== i) return r;
          const answers = new Map(r.answers);
          const a = answers.get(id)!;
          answers.set(id, { ...a, value: (a.value as number) + 1 });
          return { ...r, answers };
        });
        const before = report(q, responses);
        const after = report(q, raised);
        const dimension = id.split('.')[0]!;
        const score = (x: typeof before) => x.dimensions.find((d) => d.id === dimension)!.score!;
        expect(score(after)).toBeGreaterThanOrEqual(score(before));
        if (before.indices.components !== null) expect(after.indices.components!).toBeGreaterThanOrEqual(before.indices.components);
      }),
      { numRuns: RUNS },
    );
  });

  it('the order of the responses does not change the report (nor does running it twice)', () => {
    const arb = scenarioArb().chain(({ shape, responses }) =>
      fc.record({ shape: fc.constant(shape), responses: fc.constant(responses), shuffled: fc.shuffledSubarray(responses, { minLength: responses.length }) }),
    );
    fc.assert(
      fc.property(arb, ({ shape, responses, shuffled }) => {
        const q = questionnaireOf(shape);
        expect(bytes(q, shuffled)).toBe(bytes(structuredClone(q), responses));
      }),
      { numRuns: RUNS },
    );
  });

  it('splitting the responses across files and documents, in any order, does not change the report', () => {
    // Each response written as assess writes it, then read back from files holding any number of documents,
    // the files in any order (the round trip itself is a property of its own, in roundtrip.test.ts).
    const arb = scenarioArb().chain(({ shape, responses }) =>
      fc.record({
        shape: fc.constant(shape),
        responses: fc.constant(responses),
        files: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: responses.length, maxLength: responses.length }),
        order: fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4 }),
      }),
    );
    const read = (q: Questionnaire, texts: string[]) => {
      const parsed = texts.filter((t) => t).flatMap((t, i) => parseAnswerText(t, `f${i}.yaml`));
      checkResponses(parsed, q);
      return parsed.map((p) => p.response);
    };
    fc.assert(
      fc.property(arb, ({ shape, responses, files, order }) => {
        fc.pre(responses.length > 0);
        const q = questionnaireOf(shape);
        const docs = responses.map((r) => serializeResponse(r, q));
        const split = order.map((f) => docs.filter((_, k) => files[k] === f).join('---\n'));
        expect(bytes(q, read(q, split))).toBe(bytes(q, responses));
      }),
      { numRuns: RUNS },
    );
  });

  it('an "unknown" answer gives the same scores as leaving the question out', () => {
    fc.assert(
      fc.property(scenarioArb({ comments: false }), ({ shape, responses }) => {
        const q = questionnaireOf(shape);
        const without = responses.map((r) => ({ ...r, answers: new Map([...r.answers].filter(([, a]) => a.value !== 'unknown')) }));
        expect(scores(report(q, without))).toBe(scores(report(q, responses)));
      }),
      { numRuns: RUNS },
    );
  });
});

/**
 * A report without what tells "unknown" from "left out": coverage, unknown and unanswered counts, incomplete responses, and what follows
 * from them on purpose (a precondition with more "don't know" than numbers is "to check", which changes the advice).
 */
const UNKNOWN_AWARE = new Set(['coverage', 'unknown', 'unanswered', 'gate', 'recommendations', 'incomplete']);
function scores(r: Report): string {
  return JSON.stringify(r, (key, value: unknown) => (UNKNOWN_AWARE.has(key) ? undefined : value), 2);
}
