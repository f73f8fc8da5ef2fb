// `questionnaire export`: a built-in questionnaire as its YAML file (comments and sources kept), to customise.
import { join } from 'node:path';
import type { Context } from './context.js';
import { UsageError } from '../core/errors.js';
import { closest } from '../core/suggest.js';
import { msg } from '../i18n/messages/index.js';
import { readInput } from '../input/read.js';
import { writeOutput } from '../io/output.js';
import { QUESTIONNAIRES_DIR } from '../io/paths.js';
import { builtinIds } from '../questionnaire/builtin.js';

export async function exportQuestionnaire(ctx: Context, id: string, opts: { output?: string }): Promise<number> {
  const ids = builtinIds();
  if (!ids.includes(id)) throw new UsageError(msg('usage.unknownQuestionnaire', { value: id, near: closest(id, ids), choices: ids }));
  // The file's own text, not a re-serialisation: its comments and sources are what a customiser reads.
  const { text } = await readInput(join(QUESTIONNAIRES_DIR, `${id}.yaml`));
  await writeOutput(ctx, text, opts.output);
  return 0;
}
