// Reads a survey export (CSV, XLSX, or a JSON array of records) as responses: the entry of report, compare,
// validate and survey import for these files, loaded only when one is given.
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { readBytes, readInput } from '../input/read.js';
import type { ParsedDocument } from '../input/yaml.js';
import { isPlainObject } from '../core/object.js';
import { builtinIds, DEFAULT_QUESTIONNAIRE, loadQuestionnaire, type LoadedQuestionnaire } from '../questionnaire/builtin.js';
import { responsesOf, type ParsedResponse } from '../answers/responses.js';
import { readCsv } from './csv.js';
import type { SurveyOptions } from './options.js';
import { readXlsx } from './xlsx.js';
import { columnIndex, EMPTY_MAPPING, lookupHeader, type Mapping } from './recognise.js';
import { recogniseColumns, tableResponses, type Columns } from './rows.js';
import { arrayTable, MAX_COLUMNS, MAX_ROWS, position, type Table } from './table.js';

/** What a file of a survey tool became: its table, questionnaire, mapping and recognised columns. */
export interface ReadSurvey {
  table: Table;
  loaded: LoadedQuestionnaire;
  mapping: Mapping;
  columns: Columns;
}

/** The table of a CSV, TSV or XLSX file, told by its name (an XLSX is also told by its ZIP signature). */
export async function readTable(path: string, opts: SurveyOptions): Promise<Table> {
  const { file, bytes } = await readBytes(path, path === '-' ? opts.stdin?.() : undefined);
  const zip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (zip || /\.xlsx$/i.test(path)) return readXlsx(bytes, file, opts.sheet);
  return readCsv(bytes, file, opts.encoding);
}

/** Recognises and checks a table's columns; `lenient` keeps unknown columns (for --suggest-map). */
export async function recognise(table: Table, opts: SurveyOptions, lenient = false): Promise<ReadSurvey> {
  try {
    return await recogniseTable(table, opts, lenient);
  } catch (err) {
    // A file whose rows are broken (a misplaced quote, more cells than headers, too many rows) says so first, as
    // when every row was read before the header was looked at.
    table.eachRow(() => {});
    throw err;
  }
}

async function recogniseTable(table: Table, opts: SurveyOptions, lenient: boolean): Promise<ReadSurvey> {
  // The mapping's module (and zod, its schema) only when there is one.
  const mapModule = opts.map === undefined ? undefined : await import('./map.js');
  const parsedMap = mapModule && opts.map !== undefined ? mapModule.parseMap((await readInput(opts.map)).text, opts.map) : undefined;
  const loaded = await questionnaireOf(table, opts.questionnaire ?? parsedMap?.map.questionnaire);
  const mapping: Mapping = mapModule && parsedMap ? mapModule.checkMap(parsedMap, loaded.questionnaire, opts.map!) : EMPTY_MAPPING;
  const columns = recogniseColumns(table, loaded.questionnaire, mapping, lenient);
  return { table, loaded, mapping, columns };
}

/** The responses of a survey export file (see tableResponses). */
export async function surveyResponses(path: string, opts: SurveyOptions): Promise<ParsedResponse[]> {
  return responsesOfTable(await readTable(path, opts), opts);
}

async function responsesOfTable(table: Table, opts: SurveyOptions): Promise<ParsedResponse[]> {
  const { loaded, mapping, columns } = await recognise(table, opts);
  return tableResponses(table, loaded.questionnaire, loaded.questionnaire.version, mapping, columns);
}

/**
 * The responses of a JSON array: answer files (objects with `answers`) each checked as a document of its own,
 * or flat records (what LimeSurvey and KoboToolbox export as JSON) read as the rows of a table.
 */
export async function arrayResponses(doc: ParsedDocument, file: string, opts: SurveyOptions): Promise<ParsedResponse[]> {
  const items = doc.value as unknown[];
  if (items.length && items.every((x) => isPlainObject(x) && 'answers' in x)) {
    // The array's locator only, not the array: each response keeps its place, not the parsed file.
    const locate = doc.locate;
    const docs: ParsedDocument[] = items.map((value, i) => ({ value, locate: (path, key) => locate([i, ...path], key) }));
    return responsesOf(docs, file);
  }
  return responsesOfTable(recordsTable(doc, file), opts);
}

/** Flat records as a table: the union of their keys, in order of appearance, as the header; the array kept to place problems. */
function recordsTable(doc: ParsedDocument, file: string): Table {
  const items = doc.value as unknown[];
  if (items.length > MAX_ROWS) throw new InputError({ file, ...msg('survey.tooManyRows', { max: MAX_ROWS }) });
  const keys = new Map<string, number>();
  for (const [i, item] of items.entries()) {
    if (!isPlainObject(item)) throw new InputError({ file, ...position(doc, [i]), ...msg('survey.record', { n: i + 1, detail: msg('survey.recordNotObject') }) });
    for (const k of Object.keys(item)) {
      if (!keys.has(k)) keys.set(k, keys.size);
      if (keys.size > MAX_COLUMNS) throw new InputError({ file, ...msg('survey.tooManyColumns', { n: keys.size, max: MAX_COLUMNS }) });
    }
  }
  const header = [...keys.keys()];
  const rows = items.map((item) => header.map((k) => scalarText((item as Record<string, unknown>)[k])));
  if (!rows.length) throw new InputError({ file, ...msg('survey.noRows') });
  return arrayTable(file, header, rows, doc);
}

function scalarText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/**
 * The questionnaire named, or else the built-in whose questions most columns match (the smaller one on a tie:
 * nine columns of the express questionnaire match the full one too).
 */
async function questionnaireOf(table: Table, ref: string | undefined): Promise<LoadedQuestionnaire> {
  if (ref !== undefined) return loadQuestionnaire(ref);
  let best: { loaded: LoadedQuestionnaire; matched: number; size: number } | undefined;
  for (const id of [DEFAULT_QUESTIONNAIRE, ...builtinIds().filter((x) => x !== DEFAULT_QUESTIONNAIRE)]) {
    const loaded = await loadQuestionnaire(id);
    const index = columnIndex(loaded.questionnaire);
    const matched = table.header.filter((h) => lookupHeader(h, index).some((t) => t.kind === 'question')).length;
    const size = loaded.questionnaire.dimensions.reduce((n, d) => n + d.questions.length, 0);
    if (!best || matched > best.matched || (matched === best.matched && size < best.size)) best = { loaded, matched, size };
  }
  return best!.loaded;
}
