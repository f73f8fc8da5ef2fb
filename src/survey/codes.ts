// The codes a survey tool is given for the questionnaire (survey export) and recognised back (survey import).
import type { Questionnaire } from '../questionnaire/schema.js';

/** LimeSurvey caps a question code at 20 characters (letters and digits, a letter first) and an answer code at 5. */
const MAX_QUESTION_CODE = 20;

/** The respondent fields of an exported survey, by their code (the same in every tool). */
export const FIELDS = ['territory', 'sector', 'name', 'date'] as const;
export type Field = (typeof FIELDS)[number];

/** Answer codes: the level itself, and "unknown" (LimeSurvey's 5-character answer codes get "UNK"). */
export const UNKNOWN_CODE = 'unknown';
export const LIMESURVEY_UNKNOWN = 'UNK';

/**
 * A question code per question id, usable by every tool: the initials of the dimension, then the question's words
 * ("urgence.constat-partage" → "uConstatPartage", "engagement-inclusif.equite" → "eiEquite"), cut to 20 characters;
 * a code taken already (by a field or an earlier question) gets a number at its end.
 */
export function questionCodes(q: Questionnaire): Map<string, string> {
  const taken = new Set<string>(FIELDS);
  const codes = new Map<string, string>();
  for (const d of q.dimensions) {
    for (const { id } of d.questions) {
      const [dimension = '', question = ''] = id.split('.');
      const initials = dimension.split('-').map((w) => w[0]).join('');
      const words = question.split('-').filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1));
      const base = `${/^[a-z]/.test(initials) ? '' : 'q'}${initials}${words.join('')}`;
      let code = base.slice(0, MAX_QUESTION_CODE);
      for (let n = 2; taken.has(code); n++) code = `${base.slice(0, MAX_QUESTION_CODE - String(n).length)}${n}`;
      taken.add(code);
      codes.set(id, code);
    }
  }
  return codes;
}

/** A sector's answer code in LimeSurvey (S01, S02…: a sector id may be longer than 5 characters). */
export function sectorCode(index: number): string {
  return `S${String(index + 1).padStart(2, '0')}`;
}
