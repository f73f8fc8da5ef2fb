// Properties of small-group suppression (src/scoring/privacy.ts), on random group sizes and thresholds (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { suppress } from '../../src/scoring/privacy.js';
import { score } from '../../src/scoring/score.js';
import { questionnaireOf, RUNS, scenarioArb } from './arbitraries.js';

const sizes = fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 9 });
const min = fc.integer({ min: 2, max: 10 });
const groupsOf = (xs: number[]) => xs.map((size, i) => ({ id: `s${i}`, size }));

describe('small-group suppression', () => {
  it('no shown group is under N, the merged row is at least N and of two groups or more, every group is placed once', () => {
    fc.assert(
      fc.property(sizes, min, (xs, n) => {
        const groups = groupsOf(xs);
        const s = suppress(groups, n);
        const size = new Map(groups.map((g) => [g.id, g.size]));
        for (const id of s.shown) expect(size.get(id)).toBeGreaterThanOrEqual(n);
        if (s.merged.length) {
          expect(s.merged.length).toBeGreaterThanOrEqual(2);
          expect(s.mergedSize).toBeGreaterThanOrEqual(n);
          expect(s.mergedSize).toBe(s.merged.reduce((t, id) => t + size.get(id)!, 0));
        }
        const placed = [...s.shown, ...s.merged, ...s.hidden].sort();
        expect(placed).toEqual(groups.filter((g) => g.size > 0).map((g) => g.id).sort());
      }),
      { numRuns: RUNS },
    );
  });

  it('nothing hidden can be derived: the total minus what is shown is 0, or everything (then flagged as inferable)', () => {
    fc.assert(
      fc.property(sizes, min, (xs, n) => {
        const groups = groupsOf(xs);
        const s = suppress(groups, n);
        const total = xs.reduce((t, x) => t + x, 0);
        const shown = groups.filter((g) => s.shown.includes(g.id)).reduce((t, g) => t + g.size, 0) + s.mergedSize;
        const remainder = total - shown;
        // What a reader can compute of the groups not shown: the total minus the groups shown and the merged row.
        if (s.hidden.length) {
          expect(remainder).toBe(total);
          expect(s.inferable).toBe(true);
          expect(total).toBeLessThan(n);
        } else {
          expect(remainder).toBe(0);
        }
        // No single group under N is ever the difference between the total and a shown part of it.
        for (const g of groups.filter((x) => x.size > 0 && x.size < n)) expect(s.shown).not.toContain(g.id);
      }),
      { numRuns: RUNS },
    );
  });

  it('a merged row is never one group under N recoverable from the others: removing any shown group keeps it at N or more', () => {
    fc.assert(
      fc.property(sizes, min, (xs, n) => {
        const s = suppress(groupsOf(xs), n);
        // The merged row is the only figure covering several groups: each of its parts under N is never shown alone.
        for (const id of s.merged) expect(s.shown).not.toContain(id);
        expect(s.inferable).toBe(xs.reduce((t, x) => t + x, 0) < n && xs.some((x) => x > 0));
      }),
      { numRuns: RUNS },
    );
  });

  it('in a report: sector scores are N or more, comments and incomplete lines name only shown sectors or the merged row', () => {
    fc.assert(
      fc.property(scenarioArb(), min, ({ shape, responses }, n) => {
        const q = questionnaireOf(shape);
        const r = score(q, responses, { lang: 'fr', minGroupSize: n });
        const visible = new Set([...r.collective.sectorScores.map((s) => s.sector), null]);
        for (const s of r.collective.sectorScores) expect(s.responses).toBeGreaterThanOrEqual(n);
        for (const c of r.collective.comments) expect(visible.has(c.sector)).toBe(true);
        for (const c of r.collective.incomplete ?? []) expect(visible.has(c.sector)).toBe(true);
        const counted = r.collective.sectorScores.reduce((t, s) => t + s.responses, 0);
        expect(counted === r.responses || (counted === 0 && r.responses < n)).toBe(true);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
