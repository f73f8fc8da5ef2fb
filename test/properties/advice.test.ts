// Properties of the advice, on random answer sets (single respondents and groups) to the built-in questionnaires
// and to random shapes of the mini one: what a practitioner relies on whatever the answers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Response } from '../../src/answers/schema.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { GATE_THRESHOLD } from '../../src/scoring/advice.js';
import type { Report } from '../../src/scoring/report.js';
import { score } from '../../src/scoring/score.js';
import { questionnaireOf, responseArb, RUNS, shapeArb } from './arbitraries.js';

const builtins = await Promise.all(['impact-collectif', 'impact-collectif-express'].map(async (id) => (await loadQuestionnaire(id)).questionnaire));

/** A questionnaire (built-in, or a random shape of mini) and 1 to 20 responses: a respondent alone, or a group. */
const scenario = fc
  .oneof(fc.constantFrom(...builtins), shapeArb.map(questionnaireOf))
  .chain((q) => fc.record({ q: fc.constant(q), responses: fc.array(responseArb(q, { comments: false }), { minLength: 1, maxLength: 20 }) }));

function check(property: (q: Questionnaire, r: Report, responses: Response[]) => void): void {
  fc.assert(
    fc.property(scenario, ({ q, responses }) => property(q, score(q, responses, { lang: 'fr' }), responses)),
    { numRuns: Math.ceil(RUNS / 2) },
  );
}

const practicesOf = (q: Questionnaire) => new Map(q.dimensions.flatMap((d) => d.practices.map((p) => [p.id, { ...p, dimension: d.id }] as const)));

describe('advice properties', () => {
  it('shows no practice twice, ranks 1..n, and each practice as declared (its dimension, what it serves)', () => {
    check((q, r) => {
      const ids = r.recommendations.flatMap((x) => x.practices.map((p) => p.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(r.recommendations.map((x) => x.rank)).toEqual(r.recommendations.map((_, i) => i + 1));
      const declared = practicesOf(q);
      for (const p of r.recommendations.flatMap((x) => x.practices)) {
        expect(p.dimension).toBe(declared.get(p.id)!.dimension);
        expect(p.serves).toEqual(declared.get(p.id)!.serves);
      }
    });
  });

  it('every practice shown under a challenge serves that challenge; "see also" points above, to practices that serve it too', () => {
    check((_q, r) => {
      for (const x of r.recommendations.filter((x) => x.challenge !== null)) {
        for (const p of x.practices) expect(p.serves, `${x.challenge} ← ${p.id}`).toContain(x.challenge);
        for (const rank of x.seeAlso) {
          expect(rank).toBeLessThan(x.rank);
          expect(r.recommendations[rank - 1]!.practices.some((p) => p.serves.includes(x.challenge!))).toBe(true);
        }
      }
      for (const x of r.recommendations.filter((x) => x.challenge === null)) expect(x.seeAlso).toEqual([]);
    });
  });

  it('every dimension below its target gets a practice declared under it (default --top)', () => {
    check((_q, r) => {
      const covered = new Set(r.recommendations.flatMap((x) => x.practices.map((p) => p.dimension)));
      for (const d of r.dimensions.filter((d) => d.gap !== null && d.gap > 0)) expect(covered.has(d.id), d.id).toBe(true);
    });
  });

  it("an unmet precondition comes first, the lowest one, with its own practice first", () => {
    check((_q, r) => {
      const unmet = r.gate.preconditions.filter((p) => p.status === 'unmet');
      if (!unmet.length) {
        expect(r.recommendations.every((x) => x.reason.rule !== 'unmet-precondition')).toBe(true);
        return;
      }
      const lowest = Math.min(...unmet.map((p) => p.score!));
      const first = r.recommendations[0]!;
      expect(first.reason.rule).toBe('unmet-precondition');
      expect(first.reason.score).toBe(lowest);
      expect(first.practices[0]!.dimension).toBe(first.reason.dimension);
      // every unmet precondition gets its item, before any challenge
      const items = r.recommendations.filter((x) => x.reason.rule === 'unmet-precondition');
      expect(items.map((x) => x.reason.dimension).sort()).toEqual(unmet.map((p) => p.id).sort());
      expect(r.recommendations.slice(0, items.length)).toEqual(items);
    });
  });

  it('a precondition nobody could score is unknown, never unmet; statuses follow the documented bands', () => {
    check((_q, r) => {
      for (const p of r.gate.preconditions) {
        const d = r.dimensions.find((x) => x.id === p.id)!;
        if (d.score === null || d.coverage.manyUnknown) expect(p.status).toBe('unknown');
        else if (d.score < GATE_THRESHOLD) expect(p.status).toBe('unmet');
        else expect(p.status).toBe(d.score < GATE_THRESHOLD + 10 ? 'fragile' : 'met');
      }
      expect(r.gate.met).toBe(r.gate.preconditions.every((p) => p.status === 'met' || p.status === 'fragile'));
    });
  });

  it('challenges come by their largest gap, whatever the number of dimensions they concern', () => {
    check((_q, r) => {
      const largest = r.recommendations
        .filter((x) => x.reason.rule === 'largest-gap')
        .map((x) => Math.max(...x.dimensions.map((d) => d.gap ?? 0)));
      expect(largest).toEqual([...largest].sort((a, b) => b - a));
      expect(largest.every((g) => g > 0)).toBe(true);
    });
  });
});
