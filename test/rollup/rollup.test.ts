// The roll-up's arithmetic and layout helpers: quartiles as R's type 7 (QUARTILE.INC), names broken after hyphens.
import { describe, expect, it } from 'vitest';
import { quantile } from '../../src/rollup/rollup.js';
import { nameLines } from '../../src/reporters/terminal/rollup.js';

describe('quantile', () => {
  // Values from R: quantile(c(...), c(.25, .5, .75), type = 7), and LibreOffice's QUARTILE.INC.
  it.each([
    [[1, 2, 3, 4], [1.75, 2.5, 3.25]],
    [[10, 20, 30], [15, 20, 25]],
    [[7], [7, 7, 7]],
    [[0, 0, 100, 100, 100], [0, 100, 100]],
    [[12.5, 33.3, 50, 66.7, 91.2, 100], [37.475, 58.35, 85.075]],
  ])('%j', (xs, [q1, median, q3]) => {
    expect(quantile(xs, 0.25)).toBeCloseTo(q1!, 9);
    expect(quantile(xs, 0.5)).toBeCloseTo(median!, 9);
    expect(quantile(xs, 0.75)).toBeCloseTo(q3!, 9);
  });
});

describe('nameLines', () => {
  it.each([
    ['Villeneuve-la-Garenne', 15, ['Villeneuve-la-', 'Garenne']],
    ['Cité éducative de Nanterre', 15, ['Cité éducative', 'de Nanterre']],
    ['Saint-Denis', 15, ['Saint-Denis']],
    ['Aaaaaaaaaaaaaaaaaaaa', 8, ['Aaaaaaaa', 'aaaaaaaa', 'aaaa']],
  ])('%s in %i columns', (name, width, lines) => {
    expect(nameLines(name, width)).toEqual(lines);
  });
});
