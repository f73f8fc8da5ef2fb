// Reads answer files (files, directories, standard input) and checks them against their questionnaire; zod is
// loaded only to explain a file that is not plainly well formed (see fast.ts).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type Problem } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { asInputError, readInput, STDIN } from '../input/read.js';
import { parseYamlDocuments, type ParsedDocument } from '../input/yaml.js';
import { problemAt, sortProblems } from '../input/problems.js';
import { archivedVersions, builtinIds, loadArchived, loadQuestionnaire, type LoadedQuestionnaire } from '../questionnaire/builtin.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { closest } from '../core/suggest.js';
import { fastAnswerFile } from './fast.js';
import type { AnswerFile, AnswerValue, Response } from './schema.js';

/** A response still tied to its YAML document, so later checks can name the line. */
export interface ParsedResponse {
  response: Response;
  doc: ParsedDocument;
}

/** Expands directories into their *.yaml / *.yml / *.json files, in sorted order; keeps "-" as standard input. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === STDIN) {
      files.push(path);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (err) {
      throw asInputError(err, path);
    }
    if (!isDir) {
      files.push(path);
      continue;
    }
    let names: string[];
    try {
      names = await readdir(path);
    } catch (err) {
      throw asInputError(err, path);
    }
    const inside = names.filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
    if (!inside.length) throw new InputError({ file: path, ...msg('file.noInputInDirectory') });
    files.push(...inside.map((n) => join(path, n)));
  }
  return files;
}

/** The responses that do not fit `q` (an unknown question id or sector), found without building any message. */
export function unfit(parsed: ParsedResponse[], q: Questionnaire): ParsedResponse[] {
  const known = new Set(q.dimensions.flatMap((d) => d.questions.map((x) => x.id)));
  const sectors = new Set(q.sectors.map((s) => s.id));
  return parsed.filter(({ response }) => !sectors.has(response.respondent.sector) || [...response.answers.keys()].some((id) => !known.has(id)));
}

/** Checks responses against the questionnaire: answered ids exist (with a suggestion), the sector is known. */
export function checkResponses(parsed: ParsedResponse[], q: Questionnaire): void {
  const questionIds = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
  const known = new Set(questionIds);
  const sectors = q.sectors.map((s) => s.id);
  const problems: Problem[] = [];
  for (const { response, doc } of unfit(parsed, q)) {
    const f = response.file;
    for (const id of response.answers.keys()) {
      if (known.has(id)) continue;
      const near = closest(id, questionIds);
      problems.push(problemAt(f, doc, ['answers', id], msg('answer.unknownQuestion', { id, near }), true));
    }
    if (!sectors.includes(response.respondent.sector)) {
      const near = closest(response.respondent.sector, sectors);
      problems.push(
        problemAt(f, doc, ['respondent', 'sector'], msg('answer.unknownSector', { sector: response.respondent.sector, near, choices: sectors })),
      );
    }
  }
  if (problems.length) throw new InputError(sortProblems(problems));
}

export interface LoadedResponses {
  questionnaire: LoadedQuestionnaire;
  responses: Response[];
  files: string[];
}

export interface LoadOptions {
  /** Where "-" reads from (the command's, for in-process runs), asked for only then; the process's by default. */
  stdin?: () => NodeJS.ReadableStream;
  /** Called after each file read, to show progress. */
  onProgress?: (done: number, total: number) => void;
}

/** Reads every response of `paths` and checks them against their one questionnaire (see questionnaireFor). */
export async function loadResponses(paths: string[], questionnaireRef?: string, options: LoadOptions = {}): Promise<LoadedResponses> {
  const files = await expandPaths(paths);
  const parsed: ParsedResponse[] = [];
  for (const [i, path] of files.entries()) {
    const input = await readInput(path, path === STDIN ? options.stdin?.() : undefined);
    for (const p of await readResponses(input.text, input.file)) parsed.push(p);
    options.onProgress?.(i + 1, files.length);
  }
  const questionnaire = await questionnaireFor(parsed, questionnaireRef);
  return { questionnaire, responses: parsed.map((p) => p.response), files };
}

/**
 * The responses of one answer file. Documents that are plainly well formed are taken as they are (fast.ts);
 * if any is not, the whole file goes through the schema (load.ts, and zod, loaded then), which explains.
 */
export async function readResponses(text: string, file: string): Promise<ParsedResponse[]> {
  const docs = parseYamlDocuments(text, file);
  const out: ParsedResponse[] = [];
  for (const [index, doc] of docs.entries()) {
    if (doc.value === null || doc.value === undefined) continue;
    const answers = fastAnswerFile(doc.value);
    if (!answers) return (await import('./parse.js')).parseAnswerDocs(docs, file);
    // The parsed document itself is not kept, only its locator: from here on the response is what is used,
    // and keeping both would double the memory that ten thousand responses take.
    out.push({ doc: { value: undefined, locate: doc.locate }, response: toResponse(answers, file, index) });
  }
  return out.length ? out : (await import('./parse.js')).parseAnswerDocs(docs, file);
}

/** A response from a checked answer document: the same whichever way it was checked. */
export function toResponse(a: AnswerFile, file: string, index: number): Response {
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
    answers: answerMap(a.answers),
  };
}

// An answer without comment is one of five values: every response shares these (frozen) rather than making
// its own, which is most of what ten thousand responses would otherwise allocate.
const PLAIN = new Map<AnswerValue, { value: AnswerValue }>(([0, 1, 2, 3, 'unknown'] as const).map((v) => [v, Object.freeze({ value: v })]));

function answerMap(answers: AnswerFile['answers']): Response['answers'] {
  const map: Response['answers'] = new Map();
  for (const id of Object.keys(answers)) {
    const v = answers[id]!;
    if (typeof v !== 'object') map.set(id, PLAIN.get(v) ?? { value: v });
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
export async function questionnaireFor(parsed: ParsedResponse[], ref?: string): Promise<LoadedQuestionnaire> {
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
  return builtinVersionFor(parsed, loaded);
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
  if (!unfit(parsed, current.questionnaire).length) return current;
  for (const v of archived) {
    const loaded = await loadArchived(id, v);
    if (!unfit(parsed, loaded.questionnaire).length) return loaded;
  }
  // No one version fits them all: when the first file that does not fit the newest fits an older one, it is a mix.
  const stray = unfit(parsed, current.questionnaire)[0]!;
  const fitting = parsed.find((p) => !unfit([p], current.questionnaire).length);
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
