// The questionnaire as an XLSForm workbook (sheets survey, choices, settings) for KoboToolbox and ODK: one
// select_one per question with its own list of levels, a group per dimension, labels in every language.
import type { Lang } from '../../questionnaire/schema.js';
import { surveyText } from '../../i18n/survey.js';
import { UNKNOWN_CODE } from '../codes.js';
import { text, type Spec } from './spec.js';

const LANG_NAMES: Record<Lang, string> = { fr: 'Français (fr)', en: 'English (en)' };

/** The three sheets as rows of text (a header row first): what the workbook holds, and what tests read back. */
export function xlsformSheets(spec: Spec): { sheet: string; rows: string[][] }[] {
  const labels = (prefix: string) => spec.langs.map((l) => `${prefix}::${LANG_NAMES[l]}`);
  const each = (make: (l: Lang) => string) => spec.langs.map(make);
  const survey: string[][] = [['type', 'name', ...labels('label'), ...labels('hint'), 'required', 'relevant']];
  const choices: string[][] = [['list_name', 'name', ...labels('label')]];
  const none = each(() => '');
  const f = (l: Lang) => surveyText[l].fields;
  survey.push(['begin_group', 'respondent', ...each((l) => f(l).group), ...none, '', '']);
  survey.push(['text', 'territory', ...each((l) => f(l).territory), ...each((l) => f(l).territoryHelp), 'yes', '']);
  survey.push(['select_one sectors', 'sector', ...each((l) => f(l).sector), ...none, 'yes', '']);
  for (const s of spec.sectors) choices.push(['sectors', s.id, ...each((l) => text(s.label, l))]);
  survey.push(['text', 'name', ...each((l) => f(l).name), ...each((l) => f(l).nameHelp), 'no', '']);
  survey.push(['date', 'date', ...each((l) => f(l).date), ...none, 'no', '']);
  survey.push(['end_group', '', ...none, ...none, '', '']);
  for (const g of spec.groups) {
    survey.push(['begin_group', g.id, ...each((l) => text(g.title, l)), ...each((l) => text(g.summary, l)), '', '']);
    for (const x of g.questions) {
      const relevant = x.sectors ? x.sectors.map((id) => `selected(\${sector}, '${id}')`).join(' or ') : '';
      survey.push([`select_one ${x.code}`, x.code, ...each((l) => text(x.text, l)), ...each((l) => text(x.help, l)), 'no', relevant]);
      x.levels.forEach((level, v) => choices.push([x.code, String(v), ...each((l) => text(level, l))]));
      choices.push([x.code, UNKNOWN_CODE, ...each((l) => surveyText[l].unknown)]);
    }
    survey.push(['end_group', '', ...none, ...none, '', '']);
  }
  const settings = [
    ['form_title', 'form_id', 'version', 'default_language'],
    [text(spec.q.title, spec.langs[0]!), spec.q.id, spec.q.version, LANG_NAMES[spec.langs[0]!]],
  ];
  return [
    { sheet: 'survey', rows: survey },
    { sheet: 'choices', rows: choices },
    { sheet: 'settings', rows: settings },
  ];
}

/** The workbook's bytes (write-excel-file writes every cell as text: nothing in it is a formula). */
export async function xlsform(spec: Spec): Promise<Uint8Array> {
  const { writeXlsxFile } = await import('../../io/write-excel-file.js');
  const sheets = xlsformSheets(spec).map(({ sheet, rows }) => ({ sheet, data: rows.map((r) => r.map((value) => (value === '' ? null : { value, type: String }))) }));
  return writeXlsxFile(sheets).toBuffer();
}
