// `survey export` (the questionnaire out to a survey tool) and `survey import` (its response exports back as answer files).
import { existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Context } from './context.js';
import { InputError, Interrupted, UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { surveyText } from '../i18n/survey.js';
import { DEFAULT_QUESTIONNAIRE, loadQuestionnaire } from '../questionnaire/builtin.js';
import { checkOutput, writeOutput } from '../io/output.js';
import { loadResponses } from '../answers/responses.js';
import { serializeResponse } from '../answers/write.js';
import { slug } from '../assess/filename.js';
import { oneLine } from '../io/sanitize.js';
import { surveySpec } from '../survey/export/spec.js';
import type { Encoding, Target } from '../survey/options.js';
import { rowNumber } from '../survey/table.js';

export async function exportSurvey(ctx: Context, opts: { to: Target; questionnaire?: string; output?: string }): Promise<number> {
  const loaded = await loadQuestionnaire(opts.questionnaire ?? DEFAULT_QUESTIONNAIRE);
  const inputs = loaded.builtin ? [] : [loaded.file];
  const spec = surveySpec(loaded.questionnaire, ctx.lang);
  if (opts.to === 'limesurvey') {
    await writeOutput(ctx, (await import('../survey/export/limesurvey.js')).limesurvey(spec), opts.output, inputs);
  } else if (opts.to === 'csv') {
    const { csvHeader, csvCodes } = await import('../survey/export/csv.js');
    if (opts.output === undefined || opts.output === '-') ctx.io.stdout(csvHeader(spec));
    else {
      checkOutput(ctx, codesFile(opts.output), inputs);
      await writeOutput(ctx, csvHeader(spec), opts.output, inputs);
      await writeOutput(ctx, csvCodes(spec), codesFile(opts.output), inputs);
    }
  } else {
    // Bytes, like report --format xlsx: to --output, or to standard output when it is not a terminal.
    await writeOutput(ctx, await (await import('../survey/export/xlsform.js')).xlsform(spec), opts.output, inputs);
  }
  return 0;
}

/** responses.csv → responses-codes.csv, beside it. */
function codesFile(output: string): string {
  const ext = extname(output);
  return `${output.slice(0, output.length - ext.length)}-codes${ext || '.csv'}`;
}

export interface ImportOptions {
  questionnaire?: string;
  map?: string;
  suggestMap?: boolean;
  outputDir?: string;
  output?: string;
  encoding?: Encoding;
  sheet?: string;
}

export async function importSurvey(ctx: Context, files: string[], opts: ImportOptions): Promise<number> {
  const survey = { questionnaire: opts.questionnaire, map: opts.map, encoding: opts.encoding, sheet: opts.sheet, stdin: () => ctx.io.stdin };
  if (opts.suggestMap) {
    const { suggestMap } = await import('../survey/suggest.js');
    await writeOutput(ctx, await suggestMap(files, survey, ctx.lang), opts.output, [...files, ...(opts.map ? [opts.map] : [])]);
    return 0;
  }
  if (opts.outputDir === undefined) throw new UsageError(msg('usage.surveyImportWhere'));
  const loaded = await loadResponses(files, opts.questionnaire, { stdin: () => ctx.io.stdin, survey });
  const dir = resolve(ctx.io.cwd, opts.outputDir);
  const several = new Set(loaded.responses.map((r) => r.file)).size > 1;
  // Two exports of the same name (a/export.csv, b/export.csv) would give the same names: a suffix keeps both.
  const taken = new Set<string>();
  const named = loaded.responses.map((r) => {
    const stem = several ? `${slug(basename(r.file, extname(r.file)))}-` : '';
    // The row a spreadsheet shows (the header is row 1), or a JSON array's record number (1 for the first).
    const n = /\.json$/i.test(r.file) ? r.doc + 1 : rowNumber(r.doc);
    const base = `${stem}${slug(r.territory) || 'territoire'}-${r.respondent.sector}-${n}`;
    let name = `${base}.yaml`;
    for (let k = 2; taken.has(name); k++) name = `${base}-${k}.yaml`;
    taken.add(name);
    return { path: name, text: serializeResponse({ ...r, file: name }, loaded.questionnaire.questionnaire) };
  });
  // Every name is checked before any work: an import that would replace a file writes nothing.
  for (const { path } of named) if (existsSync(join(dir, path))) throw new InputError({ file: join(dir, path), ...msg('survey.fileExists') });
  // All or nothing: a failure midway (a full disk, a name taken meanwhile) takes back what was written.
  const { addFiles, AddFailed } = await import('../io/add-files.js');
  try {
    await addFiles(dir, new Map(named.map((f) => [f.path, f.text])));
  } catch (err) {
    if (!(err instanceof AddFailed)) throw err;
    if (err.signal) throw new Interrupted(surveyText[ctx.lang].interrupted(oneLine(opts.outputDir)));
    throw new InputError({ file: err.path, ...(err.code === 'EEXIST' ? msg('survey.fileExists') : msg('survey.importFailed', { code: err.code ?? '?' })) });
  }
  ctx.io.stderr(surveyText[ctx.lang].written(named.length, oneLine(opts.outputDir)));
  return 0;
}

