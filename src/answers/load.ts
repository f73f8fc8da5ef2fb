// Reads answer files (files, directories, standard input) and checks them against their questionnaire.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type Problem } from '../errors.js';
import { asInputError, readInput, STDIN } from '../input/read.js';
import { parseYamlDocuments, type ParsedDocument } from '../input/yaml.js';
import { problemAt, sortProblems, zodProblems } from '../input/problems.js';
import { builtinIds, isPlainObject, loadQuestionnaire, type LoadedQuestionnaire } from '../questionnaire/load.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { closest } from '../suggest.js';
import { AnswerFile, type Response } from './schema.js';

/** A response still tied to its YAML document, so later checks can name the line. */
export interface ParsedResponse {
  response: Response;
  doc: ParsedDocument;
}

/** Expands directories into their *.yaml / *.yml files, in sorted order; keeps "-" as standard input. */
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
    const inside = names.filter((n) => /\.ya?ml$/i.test(n)).sort();
    if (!inside.length) throw new InputError({ file: path, message: 'directory has no *.yaml or *.yml file' });
    files.push(...inside.map((n) => join(path, n)));
  }
  return files;
}

/** Parses one answer file's text into responses, checking only the answer-file schema. */
export function parseAnswerText(text: string, file: string): ParsedResponse[] {
  return parseAnswerDocs(parseYamlDocuments(text, file), file);
}

export function parseAnswerDocs(docs: ParsedDocument[], file: string): ParsedResponse[] {
  const out: ParsedResponse[] = [];
  const problems: Problem[] = [];
  docs.forEach((doc, index) => {
    if (doc.value === null || doc.value === undefined) return;
    if (!isPlainObject(doc.value)) {
      problems.push({ file, ...doc.locate([]), message: 'an answer file must be a YAML mapping' });
      return;
    }
    const parsed = AnswerFile.safeParse(doc.value);
    if (!parsed.success) {
      const blank = blankAnswers(doc.value.answers);
      problems.push(
        ...zodProblems(parsed.error, doc, file).map((p) =>
          p.path && blank.has(p.path) ? { ...p, message: 'has no answer: write 0, 1, 2, 3 or unknown, or delete the line to leave it unanswered' } : answerMessage(p),
        ),
      );
      return;
    }
    const a = parsed.data;
    out.push({
      doc,
      response: {
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
        answers: new Map(
          Object.entries(a.answers).map(([id, v]) => [
            id,
            typeof v === 'object' ? { value: v.value, ...(v.comment?.trim() && { comment: v.comment.trim() }) } : { value: v },
          ]),
        ),
      },
    });
  });
  if (problems.length) throw new InputError(problems);
  if (!out.length) throw new InputError({ file, message: 'is empty: no response in it' });
  return out;
}

/** Paths ("answers.<id>") of answers left blank, as in a template not filled in yet. */
function blankAnswers(answers: unknown): Set<string> {
  if (!isPlainObject(answers)) return new Set();
  return new Set(Object.keys(answers).filter((id) => answers[id] === null).map((id) => `answers.${id}`));
}

function answerMessage(p: Problem): Problem {
  if (p.path && /^answers\.[^.]+\.[^.]+(\.value)?$/.test(p.path) && p.message !== 'unknown key') {
    return { ...p, message: 'must be 0, 1, 2, 3 or unknown (or { value, comment })' };
  }
  return p;
}

/** Checks responses against the questionnaire: answered ids exist (with a suggestion), the sector is known. */
export function checkResponses(parsed: ParsedResponse[], q: Questionnaire): void {
  const questionIds = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
  const known = new Set(questionIds);
  const sectors = q.sectors.map((s) => s.id);
  const problems: Problem[] = [];
  for (const { response, doc } of parsed) {
    const f = response.file;
    for (const id of response.answers.keys()) {
      if (known.has(id)) continue;
      const near = closest(id, questionIds);
      problems.push(problemAt(f, doc, ['answers', id], `unknown question id "${id}"${near ? ` (did you mean "${near}"?)` : ''}`, true));
    }
    if (!sectors.includes(response.respondent.sector)) {
      const near = closest(response.respondent.sector, sectors);
      problems.push(
        problemAt(f, doc, ['respondent', 'sector'], `unknown sector "${response.respondent.sector}"${near ? ` (did you mean "${near}"?)` : ''}; one of: ${sectors.join(', ')}`),
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

/** Reads every response of `paths` and checks them against their one questionnaire (see questionnaireFor). */
export async function loadResponses(paths: string[], questionnaireRef?: string): Promise<LoadedResponses> {
  const files = await expandPaths(paths);
  const parsed: ParsedResponse[] = [];
  for (const path of files) {
    const input = await readInput(path);
    parsed.push(...parseAnswerText(input.text, input.file));
  }
  const questionnaire = await questionnaireFor(parsed, questionnaireRef);
  return { questionnaire, responses: parsed.map((p) => p.response), files };
}

/**
 * The one questionnaire of these responses: `ref` when given (a built-in id or a path), otherwise the
 * built-in named by the first response. Every response must use it and fit it.
 */
export async function questionnaireFor(parsed: ParsedResponse[], ref?: string): Promise<LoadedQuestionnaire> {
  const first = parsed[0]!;
  if (ref === undefined && !builtinIds().includes(first.response.questionnaire)) {
    throw new InputError(
      problemAt(first.response.file, first.doc, ['questionnaire'], `unknown questionnaire "${first.response.questionnaire}": not a built-in one (${builtinIds().join(', ')}); use --questionnaire <path> for a file`),
    );
  }
  const loaded = await loadQuestionnaire(ref ?? first.response.questionnaire);
  const id = loaded.questionnaire.id;
  for (const { response, doc } of parsed) {
    if (response.questionnaire !== id) {
      throw new InputError(
        problemAt(response.file, doc, ['questionnaire'], `uses questionnaire "${response.questionnaire}", but ${ref === undefined ? 'the first response uses' : 'the questionnaire is'} "${id}": a report covers one questionnaire`),
      );
    }
  }
  checkResponses(parsed, loaded.questionnaire);
  return loaded;
}
