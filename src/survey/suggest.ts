// `survey import --suggest-map`: a starting mapping file, with what was recognised and TODO where nothing was.
import { stringify } from 'yaml';
import type { Lang } from '../questionnaire/schema.js';
import { surveyText } from '../i18n/survey.js';
import type { AnswerValue } from '../answers/schema.js';
import { TODO } from './map.js';
import { levelIndex, levelOf, normalise, sectorIndex } from './recognise.js';
import { readTable, recognise } from './read.js';
import type { SurveyOptions } from './options.js';

/** At most this many distinct unrecognised cell texts are listed (a free-text column would list every answer). */
const MAX_VALUES = 50;

export async function suggestMap(files: string[], opts: SurveyOptions, lang: Lang): Promise<string> {
  const columns: Record<string, string> = {};
  const values: Record<string, AnswerValue | typeof TODO> = {};
  const sectors: Record<string, string> = {};
  let questionnaire = '';
  let territory = false;
  for (const file of files) {
    const table = await readTable(file, opts);
    const { loaded, mapping, columns: cols } = await recognise(table, opts, true);
    const q = loaded.questionnaire;
    questionnaire = loaded.builtin ? q.id : loaded.file;
    const questions = new Map(q.dimensions.flatMap((d) => d.questions.map((x) => [x.id, x] as const)));
    const sectorTexts = sectorIndex(q, mapping.sectors);
    const indexes = table.header.map((header, i) => {
      const t = cols.targets[i]!;
      columns[header] = cols.unknown.includes(i) ? TODO : t.kind === 'question' ? t.id : t.kind === 'field' ? t.field : 'ignore';
      if (t.kind === 'field' && t.field === 'territory') territory = true;
      return t.kind === 'question' ? levelIndex(questions.get(t.id)!, q, mapping.values) : undefined;
    });
    // Column by column, as a person reads the mapping (the rows are read once: see Table.eachRow).
    const found = table.header.map(() => new Set<string>());
    table.eachRow((row) => {
      for (const [i, t] of cols.targets.entries()) {
        const cell = row[i]!.trim();
        const index = indexes[i];
        if ((index && levelOf(cell, index) === null) || (t.kind === 'field' && t.field === 'sector' && cell !== '' && !sectorTexts.has(normalise(cell)))) found[i]!.add(cell);
      }
    });
    for (const [i, t] of cols.targets.entries()) {
      for (const cell of found[i]!) {
        if (indexes[i] && Object.keys(values).length < MAX_VALUES) values[cell] = TODO;
        if (t.kind === 'field' && t.field === 'sector') sectors[cell] = TODO;
      }
    }
  }
  const body = stringify(
    { questionnaire, ...(territory ? {} : { territory: TODO }), columns, values, sectors },
    { lineWidth: 0 },
  );
  return `${surveyText[lang].mapHeader.map((l) => `# ${l}`.trimEnd()).join('\n')}\n${body}`;
}
