// Turns a survey export's table into responses: its columns recognised once, then each row into a response, checked by the answer file's rules.
import { InputError, type Problem } from '../core/errors.js';
import { msg, type Message } from '../i18n/messages/index.js';
import { capProblems, MAX_PROBLEMS } from '../input/cap.js';
import { closest } from '../core/suggest.js';
import type { ParsedDocument } from '../input/yaml.js';
import { fastAnswerFile } from '../answers/fast.js';
import { toResponse, type ParsedResponse } from '../answers/responses.js';
import type { AnswerFile, AnswerValue } from '../answers/schema.js';
import { AnswerRows } from './answers.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import type { Field } from './codes.js';
import { columnIndex, DATE_FALLBACKS, dayOf, levelIndex, levelOf, lookupHeader, normalise, same, sectorIndex, type Mapping, type Target } from './recognise.js';
import { columnProblem, rowNumber, rowProblem, type Table } from './table.js';

/** What each column stands for; `dateStyle` says how the date column writes days. */
export interface Columns {
  targets: Target[];
  dateStyle: 'iso' | 'dmy' | 'mdy';
  /** Headers not recognised (for --suggest-map), by column index. */
  unknown: number[];
}

/** The columns of `table`, or every problem with them (unknown, ambiguous, duplicated, missing field). */
export function recogniseColumns(table: Table, q: Questionnaire, mapping: Mapping, lenient = false): Columns {
  const index = columnIndex(q);
  const problems: Problem[] = [];
  const column = (c: number, detail: Message) => problems.push(columnProblem(table, c, detail));
  const targets: Target[] = [];
  const unknown: number[] = [];
  const fallbacks: number[] = [];
  const mapped = new Map([...mapping.columns].map(([h, t]) => [normalise(h), t]));
  for (const [i, header] of table.header.entries()) {
    const fromMap = mapping.columns.get(header) ?? mapped.get(normalise(header));
    const found = fromMap ? [fromMap] : lookupHeader(header, index);
    if (found.length === 1) targets.push(found[0]!);
    else {
      targets.push({ kind: 'ignore' });
      if (found.length > 1) column(i, msg('survey.ambiguousColumn', { ids: found.map((t) => (t.kind === 'question' ? t.id : t.kind === 'field' ? t.field : t.kind)) }));
      else if (Object.hasOwn(DATE_FALLBACKS, normalise(header))) fallbacks.push(i);
      else {
        unknown.push(i);
        const ids = [...index.keys()].filter((k) => !k.includes(' '));
        if (!lenient) column(i, msg('survey.unknownColumn', { near: closest(normalise(header), ids) }));
      }
    }
  }
  for (const [i, t] of targets.entries()) {
    if (t.kind === 'ignore') continue;
    const first = targets.findIndex((o) => same(o, t));
    if (first < i) column(i, msg('survey.duplicateColumn', { other: table.header[first]! }));
  }
  let dateStyle: Columns['dateStyle'] = 'dmy';
  const hasField = (f: Field) => targets.some((t) => t.kind === 'field' && t.field === f);
  if (!hasField('date') && fallbacks.length) {
    const i = fallbacks[0]!;
    targets[i] = { kind: 'field', field: 'date' };
    dateStyle = DATE_FALLBACKS[normalise(table.header[i]!)]!;
  }
  if (!lenient) {
    // Said only when no column was refused: a refused column may be the questions' (unknown, ambiguous).
    if (!problems.length && !targets.some((t) => t.kind === 'question')) problems.push({ file: table.file, ...msg('survey.noQuestionColumn') });
    if (!hasField('territory') && mapping.territory === undefined) problems.push({ file: table.file, ...msg('survey.noField', { field: 'territory' }) });
    if (!hasField('sector') && mapping.sector === undefined) problems.push({ file: table.file, ...msg('survey.noField', { field: 'sector' }) });
  }
  if (problems.length) throw new InputError(capProblems(problems));
  return { targets, dateStyle, unknown };
}

/**
 * One response per row that is not blank: the same responses as the equivalent YAML answer files. Answers are
 * built straight from the cells (question ids of the questionnaire, levels 0 to 3 or unknown: valid by
 * construction); the respondent fields go through the answer file's quick check, and when it does not take a
 * row's, every row is read again through the schema (and zod, loaded then), which decides and explains. Every
 * problem is reported, by row and column (by record and field in a JSON array: rowProblem).
 */
export async function tableResponses(table: Table, q: Questionnaire, version: string, mapping: Mapping, columns: Columns): Promise<ParsedResponse[]> {
  const readRows = rowsReader(table, q, version, mapping, columns);
  const quick = readRows((fields) => fastAnswerFile(fields) ?? UNCHECKED);
  if (quick !== UNCHECKED) return quick;
  const schema = await schemaCheck(columns, table.header);
  return readRows((fields, r, add) => fastAnswerFile(fields) ?? schema(fields, r, add)) as ParsedResponse[];
}

/** A row's respondent fields, as an answer file has them. */
type Fields = Omit<AnswerFile, 'answers'>;
/** `r` is the row's index (rowProblem). */
type AddProblem = (r: number, col: number | undefined, detail: Message) => void;
/** A check of a row's fields: the fields as the answer file's schema gives them, undefined (problems added), or UNCHECKED. */
type FieldsCheck = (fields: Fields, r: number, add: AddProblem) => AnswerFile | undefined | typeof UNCHECKED;
/** What a check answers when it cannot decide: the rows are then read again with the schema. */
const UNCHECKED = Symbol('unchecked');

/** Reads every row with a fields check: the responses, or UNCHECKED as soon as the check cannot decide. */
function rowsReader(table: Table, q: Questionnaire, version: string, mapping: Mapping, columns: Columns) {
  const { file } = table;
  const locateRecord = table.records?.locate;
  const questions = new Map(q.dimensions.flatMap((d) => d.questions.map((x) => [x.id, x] as const)));
  // The question columns, once per file: each cell is then found by its column number.
  const answerColumns: AnswerColumn[] = [];
  const fieldCol = new Map<Field, number>();
  for (const [i, t] of columns.targets.entries()) {
    if (t.kind === 'question') answerColumns.push({ col: i, id: t.id, levels: levelIndex(questions.get(t.id)!, q, mapping.values), seen: new Map() });
    else if (t.kind === 'field') fieldCol.set(t.field, i);
  }
  const territoryCol = fieldCol.get('territory');
  const sectorCol = fieldCol.get('sector');
  const nameCol = fieldCol.get('name');
  const dateCol = fieldCol.get('date');
  const sectors = sectorIndex(q, mapping.sectors);
  const sectorMemo = new Map<string, string | undefined>();
  const dayMemo = new Map<string, string | undefined>();
  const sectorIds = q.sectors.map((s) => s.id);
  // A row's values by question column, read into answerRows (see AnswerRows).
  const values: (AnswerValue | undefined)[] = answerColumns.map(() => undefined);
  return (check: FieldsCheck): ParsedResponse[] | typeof UNCHECKED => {
    const problems: Problem[] = [];
    let more = 0;
    const add: AddProblem = (r, col, detail) => {
      if (problems.length >= MAX_PROBLEMS) return void more++;
      problems.push(rowProblem(table, r, col, detail));
    };
    const out: ParsedResponse[] = [];
    const answerRows = new AnswerRows(answerColumns.map((c) => c.id));
    let unchecked = false;
    // Rows share territories, sectors and days: each combination's fields are checked once (by territory, sector,
    // day, then name).
    const taken: Keyed<Keyed<Keyed<Keyed<AnswerFile>>>> = new Map();
    table.eachRow((cells, r) => {
      if (blank(cells)) return;
      const before = problems.length + more;
      const territory = mapping.territory ?? (territoryCol === undefined ? '' : cells[territoryCol]!.trim());
      if (territory === '') add(r, territoryCol, msg('survey.emptyTerritory'));
      let sector = mapping.sector;
      const sectorText = sectorCol === undefined ? undefined : cells[sectorCol]!.trim();
      if (sectorText !== undefined && (sectorText !== '' || sector === undefined)) {
        sector = sectorMemo.get(sectorText);
        if (sector === undefined && !sectorMemo.has(sectorText)) sectorMemo.set(sectorText, (sector = sectors.get(normalise(sectorText))));
        if (sectorText === '') add(r, sectorCol, msg('survey.emptySector'));
        else if (sector === undefined) add(r, sectorCol, msg('survey.unknownSector', { value: sectorText, near: closest(sectorText, sectorIds), choices: sectorIds }));
      }
      const dateText = dateCol === undefined ? undefined : cells[dateCol]!.trim();
      let date: string | undefined;
      if (dateText) {
        date = dayMemo.get(dateText);
        if (date === undefined && !dayMemo.has(dateText)) dayMemo.set(dateText, (date = dayOf(dateText, columns.dateStyle)));
        if (date === undefined) add(r, dateCol, msg('survey.badDate', { value: dateText, style: columns.dateStyle }));
      }
      for (let k = 0; k < answerColumns.length; k++) {
        const c = answerColumns[k]!;
        // A column holds a few distinct texts, ten thousand times: each is recognised once.
        const text = cells[c.col]!;
        let v: AnswerValue | undefined | null = digit(text);
        if (v === undefined && text !== '') {
          v = c.seen.get(text);
          if (v === undefined && !c.seen.has(text)) c.seen.set(text, (v = levelOf(text, c.levels)));
        }
        if (v === null) add(r, c.col, msg('survey.notLevel', { value: text.trim(), id: c.id }));
        values[k] = v ?? undefined;
      }
      if (problems.length + more > before) return;
      const name = nameCol === undefined ? undefined : cells[nameCol]!.trim();
      // By the strings themselves (a sector id and a day are shared by their rows): no key is made per row.
      const byName = within(within(within(taken, territory), sector!), date ?? '');
      let checked = byName.get(name ?? '');
      if (!checked) {
        const fields: Fields = {
          questionnaire: q.id,
          version,
          territory,
          respondent: { sector: sector!, ...(name ? { name } : {}) },
          ...(date !== undefined && { date }),
        };
        const verdict = check(fields, r, add);
        if (verdict === UNCHECKED) {
          unchecked = true;
          return false;
        }
        if (!verdict) return;
        checked = verdict;
        byName.set(name ?? '', checked);
      }
      out.push({ doc: new RowDocument(r, locateRecord), response: toResponse(checked, file, r, answerRows.row(values)) });
    });
    if (unchecked) return UNCHECKED;
    if (problems.length || more) throw new InputError(capProblems(problems, more));
    if (!out.length) throw new InputError({ file, ...msg('survey.noRows') });
    return out;
  };
}

type Keyed<V> = Map<string, V>;

/** The map under `key` in `memo`, made when missing. */
function within<V>(memo: Keyed<Keyed<V>>, key: string): Keyed<V> {
  let inner = memo.get(key);
  if (!inner) memo.set(key, (inner = new Map()));
  return inner;
}

/**
 * Where a row's response came from, for later notes (a territory's spelling, a version): its row, or its JSON
 * record (one object per row, not a closure and its scope).
 */
class RowDocument implements ParsedDocument {
  readonly value = undefined;
  constructor(
    private readonly r: number,
    // The array's locator only, not the array: the parsed records are not kept beyond reading.
    private readonly locateRecord: ParsedDocument['locate'] | undefined,
  ) {}
  locate(): { line: number; col: number } {
    return this.locateRecord ? this.locateRecord([this.r]) : { line: rowNumber(this.r), col: 1 };
  }
}

/** A question's column: its number, its question, its level texts, and the texts of its cells already recognised. */
interface AnswerColumn {
  col: number;
  id: string;
  levels: Map<string, AnswerValue>;
  seen: Map<string, AnswerValue | undefined | null>;
}

/** The level of a cell that is one digit 0 to 3, as levelOf gives it (most cells): no lookup needed. */
function digit(text: string): AnswerValue | undefined {
  if (text.length !== 1) return undefined;
  const n = text.charCodeAt(0) - 48;
  return n >= 0 && n <= 3 ? (n as AnswerValue) : undefined;
}

/** A row of empty or blank cells (a spreadsheet's leftovers). */
function blank(cells: readonly string[]): boolean {
  for (const c of cells) if (c !== '' && c.trim() !== '') return false;
  return true;
}

/** The answer-file schema's check of a row's fields, its problems placed by column. */
async function schemaCheck(columns: Columns, header: string[]): Promise<(fields: Fields, r: number, add: AddProblem) => AnswerFile | undefined> {
  const { AnswerFile } = await import('../answers/schema.js');
  const { zodProblems } = await import('../input/problems.js');
  const fieldOf = (path: string | undefined): number | undefined => {
    const field = path === 'territory' ? 'territory' : path === 'respondent.name' ? 'name' : path === 'respondent.sector' ? 'sector' : path === 'date' ? 'date' : undefined;
    const i = columns.targets.findIndex((t) => t.kind === 'field' && t.field === field);
    return i >= 0 && i < header.length ? i : undefined;
  };
  return (fields, r, add) => {
    const parsed = AnswerFile.safeParse(fields);
    if (parsed.success) return parsed.data;
    const fake: ParsedDocument = { value: fields, locate: () => ({ line: 1, col: 1 }) };
    for (const p of zodProblems(parsed.error, fake, '')) add(r, fieldOf(p.path), { code: p.code, params: p.params } as Message);
    return undefined;
  };
}
