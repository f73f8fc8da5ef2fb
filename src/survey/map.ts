// The mapping file (--map): what a survey export's columns and cell values stand for, where they are not recognised.
import { z } from 'zod';
import { InputError, type Problem } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { capProblems } from '../input/cap.js';
import { problemAt, zodProblems } from '../input/problems.js';
import { parseYamlDocuments } from '../input/yaml.js';
import { closest } from '../core/suggest.js';
import { AnswerValue } from '../answers/schema.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { FIELDS } from './codes.js';
import type { Mapping, Target } from './recognise.js';

export const TODO = 'TODO';

const Text = z.string().min(1);
export const SurveyMap = z
  .strictObject({
    questionnaire: Text.optional().describe('the questionnaire: built-in id or path (as -q)'),
    territory: Text.optional().describe("every row's territory, when the export has no territory column"),
    sector: Text.optional().describe("every row's sector id, when the export has no sector column"),
    columns: z
      .record(z.string(), Text)
      .default({})
      .describe('column header → question id, territory, sector, name, date, or ignore'),
    values: z.record(z.string(), z.union([AnswerValue, z.literal(TODO)])).default({}).describe('cell text → 0, 1, 2, 3 or unknown, for every question'),
    sectors: z.record(z.string(), Text).default({}).describe('cell text of the sector column → sector id'),
  })
  .describe('What the columns and cells of a survey export stand for (impact-collectif survey import --map).');
export type SurveyMap = z.infer<typeof SurveyMap>;


/** Parses a mapping file's text: its shape (with file:line:col problems), then only the questionnaire's ids. */
export function parseMap(text: string, file: string): { doc: ReturnType<typeof parseYamlDocuments>[number]; map: SurveyMap } {
  const docs = parseYamlDocuments(text, file);
  const doc = docs[0];
  if (!doc || docs.length !== 1) throw new InputError({ file, ...msg('doc.empty') });
  const parsed = SurveyMap.safeParse(doc.value ?? {});
  if (!parsed.success) throw new InputError(capProblems(zodProblems(parsed.error, doc, file)));
  return { doc, map: parsed.data };
}

/** The mapping's targets and sectors checked against `q`: a TODO left, an unknown question id or sector, each placed. */
export function checkMap(parsed: ReturnType<typeof parseMap>, q: Questionnaire, file: string): Mapping {
  const { doc, map } = parsed;
  const ids = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
  const sectorIds = q.sectors.map((s) => s.id);
  const problems: Problem[] = [];
  const columns = new Map<string, Target>();
  for (const [header, value] of Object.entries(map.columns)) {
    if (value === TODO) problems.push(problemAt(file, doc, ['columns', header], msg('survey.mapTodo')));
    else if (value === 'ignore') columns.set(header, { kind: 'ignore' });
    else if ((FIELDS as readonly string[]).includes(value)) columns.set(header, { kind: 'field', field: value as (typeof FIELDS)[number] });
    else if (ids.includes(value)) columns.set(header, { kind: 'question', id: value });
    else problems.push(problemAt(file, doc, ['columns', header], msg('survey.mapTarget', { value, near: closest(value, [...ids, ...FIELDS, 'ignore']) })));
  }
  const values = new Map<string, AnswerValue>();
  for (const [text, value] of Object.entries(map.values)) {
    if (value === TODO) problems.push(problemAt(file, doc, ['values', text], msg('survey.mapTodo')));
    else values.set(text, value);
  }
  if (map.territory === TODO) problems.push(problemAt(file, doc, ['territory'], msg('survey.mapTodo')));
  const sectors = new Map<string, string>();
  const sectorsOf: [string[], string][] = Object.entries(map.sectors).map(([text, id]) => [['sectors', text], id]);
  if (map.sector !== undefined) sectorsOf.push([['sector'], map.sector]);
  for (const [path, id] of sectorsOf) {
    if (id === TODO) problems.push(problemAt(file, doc, path, msg('survey.mapTodo')));
    else if (!sectorIds.includes(id)) problems.push(problemAt(file, doc, path, msg('survey.mapSector', { value: id, choices: sectorIds })));
    else if (path[0] === 'sectors') sectors.set(path[1]!, id);
  }
  if (problems.length) throw new InputError(capProblems(problems));
  return { questionnaire: map.questionnaire, territory: map.territory, sector: map.sector, columns, values, sectors };
}
