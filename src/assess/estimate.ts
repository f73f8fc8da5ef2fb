// An honest time estimate for a questionnaire, from the amount of text a person reads per question.
import type { Lang, Questionnaire } from '../questionnaire/schema.js';
import { localize } from '../i18n/localize.js';

/** Words per minute: skimming (fast reader who knows the field) and careful reading. */
const FAST_WPM = 300;
const CAREFUL_WPM = 200;
/** Seconds to make up one's mind and press the keys, on top of reading. */
const FAST_DECIDE = 4;
const CAREFUL_DECIDE = 6;

/** [low, high] in seconds for answering every question of `q`, reading its question, help and four levels. */
export function estimateSeconds(q: Questionnaire, lang: Lang): [number, number] {
  let low = 0;
  let high = 0;
  for (const d of q.dimensions) {
    const summary = words(localize(d.summary, lang));
    high += (summary / CAREFUL_WPM) * 60;
    for (const x of d.questions) {
      const n = words([localize(x.text, lang), localize(x.help, lang), ...x.levels.map((l) => localize(l, lang))].join(' '));
      low += (n / FAST_WPM) * 60 + FAST_DECIDE;
      high += (n / CAREFUL_WPM) * 60 + CAREFUL_DECIDE;
    }
  }
  return [low, high];
}

/** Whole minutes; from ten minutes on, to the nearest five (a finer estimate would not be honest). */
export function roundMinutes(seconds: number): number {
  const m = seconds / 60;
  return m >= 10 ? Math.max(10, Math.round(m / 5) * 5) : Math.max(1, Math.round(m));
}

export function estimateMinutes(q: Questionnaire, lang: Lang): [number, number] {
  const [low, high] = estimateSeconds(q, lang);
  return [roundMinutes(low), roundMinutes(high)];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
