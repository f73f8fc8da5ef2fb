// Reads one side of a comparison: answer files (scored here) or a JSON report written by `report --format json`.
import { expandPaths, questionnaireFor, type ParsedResponse } from '../answers/responses.js';
import { parseAnswerText } from '../answers/parse.js';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { zodProblems } from '../input/problems.js';
import { readInput, STDIN, type Input } from '../input/read.js';
import { parseYamlDocuments } from '../input/yaml.js';
import type { Lang } from '../questionnaire/schema.js';
import { isPlainObject } from '../core/object.js';
import { score } from '../scoring/score.js';
import type { CompareInput } from './compare.js';
import { ComparableReport } from './schema.js';

export interface LoadedSide extends CompareInput {
  /** Every file read (answer files, the questionnaire file when not built in, or the JSON report). */
  files: string[];
  /** The file to name in a message about the whole side. */
  first: string;
}

/**
 * A JSON report is recognised by its name (.json) or, on standard input, by its content (a JSON object
 * with "reportVersion"); it must then be the only input of its side.
 */
export async function loadSide(paths: string[], opts: { lang: Lang; questionnaire?: string; stdin?: NodeJS.ReadableStream }): Promise<LoadedSide> {
  const files = await expandPaths(paths);
  const inputs: Input[] = [];
  for (const path of files) inputs.push(await readInput(path, opts.stdin));
  const reports = inputs.filter((input, i) => isJsonReport(files[i]!, input.text));
  if (reports.length) {
    if (inputs.length > 1) {
      throw new InputError({ file: reports[0]!.file, ...msg('report.notAlone') });
    }
    return { report: parseReport(reports[0]!), source: 'report', files, first: reports[0]!.file };
  }
  const parsed: ParsedResponse[] = inputs.flatMap((input) => parseAnswerText(input.text, input.file));
  const loaded = await questionnaireFor(parsed, opts.questionnaire);
  const report = score(loaded.questionnaire, parsed.map((p) => p.response), { lang: opts.lang });
  return {
    report,
    source: 'answers',
    files: loaded.builtin ? files : [...files, loaded.file],
    first: inputs[0]!.file,
  };
}

function isJsonReport(path: string, text: string): boolean {
  if (/\.json$/i.test(path)) return true;
  return path === STDIN && /^\s*\{/.test(text) && text.includes('"reportVersion"');
}

/** JSON is YAML: parsing it as YAML keeps positions, so schema problems come out as file:line:col. */
export function parseReport({ file, text }: Input): ComparableReport {
  const docs = parseYamlDocuments(text, file);
  const doc = docs[0];
  if (docs.length !== 1 || !doc || !isPlainObject(doc.value) || !('reportVersion' in doc.value)) {
    throw new InputError({ file, ...doc?.locate([]), ...msg('report.notReport') });
  }
  const parsed = ComparableReport.safeParse(doc.value);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error, doc, file));
  return parsed.data;
}
