// The questionnaire as a LimeSurvey tab-separated survey structure file (Surveys → Import, .txt): one row per
// survey setting, group, question and answer option, repeated per language, as LimeSurvey's own TSV export lays them out.
import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../../questionnaire/schema.js';
import { surveyText } from '../../i18n/survey.js';
import { LIMESURVEY_UNKNOWN } from '../codes.js';
import { text, type Spec } from './spec.js';

const COLUMNS = ['class', 'type/scale', 'name', 'relevance', 'text', 'help', 'language', 'validation', 'mandatory', 'other', 'default', 'same_default'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

export function limesurvey(spec: Spec): string {
  const rows: Row[] = [];
  const [base, ...others] = spec.langs;
  rows.push({ class: 'S', name: 'language', text: base });
  if (others.length) rows.push({ class: 'S', name: 'additional_languages', text: others.join(' ') });
  rows.push({ class: 'S', name: 'format', text: 'G' }, { class: 'S', name: 'anonymized', text: 'N' }, { class: 'S', name: 'datestamp', text: 'Y' });
  for (const lang of spec.langs) {
    rows.push({ class: 'SL', name: 'surveyls_title', text: text(spec.q.title, lang), language: lang });
    rows.push({ class: 'SL', name: 'surveyls_description', text: text(spec.q.description, lang), language: lang });
  }
  // Each item's row in every language, one after the other: how LimeSurvey writes (and reads) translations.
  const each = (make: (lang: Lang) => Row) => spec.langs.forEach((lang) => rows.push({ ...make(lang), language: lang }));
  const f = (lang: Lang) => surveyText[lang].fields;
  each((l) => ({ class: 'G', name: f(l).group, relevance: '1' }));
  each((l) => ({ class: 'Q', 'type/scale': 'S', name: 'territory', relevance: '1', text: f(l).territory, help: f(l).territoryHelp, mandatory: 'Y' }));
  each((l) => ({ class: 'Q', 'type/scale': 'L', name: 'sector', relevance: '1', text: f(l).sector, mandatory: 'Y', other: 'N' }));
  for (const s of spec.sectors) each((l) => ({ class: 'A', 'type/scale': '0', name: s.code, text: text(s.label, l) }));
  each((l) => ({ class: 'Q', 'type/scale': 'S', name: 'name', relevance: '1', text: f(l).name, help: f(l).nameHelp, mandatory: 'N' }));
  each((l) => ({ class: 'Q', 'type/scale': 'D', name: 'date', relevance: '1', text: f(l).date, mandatory: 'N' }));
  const codeOf = new Map(spec.sectors.map((s) => [s.id, s.code]));
  for (const g of spec.groups) {
    each((l) => ({ class: 'G', name: text(g.title, l), relevance: '1', text: text(g.summary, l) }));
    for (const x of g.questions) {
      // A question for some audiences only is shown to the sectors of those audiences (LimeSurvey's expression manager).
      const relevance = x.sectors ? x.sectors.map((id) => `sector.NAOK == "${codeOf.get(id)}"`).join(' or ') : '1';
      each((l) => ({ class: 'Q', 'type/scale': 'L', name: x.code, relevance, text: text(x.text, l), help: text(x.help, l), mandatory: 'N', other: 'N' }));
      x.levels.forEach((level, v) => each((l) => ({ class: 'A', 'type/scale': '0', name: String(v), text: text(level, l) })));
      each((l) => ({ class: 'A', 'type/scale': '0', name: LIMESURVEY_UNKNOWN, text: surveyText[l].unknown }));
    }
  }
  return stringify([COLUMNS as unknown as string[], ...rows.map((r) => COLUMNS.map((c) => r[c] ?? ''))], { delimiter: '\t', record_delimiter: '\n' });
}
