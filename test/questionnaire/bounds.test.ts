// Numbers stay numbers: weights, targets and counts are bounded where they are read, and no NaN reaches a threshold.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, checksOf, outcome, type ThresholdFlags } from '../../src/config/thresholds.js';
import { MAX_WEIGHT } from '../../src/core/patterns.js';
import { preconditionStatus } from '../../src/scoring/advice.js';
import type { Report } from '../../src/scoring/report.js';
import { cli, fixture } from '../helpers/cli.js';

const MINI = readFileSync(fixture('questionnaires/mini.yaml'), 'utf8');
const ANSWERS = fixture('hostile/answers/ok.yaml');
const dir = mkdtempSync(join(tmpdir(), 'ic-bounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};
/** mini.yaml with both urgence weights set to `w` (its second question has weight 2, its first none). */
const weighted = (w: string) => MINI.replace('        weight: 2\n', `        weight: ${w}\n`).replace(/(- id: urgence\.q1\n)/, `$1        weight: ${w}\n`);

describe('a questionnaire', () => {
  it.each(['1e307', '1e308', '1001'])('refuses a weight of %s, at its line, instead of scoring NaN', async (w) => {
    const q = write(`w-${w}.yaml`, weighted(w));
    const r = await cli(['report', '-q', q, ANSWERS, '--fail-under', '50']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/w-.*\.yaml:\d+:17: dimensions\[0\]\.questions\[0\]\.weight: must be at most 1,000$/m);
  });

  it(`accepts weights up to ${MAX_WEIGHT}, and scores them as numbers`, async () => {
    const q = write('w-max.yaml', weighted(String(MAX_WEIGHT)));
    const r = await cli(['report', '-q', q, ANSWERS, '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.dimensions[0]!.score).toBe(50);
  });
});

describe('a JSON report read by compare', () => {
  it.each([
    ['a weight of 1e308', (t: string) => t.replace(/"weight": 1\b/, '"weight": 1e308')],
    ['a count of 1e15', (t: string) => t.replace(/"distribution": \[\s*(\d+)/, '"distribution": [1000000000000000')],
  ])('refuses %s', async (_, spoil) => {
    const json = (await cli(['report', '-q', fixture('questionnaires/mini.yaml'), ANSWERS, '--format', 'json'])).stdout;
    const spoiled = spoil(json);
    expect(spoiled).not.toBe(json);
    const before = write('before.json', spoiled);
    const r = await cli(['compare', '-q', fixture('questionnaires/mini.yaml'), before, ANSWERS]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/before\.json/);
  });
});

describe('no NaN reaches a threshold', () => {
  const report = (components: number, dimension: number) =>
    ({ indices: { preconditions: 50, components }, dimensions: [{ id: 'd', title: 'D', score: dimension }] }) as unknown as Report;
  const thresholdFailures = (r: Report, flags: ThresholdFlags, lang: 'en') => {
    const o = outcome(r, check(r, checksOf([], flags, r)), lang);
    expect(o.failed).toBe(o.lines.length > 0);
    return o.lines;
  };

  it('--fail-under and --min-dimension fail on NaN or Infinity, never pass', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      const failures = thresholdFailures(report(bad, bad), { failUnder: 50, minDimension: 25 }, 'en');
      expect(failures, String(bad)).toHaveLength(2);
    }
    expect(thresholdFailures(report(NaN, 80), { failUnder: 50 }, 'en')).toEqual([expect.stringContaining('--fail-under 50')]);
  });

  it('a precondition scored NaN is unknown, not met', () => {
    const d = { score: NaN, coverage: { manyUnknown: false } } as Parameters<typeof preconditionStatus>[0];
    expect(preconditionStatus(d, 50)).toBe('unknown');
  });
});
