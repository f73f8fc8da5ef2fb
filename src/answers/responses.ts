// Reads answer files (files, directories, standard input) and checks them against their questionnaire; zod is
// loaded only to explain a file that is not plainly well formed (see fast.ts).
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError, type Problem } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { asInputError, readInput, STDIN } from '../input/read.js';
import { parseYamlDocuments, type ParsedDocument } from '../input/yaml.js';
import { problemAt, sortProblems } from '../input/problems.js';
import { archivedVersions, builtinIds, loadArchived, loadQuestionnaire, type LoadedQuestionnaire } from '../questionnaire/builtin.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { closest } from '../core/suggest.js';
import { isPlainObject } from '../core/object.js';
import { capProblems, MAX_PROBLEMS } from '../input/cap.js';
import { fastAnswerFile } from './fast.js';
import type { AnswerFile, AnswerValue, Response } from './schema.js';
import type { SurveyOptions } from '../survey/options.js';

/** A response still tied to its YAML document, so later checks can name the line. */
export interface ParsedResponse {
  response: Response;
  doc: ParsedDocument;
}

/** A file to read: `listed` when it was found in a folder (a file that is not an answer file is then skipped). */
export interface InputPath {
  path: string;
  listed: boolean;
  /** The folder listing said it is a regular file (not a link, pipe or folder): read without asking again. */
  regular?: boolean;
}

/**
 * Expands directories into their *.yaml / *.yml / *.json files, in sorted order, hidden files left out (`._a.yaml`
 * from macOS, `.#a.yaml` editor locks); keeps "-" as standard input. A file named twice (`reponses/ reponses/a.yaml`,
 * or a folder given twice) is read once: its responses would otherwise count twice.
 */
export async function expandPaths(paths: string[]): Promise<InputPath[]> {
  // One path names each file once (a folder lists each name once): resolving 10,000 paths would be for nothing.
  if (paths.length === 1) return expandAll(paths);
  const seen = new Set<string>();
  const once: InputPath[] = [];
  for (const file of await expandAll(paths)) {
    const key = file.path === STDIN ? undefined : resolve(file.path);
    if (key !== undefined && seen.has(key)) continue;
    if (key !== undefined) seen.add(key);
    once.push(file);
  }
  return once;
}

async function expandAll(paths: string[]): Promise<InputPath[]> {
  const files: InputPath[] = [];
  for (const path of paths) {
    if (path === STDIN) {
      files.push({ path, listed: false });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      throw asInputError(err, path);
    }
    if (!isDir) {
      files.push({ path, listed: false });
      continue;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch (err) {
      throw asInputError(err, path);
    }
    const inside = entries.filter((e) => !e.name.startsWith('.') && /\.(ya?ml|json)$/i.test(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (!inside.length) throw new InputError({ file: path, ...msg('file.noInputInDirectory') });
    files.push(...inside.map((e) => ({ path: join(path, e.name), listed: true, regular: e.isFile() })));
  }
  return files;
}

/** What a file holds, told by its content: answers, a JSON report of impact-collectif, or a JSON Schema. */
export type InputKind = 'answers' | 'report' | 'json-schema';

export function kindOf(docs: ParsedDocument[]): InputKind {
  const first = docs[0]?.value;
  if (docs.length !== 1 || !isPlainObject(first)) return 'answers';
  // A roll-up (report --group-by territory) is a report too: skipped in a folder, not read as answers.
  if (('reportVersion' in first || 'rollupVersion' in first) && !('answers' in first)) return 'report';
  if ('$schema' in first && !('answers' in first)) return 'json-schema';
  return 'answers';
}

/** The responses that do not fit `q` (an unknown question id or sector), found without building any message. */
export function unfit(parsed: ParsedResponse[], q: Questionnaire): ParsedResponse[] {
  const known = new Set(q.dimensions.flatMap((d) => d.questions.map((x) => x.id)));
  const sectors = new Set(q.sectors.map((s) => s.id));
  const fits = ({ response }: ParsedResponse) => {
    if (!sectors.has(response.respondent.sector)) return false;
    // forEach, not an iterator: nothing made per answer (10,000 responses of 50 answers).
    let all = true;
    response.answers.forEach((_, id) => {
      if (!known.has(id)) all = false;
    });
    return all;
  };
  return parsed.filter((p) => !fits(p));
}

/** Checks responses against the questionnaire: answered ids exist (with a suggestion), the sector is known. */
export function checkResponses(parsed: ParsedResponse[], q: Questionnaire): void {
  const questionIds = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
  const known = new Set(questionIds);
  const sectors = q.sectors.map((s) => s.id);
  const problems: Problem[] = [];
  // Placing a problem searches its document: only those shown are placed, the others counted.
  let more = 0;
  const add = (make: () => Problem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(make());
    else more++;
  };
  for (const { response, doc } of unfit(parsed, q)) {
    const f = response.file;
    for (const id of response.answers.keys()) {
      if (known.has(id)) continue;
      add(() => {
        const near = closest(id, questionIds);
        return problemAt(f, doc, ['answers', id], msg('answer.unknownQuestion', { id, near }), true);
      });
    }
    if (!sectors.includes(response.respondent.sector)) {
      add(() => {
        const near = closest(response.respondent.sector, sectors);
        return problemAt(f, doc, ['respondent', 'sector'], msg('answer.unknownSector', { sector: response.respondent.sector, near, choices: sectors }));
      });
    }
  }
  if (problems.length) throw new InputError(capProblems(sortProblems(problems), more));
}

export interface LoadedResponses {
  questionnaire: LoadedQuestionnaire;
  responses: Response[];
  files: string[];
}

/** Something worth a line on standard error that does not stop the run. */
export type Note =
  | { kind: 'skipped'; file: string; what: 'report' | 'json-schema' }
  | { kind: 'unknown-version'; file: string; line: number; col: number; version: string; id: string; used: string; known: string[] };

export interface LoadOptions {
  /** Where "-" reads from (the command's, for in-process runs), asked for only then; the process's by default. */
  stdin?: () => NodeJS.ReadableStream;
  /** Called after each file read, to show progress. */
  onProgress?: (done: number, total: number) => void;
  /** Called for each note (see Note). */
  onNote?: (note: Note) => void;
  /** How survey exports (CSV, XLSX, JSON arrays of records) are read: their questionnaire, mapping, encoding, sheet. */
  survey?: SurveyOptions;
}

/** A survey tool's export, told by its name: read by survey/ (loaded only then). */
export const isSurveyFile = (path: string): boolean => /\.(csv|tsv|xlsx)$/i.test(path);

export interface ReadFiles {
  parsed: ParsedResponse[];
  /** The answer files read. */
  files: string[];
  /** JSON reports among the files named (for compare; report refuses them). */
  reports: { file: string; doc: ParsedDocument }[];
}

/**
 * The one way answer files are read (report, compare, validate): files, folders and standard input, a concatenation
 * of answer files on standard input, the fast path, progress. Files found in a folder that are not answer files
 * are skipped with a note; a JSON report is kept apart.
 */
export async function readAnswerFiles(paths: string[], options: LoadOptions = {}): Promise<ReadFiles> {
  const inputs = await expandPaths(paths);
  const parsed: ParsedResponse[] = [];
  const files: string[] = [];
  const reports: ReadFiles['reports'] = [];
  for (const [i, { path, listed, regular }] of inputs.entries()) {
    // Cheapest test first: this runs for each of 10,000 files.
    if (!listed && isSurveyFile(path)) {
      parsed.push(...(await (await import('../survey/read.js')).surveyResponses(path, { ...options.survey, stdin: options.stdin })));
      files.push(path);
      options.onProgress?.(i + 1, inputs.length);
      continue;
    }
    const input = await readInput(path, path === STDIN ? options.stdin?.() : undefined, { regular });
    const docs = parseYamlDocuments(input.text, input.file, { concatenated: path === STDIN, take: fastAnswerFile });
    const kind = kindOf(docs);
    // A JSON file may hold an array of responses (what online tools export); a YAML sequence is no answer file.
    if (docs.length === 1 && Array.isArray(docs[0]!.value) && /\.json$/i.test(path)) {
      parsed.push(...(await (await import('../survey/read.js')).arrayResponses(docs[0]!, input.file, { ...options.survey, stdin: options.stdin })));
      files.push(path);
    } else if (kind === 'report' && !listed) reports.push({ file: input.file, doc: docs[0]! });
    else if (kind !== 'answers' && listed) options.onNote?.({ kind: 'skipped', file: input.file, what: kind });
    else {
      for (const p of await responsesOf(docs, input.file)) parsed.push(p);
      files.push(path);
    }
    options.onProgress?.(i + 1, inputs.length);
  }
  return { parsed, files, reports };
}

/** Reads every response of `paths` and checks them against their one questionnaire (see questionnaireFor). */
export async function loadResponses(paths: string[], questionnaireRef?: string, options: LoadOptions = {}): Promise<LoadedResponses> {
  const { parsed, files, reports } = await readAnswerFiles(paths, { ...options, survey: { questionnaire: questionnaireRef, ...options.survey } });
  const report = reports[0];
  if (report) {
    throw new InputError({ file: report.file, ...msg('answers.isReport') });
  }
  if (!parsed.length) throw new InputError({ file: paths[0] ?? STDIN, ...msg('answers.none') });
  const questionnaire = await questionnaireFor(parsed, questionnaireRef, options.onNote);
  return { questionnaire, responses: parsed.map((p) => p.response), files };
}

/** The responses of one answer file's text (see responsesOf). */
export async function readResponses(text: string, file: string): Promise<ParsedResponse[]> {
  return responsesOf(parseYamlDocuments(text, file, { take: fastAnswerFile }), file);
}

/**
 * The responses of one answer file's documents. Documents that are plainly well formed are taken as they are
 * (fast.ts); the others go through the schema (parse.ts, and zod, loaded then), which explains.
 */
export async function responsesOf(docs: ParsedDocument[], file: string): Promise<ParsedResponse[]> {
  const out: ParsedResponse[] = [];
  const problems: Problem[] = [];
  let more = 0;
  for (const [index, doc] of docs.entries()) {
    if (doc.value === null || doc.value === undefined) continue;
    // A document read with `take: fastAnswerFile` has been checked already.
    const answers = 'taken' in doc ? (doc.taken as AnswerFile | undefined) : fastAnswerFile(doc.value);
    if (answers) {
      // The parsed document itself is not kept, only its locator: from here on the response is what is used,
      // and keeping both would double the memory that ten thousand responses take.
      out.push({ doc: { value: undefined, locate: doc.locate }, response: toResponse(answers, file, index) });
      continue;
    }
    // Only a document the quick check does not take goes through the schema (and zod is loaded then).
    const checked = (await import('./parse.js')).checkAnswerDoc(doc, file, index, MAX_PROBLEMS - problems.length);
    if ('response' in checked) out.push(checked.response);
    else {
      problems.push(...checked.problems);
      more += checked.more;
    }
  }
  if (problems.length || more) throw new InputError(capProblems(problems, more));
  if (!out.length) throw new InputError({ file, ...msg('doc.noResponse') });
  return out;
}

/**
 * A response from a checked answer document: the same whichever way it was checked. `answers` are given when
 * they were built already (a survey export's row).
 */
export function toResponse(a: AnswerFile, file: string, index: number, answers: Response['answers'] = answerMap(a.answers)): Response {
  return {
    file,
    doc: index,
    questionnaire: a.questionnaire,
    ...(a.version !== undefined && { version: a.version }),
    territory: a.territory,
    respondent: {
      sector: a.respondent.sector,
      ...(a.respondent.name !== undefined && a.respondent.name !== '' && { name: a.respondent.name }),
    },
    ...(a.date !== undefined && { date: a.date }),
    answers,
  };
}

// An answer without comment is one of five values: every response shares these (frozen) rather than making
// its own, which is most of what ten thousand responses would otherwise allocate.
const PLAIN = new Map<AnswerValue, { value: AnswerValue }>(([0, 1, 2, 3, 'unknown'] as const).map((v) => [v, Object.freeze({ value: v })]));

/** An answer without comment, shared (see PLAIN). */
export const plainAnswer = (v: AnswerValue): { value: AnswerValue } => (v === 'unknown' ? PLAIN_UNKNOWN : PLAIN_LEVELS[v]!);
const PLAIN_LEVELS = [0, 1, 2, 3].map((v) => PLAIN.get(v)!);
const PLAIN_UNKNOWN = PLAIN.get('unknown')!;

function answerMap(answers: AnswerFile['answers']): Response['answers'] {
  const map = new Map<string, { value: AnswerValue; comment?: string }>();
  for (const id of Object.keys(answers)) {
    const v = answers[id]!;
    if (typeof v !== 'object') map.set(id, plainAnswer(v));
    else {
      const comment = v.comment?.trim();
      map.set(id, comment ? { value: v.value, comment } : { value: v.value });
    }
  }
  return map;
}

/**
 * The one questionnaire of these responses: `ref` when given (a built-in id or a path), otherwise the
 * built-in named by the first response. Every response must use it and fit it.
 */
export async function questionnaireFor(parsed: ParsedResponse[], ref?: string, onNote?: (note: Note) => void): Promise<LoadedQuestionnaire> {
  const first = parsed[0]!;
  if (ref === undefined && !builtinIds().includes(first.response.questionnaire)) {
    throw new InputError(
      problemAt(first.response.file, first.doc, ['questionnaire'], msg('answer.unknownQuestionnaire', { id: first.response.questionnaire, builtins: builtinIds() })),
    );
  }
  const loaded = await loadQuestionnaire(ref ?? first.response.questionnaire);
  const id = loaded.questionnaire.id;
  for (const { response, doc } of parsed) {
    if (response.questionnaire !== id) {
      throw new InputError(
        problemAt(response.file, doc, ['questionnaire'], msg('answer.otherQuestionnaire', { used: response.questionnaire, id, given: ref !== undefined })),
      );
    }
  }
  if (!loaded.builtin) {
    checkResponses(parsed, loaded.questionnaire);
    return loaded;
  }
  const used = await builtinVersionFor(parsed, loaded);
  if (onNote) unknownVersions(parsed, loaded, used, onNote);
  return used;
}

/** Most distinct unknown versions noted: a form gone wrong would otherwise fill the screen. */
const MAX_VERSION_NOTES = 3;

/**
 * A version that is neither the built-in's nor an archived one is noted, once per version: the file comes from
 * a form or an older tool, and its answers are scored with the version that fits them (the report says which).
 */
function unknownVersions(parsed: ParsedResponse[], current: LoadedQuestionnaire, used: LoadedQuestionnaire, onNote: (note: Note) => void): void {
  const id = current.questionnaire.id;
  const known = [current.questionnaire.version, ...archivedVersions(id)];
  const seen = new Set<string>();
  for (const { response, doc } of parsed) {
    const v = response.version;
    if (v === undefined || known.includes(v) || seen.has(v)) continue;
    seen.add(v);
    if (seen.size > MAX_VERSION_NOTES) return;
    onNote({ kind: 'unknown-version', file: response.file, ...doc.locate(['version']), version: v, id, used: used.questionnaire.version, known });
  }
}

/**
 * Answer files of an earlier version of a built-in are scored with that version, kept in questionnaires/archive:
 * the version the responses name, or, when they name none, the newest version that they fit. Responses of two
 * versions make no single report (compare them instead).
 */
async function builtinVersionFor(parsed: ParsedResponse[], current: LoadedQuestionnaire): Promise<LoadedQuestionnaire> {
  const id = current.questionnaire.id;
  const archived = archivedVersions(id);
  const named = parsed.filter((p) => p.response.version !== undefined && (p.response.version === current.questionnaire.version || archived.includes(p.response.version)));
  const version = named[0]?.response.version;
  const other = named.find((p) => p.response.version !== version);
  if (other) {
    throw new InputError(
      problemAt(other.response.file, other.doc, ['version'], msg('answer.otherVersion', { version: other.response.version!, id, file: named[0]!.response.file, other: version! })),
    );
  }
  if (version !== undefined) {
    const loaded = version === current.questionnaire.version ? current : await loadArchived(id, version);
    const stray = unfit(parsed.filter((p) => p.response.version === undefined), loaded.questionnaire)[0];
    if (stray) await versionConflict(stray, { file: named[0]!.response.file, version }, id, [current, ...archived.filter((v) => v !== version)]);
    checkResponses(parsed, loaded.questionnaire);
    return loaded;
  }
  const misfits = unfit(parsed, current.questionnaire);
  if (!misfits.length) return current;
  for (const v of archived) {
    const loaded = await loadArchived(id, v);
    if (!unfit(parsed, loaded.questionnaire).length) return loaded;
  }
  // No one version fits them all: when the first file that does not fit the newest fits an older one, it is a mix.
  const stray = misfits[0]!;
  const bad = new Set(misfits);
  const fitting = parsed.find((p) => !bad.has(p));
  if (fitting) await versionConflict(stray, { file: fitting.response.file, version: current.questionnaire.version }, id, archived);
  checkResponses(parsed, current.questionnaire);
  return current;
}

/** Throws "fits version X, but F is version Y" when `stray` fits one of `versions`; returns when it fits none. */
async function versionConflict(stray: ParsedResponse, than: { file: string; version: string }, id: string, versions: (string | LoadedQuestionnaire)[]): Promise<void> {
  for (const v of versions) {
    const loaded = typeof v === 'string' ? await loadArchived(id, v) : v;
    if (unfit([stray], loaded.questionnaire).length) continue;
    throw new InputError(
      problemAt(
        stray.response.file,
        stray.doc,
        ['answers'],
        msg('answer.fitsVersion', { version: loaded.questionnaire.version, id, file: than.file, other: than.version }),
      ),
    );
  }
}
