// Turns a survey export's table into responses: its columns recognised once, then each row through the answer-file checks.
import { InputError, type Problem } from '../core/errors.js';
import { msg, type Message } from '../i18n/messages/index.js';
import { capProblems, MAX_PROBLEMS } from '../input/cap.js';
import { closest } from '../core/suggest.js';
import type { ParsedDocument } from '../input/yaml.js';
import { fastAnswerFile } from '../answers/fast.js';
import { toResponse, type ParsedResponse } from '../answers/responses.js';
import type { AnswerFile, AnswerValue } from '../answers/schema.js';
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
 * One response per row that is not blank, each checked as an answer file is (the same quick check, then the same
 * schema): the same scoring as the equivalent YAML answer files. Every problem is reported, by row and column (by
 * record and field in a JSON array: rowProblem).
 */
export async function tableResponses(table: Table, q: Questionnaire, version: string, mapping: Mapping, columns: Columns): Promise<ParsedResponse[]> {
  const { file, header, records } = table;
  const problems: Problem[] = [];
  let more = 0;
  // `r` is the row's index in table.rows.
  const add = (r: number, col: number | undefined, detail: Message) => {
    if (problems.length >= MAX_PROBLEMS) return void more++;
    problems.push(rowProblem(table, r, col, detail));
  };
  const questions = new Map(q.dimensions.flatMap((d) => d.questions.map((x) => [x.id, x] as const)));
  const levels = new Map<number, Map<string, AnswerValue>>();
  const fieldCol = new Map<Field, number>();
  for (const [i, t] of columns.targets.entries()) {
    if (t.kind === 'question') levels.set(i, levelIndex(questions.get(t.id)!, q, mapping.values));
    else if (t.kind === 'field') fieldCol.set(t.field, i);
  }
  const ids = new Map([...levels.keys()].map((i) => [i, (columns.targets[i] as { id: string }).id]));
  const memo = new Map([...levels.keys()].map((i) => [i, new Map<string, AnswerValue | undefined | null>()]));
  const sectors = sectorIndex(q, mapping.sectors);
  const sectorMemo = new Map<string, string | undefined>();
  const dayMemo = new Map<string, string | undefined>();
  const sectorIds = q.sectors.map((s) => s.id);
  const out: ParsedResponse[] = [];
  for (const [r, cells] of table.rows.entries()) {
    if (cells.every((c) => c === '' || c.trim() === '')) continue;
    const before = problems.length + more;
    const cell = (f: Field) => (fieldCol.has(f) ? cells[fieldCol.get(f)!]!.trim() : undefined);
    const territory = mapping.territory ?? cell('territory') ?? '';
    if (territory === '') add(r, fieldCol.get('territory'), msg('survey.emptyTerritory'));
    let sector = mapping.sector;
    const sectorText = cell('sector');
    if (sectorText !== undefined && (sectorText !== '' || sector === undefined)) {
      sector = sectorMemo.get(sectorText);
      if (sector === undefined && !sectorMemo.has(sectorText)) sectorMemo.set(sectorText, (sector = sectors.get(normalise(sectorText))));
      if (sectorText === '') add(r, fieldCol.get('sector'), msg('survey.emptySector'));
      else if (sector === undefined) add(r, fieldCol.get('sector'), msg('survey.unknownSector', { value: sectorText, near: closest(sectorText, sectorIds), choices: sectorIds }));
    }
    const dateText = cell('date');
    let date: string | undefined;
    if (dateText) {
      date = dayMemo.get(dateText);
      if (date === undefined && !dayMemo.has(dateText)) dayMemo.set(dateText, (date = dayOf(dateText, columns.dateStyle)));
      if (date === undefined) add(r, fieldCol.get('date'), msg('survey.badDate', { value: dateText, style: columns.dateStyle }));
    }
    const answers: Record<string, AnswerValue> = {};
    for (const [i, index] of levels) {
      const id = ids.get(i)!;
      // A column holds a few distinct texts, ten thousand times: each is recognised once.
      const seen = memo.get(i)!;
      const text = cells[i]!;
      let v = seen.get(text);
      if (v === undefined && !seen.has(text)) seen.set(text, (v = levelOf(text, index)));
      if (v === null) add(r, i, msg('survey.notLevel', { value: cells[i]!.trim(), id }));
      else if (v !== undefined) answers[id] = v;
    }
    if (problems.length + more > before) continue;
    const name = cell('name');
    const doc = {
      questionnaire: q.id,
      version,
      territory,
      respondent: { sector: sector!, ...(name ? { name } : {}) },
      ...(date !== undefined && { date }),
      answers,
    };
    const checked = fastAnswerFile(doc) ?? (await schemaCheck(doc, r, columns, header, add));
    if (!checked) continue;
    // Later notes (a territory's spelling, a version) point at the row, or at the JSON record.
    const locate: ParsedDocument['locate'] = records ? () => records.locate([r]) : () => ({ line: rowNumber(r), col: 1 });
    out.push({ doc: { value: undefined, locate }, response: toResponse(checked, file, r) });
  }
  if (problems.length || more) throw new InputError(capProblems(problems, more));
  if (!out.length) throw new InputError({ file, ...msg('survey.noRows') });
  return out;
}

/** The answer-file schema's verdict on a row that the quick check did not take, its problems placed by column. */
async function schemaCheck(
  doc: object,
  r: number,
  columns: Columns,
  header: string[],
  add: (r: number, col: number | undefined, detail: Message) => void,
): Promise<AnswerFile | undefined> {
  const { AnswerFile } = await import('../answers/schema.js');
  const { zodProblems } = await import('../input/problems.js');
  const parsed = AnswerFile.safeParse(doc);
  if (parsed.success) return parsed.data;
  const fieldOf = (path: string | undefined): number | undefined => {
    const field = path === 'territory' ? 'territory' : path === 'respondent.name' ? 'name' : path === 'respondent.sector' ? 'sector' : path === 'date' ? 'date' : undefined;
    const i = columns.targets.findIndex((t) => t.kind === 'field' && t.field === field);
    return i >= 0 && i < header.length ? i : undefined;
  };
  const fake: ParsedDocument = { value: doc, locate: () => ({ line: 1, col: 1 }) };
  for (const p of zodProblems(parsed.error, fake, '')) add(r, fieldOf(p.path), { code: p.code, params: p.params } as Message);
  return undefined;
}
