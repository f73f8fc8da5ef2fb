// The built-in questionnaires, and loading any questionnaire: a built-in from the build's checked copy when it is
// of the same text (no YAML, no zod), anything else parsed and checked (load.ts, imported only then).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInput } from '../input/read.js';
import { QUESTIONNAIRES_DIR } from '../paths.js';
import { FROM_BUILD, readCached } from './cache.js';
import type { Questionnaire } from './schema.js';

/** The complete built-in questionnaire, used when none is named. */
export const DEFAULT_QUESTIONNAIRE = 'impact-collectif';

export interface LoadedQuestionnaire {
  questionnaire: Questionnaire;
  /** The name shown in messages: the built-in id's file, or the path as given. */
  file: string;
  builtin: boolean;
}

/** Ids of the built-in questionnaires, in a stable order. */
export function builtinIds(): string[] {
  return readdirSync(QUESTIONNAIRES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** A built-in id, or a path to a questionnaire file. */
export async function loadQuestionnaire(ref: string): Promise<LoadedQuestionnaire> {
  const builtin = /^[a-z0-9-]+$/.test(ref) && builtinIds().includes(ref);
  const path = builtin ? join(QUESTIONNAIRES_DIR, `${ref}.yaml`) : ref;
  const input = await readInput(path);
  const file = builtin ? `questionnaires/${ref}.yaml` : input.file;
  const cached = builtin && FROM_BUILD ? await readCached(ref, input.text) : undefined;
  const questionnaire = cached ?? (await import('./load.js')).parseQuestionnaire(input.text, file);
  return { questionnaire, file, builtin };
}
