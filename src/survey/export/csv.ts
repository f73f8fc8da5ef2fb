// The questionnaire as CSV: the header row a hand-made form or a spreadsheet should have (question ids as
// columns), and a second file saying what each column holds and each code means.
import { stringify } from 'csv-stringify/sync';
import { surveyText } from '../../i18n/survey.js';
import { FIELDS, UNKNOWN_CODE } from '../codes.js';
import { neutralise } from '../../io/formula.js';
import { text, type Spec } from './spec.js';

export function csvHeader(spec: Spec): string {
  const ids = spec.groups.flatMap((g) => g.questions.map((x) => x.id));
  return stringify([[...FIELDS, ...ids].map(neutralise)], { record_delimiter: '\r\n' });
}

export function csvCodes(spec: Spec): string {
  const lang = spec.langs[0]!;
  const t = surveyText[lang];
  const rows: string[][] = [[t.codes.column, t.codes.code, t.codes.meaning]];
  rows.push(['territory', '', t.fields.territory], ['name', '', t.fields.name], ['date', 'YYYY-MM-DD', t.fields.date]);
  for (const s of spec.sectors) rows.push(['sector', s.id, text(s.label, lang)]);
  for (const g of spec.groups) {
    for (const x of g.questions) {
      rows.push([x.id, '', text(x.text, lang)]);
      x.levels.forEach((level, v) => rows.push([x.id, String(v), text(level, lang)]));
      rows.push([x.id, UNKNOWN_CODE, t.unknown]);
    }
  }
  return stringify(rows.map((r) => r.map(neutralise)), { record_delimiter: '\r\n' });
}
