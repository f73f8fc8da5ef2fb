// The terminal's width: fast-string-width's, with a shortcut for the characters of one column that the reports use.
import stringWidth from 'fast-string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, NARROW, wrap, wrapParagraphs } from '../../src/io/width.js';

describe('displayWidth', () => {
  it('takes the shortcut only for characters the library counts as one column', () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (NARROW.test(c) && stringWidth(c) !== 1) wrong.push(cp.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('counts emoji, CJK and combining accents as terminals draw them', () => {
    expect(displayWidth('🚀')).toBe(2);
    expect(displayWidth('👩‍👩‍👧')).toBe(2);
    expect(displayWidth('東京')).toBe(4);
    expect(displayWidth('e\u0301cart')).toBe(5);
    expect(displayWidth('\u001b[1m✓ écart │█\u001b[22m')).toBe(10);
  });

  it('wraps paragraphs with a hanging indent', () => {
    expect(wrapParagraphs('un deux trois\nquatre', 8, '  ')).toEqual(['un deux', '  trois', '  quatre']);
    expect(wrap('🚀🚀🚀', 4)).toEqual(['🚀🚀', '🚀']);
  });
});
