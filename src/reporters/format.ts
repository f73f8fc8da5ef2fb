// Numbers and dates as every format writes them: a decimal comma in French, "30 novembre 2026" / "30 November
// 2026", as Intl writes them for fr-FR and en-GB (test/reporters/format.test.ts compares them, day by day). Not
// Intl itself: its first use loads ICU's locale data, 10 to 40 ms, more than a short report's whole run.
// JSON keeps numbers and ISO dates as they are.
import { reportText } from '../i18n/report.js';
import type { Lang } from '../questionnaire/schema.js';

/** The locale whose Intl output these functions match (test/reporters/format.test.ts checks them against Intl). */
export const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A score, gap or index with one decimal (a decimal comma in French); "—" when there is none. */
export function num(x: number | null, lang: Lang): string {
  if (x === null) return '—';
  const s = (Object.is(x, -0) ? 0 : x).toFixed(1);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

/** A target as given (75, 62.5), without a forced decimal. */
export function targetText(x: number, lang: Lang): string {
  return num(x, lang).replace(/[.,]0$/, '');
}

/** "+8,1", "-1,0", "0,0"; "—" when there is no change to compute. */
export function signed(x: number | null, lang: Lang): string {
  if (x === null) return '—';
  return x > 0 ? `+${num(x, lang)}` : num(x, lang);
}

const MONTHS: Record<Lang, readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Year, month (1..12) and day of an existing ISO date "YYYY-MM-DD"; null for anything else. */
function parts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? [y, mo, d] : null;
}

/** "2025-03-04" → "4 mars 2025" / "4 March 2025" ("1er" in French); a string of another shape is returned as it is. */
export function longDate(iso: string, lang: Lang): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${lang === 'fr' && p[2] === 1 ? '1er' : p[2]} ${MONTHS[lang][p[1] - 1]} ${p[0]}`;
}

/** "2025-03-18" → "mars 2025" / "March 2025": short enough for a chart legend. */
export function monthYear(iso: string, lang: Lang): string {
  const p = parts(iso);
  return p ? `${MONTHS[lang][p[1] - 1]} ${p[0]}` : iso;
}

/** The period of the responses: "du 3 mars 2025 au 21 mars 2025", "le 14 février 2025", or "sans date". */
export function dateRange(dates: { from: string | null; to: string | null }, lang: Lang): string {
  const t = reportText[lang].period;
  if (!dates.from || !dates.to) return t.none;
  if (dates.from === dates.to) return t.one(longDate(dates.from, lang));
  return t.range(longDate(dates.from, lang), longDate(dates.to, lang));
}
