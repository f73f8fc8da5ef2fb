// How answers to one question spread: standard deviation, Leik's dispersion, and the divergence rule.
import type { QuestionSpread } from './report.js';
import { round1 } from './round.js';

/**
 * Respondents needed on each side of a two-level gap for a question to be "to discuss": 15 % of the numeric
 * answers and at least 2, so that one outlier is no divergence in a group of 15; but 1 in a group of 2 or 3,
 * where one person is a third of the group or more.
 */
export function sideSize(n: number): number {
  return Math.min(Math.max(2, Math.ceil((15 * n) / 100)), Math.floor(n / 2));
}

/** The two-level gap (0 | 2–3, or 0–1 | 3) whose smaller side is largest; ties go to 0 | 2–3. */
export function widestSplit(distribution: readonly number[]): { at: number; below: number; above: number } {
  const [d0 = 0, d1 = 0, d2 = 0, d3 = 0] = distribution;
  const splits = [
    { at: 0, below: d0, above: d2 + d3 },
    { at: 1, below: d0 + d1, above: d3 },
  ];
  return splits[1]!.below > 0 && Math.min(splits[1]!.below, splits[1]!.above) > Math.min(splits[0]!.below, splits[0]!.above) ? splits[1]! : splits[0]!;
}

/**
 * Leik's ordinal dispersion, × 100: 0 when everyone chose one level, 100 when half chose 0 and half 3.
 * From the cumulative shares F of levels 0, 1, 2: 2/(k − 1) × Σ min(F, 1 − F), with k = 4 levels.
 */
export function dispersion(distribution: readonly number[]): number {
  const n = distribution.reduce((a, b) => a + b, 0);
  if (n === 0) return 0;
  let cumulative = 0;
  let sum = 0;
  for (const count of distribution.slice(0, 3)) {
    cumulative += count;
    sum += Math.min(cumulative, n - cumulative) / n;
  }
  return round1((100 * 2 * sum) / 3);
}

/** Min, max, population standard deviation (÷ n) and "to discuss" of a question's numeric answers. */
export function questionSpread(distribution: readonly number[]): QuestionSpread {
  const n = distribution.reduce((a, b) => a + b, 0);
  if (n === 0) return { min: null, max: null, sd: null, toDiscuss: false };
  const levels = distribution.flatMap((count, level) => (count > 0 ? [level] : []));
  const min = levels[0]!;
  const max = levels[levels.length - 1]!;
  const mean = distribution.reduce((s, count, level) => s + count * level, 0) / n;
  const variance = distribution.reduce((s, count, level) => s + count * (level - mean) ** 2, 0) / n;
  const split = widestSplit(distribution);
  const k = sideSize(n);
  return { min, max, sd: round1(Math.sqrt(variance)), toDiscuss: k > 0 && split.below >= k && split.above >= k };
}
