// Hostile size and shape, generated here (never committed): the error path stays linear and short. Each run must
// finish (a generous timeout) with a few dozen lines at most and a count of the rest; wall-clock ratios are the
// bench's business.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, fixture } from '../helpers/cli.js';
import { MAX_PROBLEMS } from '../../src/input/cap.js';

const dir = mkdtempSync(join(tmpdir(), 'ic-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const OK = readFileSync(fixture('answers/collective/01-college-jean-zay.yaml'), 'utf8');
const TIMEOUT = 120_000;

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const lines = (stderr: string) => stderr.trimEnd().split('\n');
// The count is written as English writes numbers (39,940).
const rest = (stderr: string) => Number(/… and ([\d,]+) more problems not shown/.exec(stderr)?.[1]?.replaceAll(',', ''));

describe('hostile size and shape', () => {
  it('a 30 MB answer file with one unknown key: its one line', () => {
    const docs = Array.from({ length: Math.ceil(30e6 / OK.length) }, () => OK);
    docs[docs.length - 3] = OK.replace('territory:', 'colour: red\nterritory:');
    const path = write('big.yaml', docs.join('---\n'));
    const r = bin(['report', path]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/big\.yaml:\d+:1: colour: unknown key$/)]);
  }, TIMEOUT);

  it.each([
    ['top-level keys', (n: number) => OK + Array.from({ length: n }, (_, i) => `x${i}: 1\n`).join(''), 'unknown key'],
    ['question ids', (n: number) => OK.replace('answers:\n', `answers:\n${Array.from({ length: n }, (_, i) => `  urgence.k${i}: 1\n`).join('')}`), 'unknown question id'],
  ])('40,000 unknown %s: the first ones and a count of the rest', (_name, make, message) => {
    const path = write('keys.yaml', make(40_000));
    for (const command of ['report', 'validate']) {
      const r = bin([command, path]);
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toHaveLength(MAX_PROBLEMS + 1);
      expect(lines(r.stderr)[0]).toContain(message);
      // (and the answers of the fixture that the newest version does not know)
      expect(rest(r.stderr)).toBeGreaterThanOrEqual(40_000 - MAX_PROBLEMS);
      expect(rest(r.stderr)).toBeLessThan(40_100 - MAX_PROBLEMS);
    }
  }, TIMEOUT);

  it('300,000 keys and a duplicate: the duplicate, named', () => {
    const path = write('dup.yaml', `${OK}${Array.from({ length: 300_000 }, (_, i) => `x${i}: 1\n`).join('')}x5: 2\n`);
    const r = bin(['report', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${path}:${OK.split('\n').length + 300_000}:1: duplicate key "x5"\n`);
  }, TIMEOUT);

  it('a 20 MB comment: refused in one line, within bounded memory', () => {
    const path = write('comment.yaml', OK.replace('urgence.enjeu-precis: 2', `urgence.enjeu-precis: { value: 2, comment: "${'c'.repeat(20e6)}" }`));
    const r = bin(['report', path], { env: { NODE_OPTIONS: '--max-old-space-size=256' } });
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([expect.stringMatching(/comment\.yaml:10:\d+: answers\.urgence\.enjeu-precis\.comment: /)]);
  }, TIMEOUT);
});
