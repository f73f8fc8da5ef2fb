// The pure parts of trend: time order and the sparkline.
import { describe, expect, it } from 'vitest';
import type { CompareInput } from '../../src/compare/compare.js';
import { timeOrder } from '../../src/trend/trend.js';
import { sparkline } from '../../src/reporters/series.js';

const input = (to: string | null) => ({ report: { dates: { from: to, to } }, source: 'answers' }) as unknown as CompareInput;

describe('timeOrder', () => {
  it('sorts by the last response\'s date, keeping the order given for one date', () => {
    expect(timeOrder(['2025-03-01', '2023-05-01', '2025-03-01', '2024-01-31'].map(input))).toEqual({ order: 'dates', indices: [1, 3, 0, 2] });
  });

  it('keeps the order given when a set has no date', () => {
    expect(timeOrder(['2025-03-01', null, '2023-01-01'].map(input))).toEqual({ order: 'given', indices: [0, 1, 2] });
  });
});

describe('sparkline', () => {
  it('draws one block per point on the absolute 0–100 scale, blank for no score', () => {
    expect(sparkline([0, 12.4, 12.5, 50, 87.4, 87.5, 100, null])).toBe('▁▁▂▅▇██ ');
    // Not stretched to the series' range: a flat series stays flat.
    expect(sparkline([50, 51, 52])).toBe('▅▅▅');
  });
});
