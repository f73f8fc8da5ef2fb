// The terminal's width: fast-string-width's, with a shortcut for the characters of one column that the reports use.
import stringWidth from 'fast-string-width';
import fc from 'fast-check';
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

describe('wrap keeps French punctuation with its word', () => {
  it('never starts a line with a sign written after a plain space, nor ends one with «', () => {
    // 41 columns: the plain space before « ? » is where the line would break.
    expect(wrap('Le territoire dispose-t-il d’un diagnostic ? Oui.', 42)).toEqual(['Le territoire dispose-t-il d’un', 'diagnostic ? Oui.']);
    expect(wrap('Partagé : écrit ensemble', 9)).toEqual(['Partagé :', 'écrit', 'ensemble']);
    expect(wrap('on vise « la réussite éducative » en général', 11)).toEqual(['on vise', '« la', 'réussite', 'éducative »', 'en général']);
    expect(wrap('Vraiment ! Enfin ?!', 10)).toEqual(['Vraiment !', 'Enfin ?!']);
    // A word and its sign longer than the line: broken between them rather than inside the word.
    expect(wrap('anticonstitutionnellement ?', 26)).toEqual(['anticonstitutionnellement', '?']);
  });

  it('does not break at a non-breaking space', () => {
    expect(wrap('Un\u00a0diagnostic\u202f? Oui', 16)).toEqual(['Un\u00a0diagnostic\u202f?', 'Oui']);
    expect(wrap('les 10\u00a0000 réponses', 9)).toEqual(['les', '10\u00a0000', 'réponses']);
  });

  it('on any text: lines within the width (by the library), none starting with ? : ! ; » after the first, words kept in order', () => {
    // A word, maybe opened by « and closed by a sign: each such group is narrower than the narrowest line.
    const group = fc.tuple(fc.boolean(), fc.constantFrom('le', 'diagnostic', 'partagé', 'écrit', 'territoire', 'Qui', '🚀', 'a'), fc.constantFrom('', '?', ':', '!', ';', '»', '?!'));
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 40 }), fc.integer({ min: 16, max: 80 }), (groups, width) => {
        const text = groups.map(([open, word, sign]) => [open ? '«' : '', word, sign].filter(Boolean).join(' ')).join(' ');
        const lines = wrap(text, width);
        for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(width);
        lines.slice(1).forEach((l) => expect(l).not.toMatch(/^[?:!;»]/));
        lines.slice(0, -1).forEach((l) => expect(l).not.toMatch(/«$/));
        expect(lines.join(' ')).toBe(text);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });
});
