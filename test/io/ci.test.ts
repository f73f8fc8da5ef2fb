import { describe, expect, it } from 'vitest';
import { ciSet } from '../../src/io/ci.js';
import { interactive } from '../../src/commands/assess.js';
import type { Io } from '../../src/io/process.js';

describe('CI set', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['false', false],
    ['FALSE', false],
    ['1', true],
    ['true', true],
    ['yes', true],
    ['woodpecker', true],
  ])('CI=%j: %s', (value, set) => {
    const env = value === undefined ? {} : { CI: value };
    expect(ciSet(env)).toBe(set);
    // assess prompts at a terminal exactly when CI is not set.
    const io = { stdinIsTTY: true, stdoutIsTTY: true, env } as unknown as Io;
    expect(interactive(io)).toBe(!set);
  });
});
