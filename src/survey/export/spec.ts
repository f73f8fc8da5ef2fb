// What every survey export says, whatever the tool: the questions in order with their codes, levels and audiences,
// and the respondent fields. One model, so that the three targets cannot drift apart.
import type { Lang, LocalizedText, Questionnaire } from '../../questionnaire/schema.js';
import { localize } from '../../i18n/localize.js';
import { AUDIENCES } from '../../core/patterns.js';
import { questionCodes, sectorCode } from '../codes.js';

export interface SpecQuestion {
  id: string;
  code: string;
  text: LocalizedText;
  help?: LocalizedText;
  levels: LocalizedText[];
  /** The sectors it is asked of, when not every sector (a question meant for some audiences only). */
  sectors?: string[];
}

export interface SpecGroup {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  questions: SpecQuestion[];
}

export interface Spec {
  q: Questionnaire;
  /** The languages written, the run's first. */
  langs: Lang[];
  groups: SpecGroup[];
  sectors: { id: string; code: string; label: LocalizedText }[];
}

export function surveySpec(q: Questionnaire, lang: Lang): Spec {
  const codes = questionCodes(q);
  const langs = [lang, ...q.languages.filter((l) => l !== lang)].filter((l) => q.languages.includes(l));
  const sectorsOf = (audiences: readonly string[]) => q.sectors.filter((s) => audiences.includes(s.audience)).map((s) => s.id);
  return {
    q,
    langs: langs.length ? langs : q.languages,
    sectors: q.sectors.map((s, i) => ({ id: s.id, code: sectorCode(i), label: s.label })),
    groups: q.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      summary: d.summary,
      questions: d.questions.map((x) => ({
        id: x.id,
        code: codes.get(x.id)!,
        text: x.text,
        ...(x.help && { help: x.help }),
        levels: x.levels,
        ...(x.audience && x.audience.length < AUDIENCES.length && { sectors: sectorsOf(x.audience) }),
      })),
    })),
  };
}

/** The text in `lang`, on one line (a survey tool's cell). */
export function text(t: LocalizedText | undefined, lang: Lang): string {
  return localize(t, lang).replace(/\s*\n\s*/g, ' ');
}
