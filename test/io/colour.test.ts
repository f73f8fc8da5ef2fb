// The one colour module: its styles write exactly what chalk writes at its basic level (chalk is only a test
// dependency now), and its policy decides colour for every command.
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paint, useColour } from '../../src/io/colour.js';

const chalk = new Chalk({ level: 1 });
const STYLES = ['bold', 'dim', 'green', 'yellow', 'cyan', 'red'] as const;
// Texts with line breaks and escape codes of their own (a styled part inside a styled part).
const text = fc.array(fc.oneof(fc.string(), fc.constantFrom('\n', '\r\n', '\u001b[22m', '\u001b[39m', '\u001b[1m', 'é', '█')), { maxLength: 12 }).map((parts) => parts.join(''));

describe('paint', () => {
  it('writes what chalk writes, style by style and nested', () => {
    const p = paint(true);
    fc.assert(
      fc.property(text, fc.constantFrom(...STYLES), fc.constantFrom(...STYLES), (s, outer, inner) => {
        expect(p[outer](s)).toBe(chalk[outer](s));
        expect(p[outer](`a${p[inner](s)}b`)).toBe(chalk[outer](`a${chalk[inner](s)}b`));
        expect(p.yellow(p.bold(s))).toBe(chalk.yellow.bold(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves text as it is without colour', () => {
    const p = paint(false);
    for (const k of STYLES) expect(p[k]('a\nb\u001b[1m')).toBe('a\nb\u001b[1m');
  });
});

describe('useColour', () => {
  it('follows FORCE_COLOR (the empty value included), then NO_COLOR, then TERM=dumb, then the terminal', () => {
    expect(useColour({}, true)).toBe(true);
    expect(useColour({}, false)).toBe(false);
    expect(useColour({ TERM: 'dumb' }, true)).toBe(false);
    expect(useColour({ NO_COLOR: '1' }, true)).toBe(false);
    expect(useColour({ NO_COLOR: '' }, true)).toBe(true);
    expect(useColour({ FORCE_COLOR: '' }, false)).toBe(true);
    expect(useColour({ FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'dumb' }, false)).toBe(true);
    expect(useColour({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColour({ FORCE_COLOR: 'false' }, true)).toBe(false);
  });
});
