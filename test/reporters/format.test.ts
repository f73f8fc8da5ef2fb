// Numbers and dates are written as Intl writes them for the reports' locales (Intl is the oracle here; the code
// does without it at run time, ICU's first use costing more than a short report).
import { describe, expect, it } from 'vitest';
import { dateRange, LOCALE, longDate, monthYear, num, signed, targetText } from '../../src/reporters/format.js';

const LANGS = ['fr', 'en'] as const;

describe('format', () => {
  it('writes every day of 2020–2031 as Intl does (with "1er" in French), and its month', () => {
    for (const lang of LANGS) {
      const long = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const month = new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2032, 0, 1); t += 86_400_000) {
        const d = new Date(t);
        const iso = d.toISOString().slice(0, 10);
        const expected = long.format(d);
        expect(longDate(iso, lang)).toBe(lang === 'fr' && d.getUTCDate() === 1 ? expected.replace(/^1 /, '1er ') : expected);
        expect(monthYear(iso, lang)).toBe(month.format(d));
      }
    }
  });

  it('leaves what is not a date as it is', () => {
    for (const s of ['2025-02-30', '2025-13-01', '2025-3-1', 'hier']) expect(longDate(s, 'fr')).toBe(s);
  });

  it('writes scores, gaps and changes with one decimal as Intl does (a decimal comma in French)', () => {
    for (const lang of LANGS) {
      const one = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false, signDisplay: 'negative' });
      for (let k = -1000; k <= 1000; k++) {
        const x = Math.round(k) / 10;
        expect(num(x, lang)).toBe(one.format(x));
        expect(signed(x, lang)).toBe(x > 0 ? `+${one.format(x)}` : one.format(x));
      }
    }
    expect(num(-0, 'fr')).toBe('0,0');
    expect(targetText(62.5, 'fr')).toBe('62,5');
    expect(targetText(75, 'en')).toBe('75');
  });

  it('writes the period in one style per language', () => {
    expect(dateRange({ from: '2026-11-30', to: '2026-11-30' }, 'fr')).toBe('le 30 novembre 2026');
    expect(dateRange({ from: '2026-11-01', to: '2026-11-30' }, 'en')).toBe('from 1 November 2026 to 30 November 2026');
  });
});
