// Numbers and dates as every format writes them, with Intl: a decimal comma in French, "30 novembre 2026" /
// "30 November 2026". JSON keeps numbers and ISO dates as they are.
import { reportText } from '../i18n/report.js';
import type { Lang } from '../questionnaire/schema.js';

/** The locale of each language: British English writes the day before the month, as French does. */
const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

const decimal = (lang: Lang) =>
  formatter(`n${lang}`, () => new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false, signDisplay: 'negative' }));
const plainNumber = (lang: Lang) =>
  formatter(`p${lang}`, () => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2, useGrouping: false, signDisplay: 'negative' }));

/** A score, gap or index with one decimal (a decimal comma in French); "—" when there is none. */
export function num(x: number | null, lang: Lang): string {
  return x === null ? '—' : decimal(lang).format(x);
}

/** A target as given (75, 62.5), without a forced decimal. */
export function targetText(x: number, lang: Lang): string {
  return plainNumber(lang).format(x);
}

/** "+8,1", "-1,0", "0,0"; "—" when there is no change to compute. */
export function signed(x: number | null, lang: Lang): string {
  if (x === null) return '—';
  return x > 0 ? `+${num(x, lang)}` : num(x, lang);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utc(iso: string): Date | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3]) ? null : d;
}

/** "2025-03-04" → "4 mars 2025" / "4 March 2025"; a string of another shape is returned as it is. */
export function longDate(iso: string, lang: Lang): string {
  const d = utc(iso);
  if (!d) return iso;
  // French writes the first of the month "1er" (Intl writes "1").
  if (lang === 'fr' && d.getUTCDate() === 1) return `1er ${monthYear(iso, lang)}`;
  return formatter(`d${lang}`, () => new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })).format(d);
}

/** "2025-03-18" → "mars 2025" / "March 2025": short enough for a chart legend. */
export function monthYear(iso: string, lang: Lang): string {
  const d = utc(iso);
  if (!d) return iso;
  return formatter(`m${lang}`, () => new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(d);
}

/** The period of the responses: "du 3 mars 2025 au 21 mars 2025", "le 14 février 2025", or "sans date". */
export function dateRange(dates: { from: string | null; to: string | null }, lang: Lang): string {
  const t = reportText[lang].period;
  if (!dates.from || !dates.to) return t.none;
  if (dates.from === dates.to) return t.one(longDate(dates.from, lang));
  return t.range(longDate(dates.from, lang), longDate(dates.to, lang));
}
