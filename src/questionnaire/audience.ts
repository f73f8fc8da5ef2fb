// What each audience is asked: the questions meant for it, in its own words (residents are not asked about
// procedures in professionals' terms). A question without `audience` is for everyone.
import type { Audience, Question, Questionnaire } from './schema.js';

/** The audience of a sector (professionals when the sector is unknown to the questionnaire). */
export function audienceOf(q: Questionnaire, sector: string): Audience {
  return q.sectors.find((s) => s.id === sector)?.audience ?? 'professionnels';
}

export function asks(question: Pick<Question, 'audience'>, audience: Audience): boolean {
  return !question.audience || question.audience.includes(audience);
}

/** The questionnaire as `audience` sees it: its questions only, with their wording for it; empty dimensions kept. */
export function forAudience(q: Questionnaire, audience: Audience): Questionnaire {
  return {
    ...q,
    dimensions: q.dimensions.map((d) => ({
      ...d,
      questions: d.questions.filter((x) => asks(x, audience)).map((x) => {
        const w = x.wording?.[audience];
        // The help is written for the question's own wording: an audience's wording brings its own, or none.
        return w ? { ...x, text: w.text, help: w.help, levels: w.levels ?? x.levels } : x;
      }),
    })),
  };
}
