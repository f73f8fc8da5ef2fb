// The built-in questionnaires, and loading any questionnaire: a built-in from the build's checked copy when it is
// of the same text (no YAML, no zod), anything else parsed and checked (load.ts, imported only then).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readInput } from '../input/read.js';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { closest } from '../core/suggest.js';
import { QUESTIONNAIRES_DIR } from '../io/paths.js';
import { CACHE_DIR, FROM_BUILD, readCached } from './cache.js';
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

/** Where earlier versions of the built-ins are kept, as <id>-<version>.yaml, so that their answer files still score. */
const ARCHIVE = 'archive';

/** The archived versions of built-in `id`, newest first. */
export function archivedVersions(id: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(QUESTIONNAIRES_DIR, ARCHIVE));
  } catch {
    return [];
  }
  const parts = (v: string) => v.split('.').map(Number);
  const newer = (a: string, b: string) => {
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (y[i] ?? 0) - (x[i] ?? 0);
    return 0;
  };
  return names
    .filter((f) => f.startsWith(`${id}-`) && f.endsWith('.yaml'))
    .map((f) => f.slice(id.length + 1, -'.yaml'.length))
    .filter((v) => /^\d+(\.\d+)*$/.test(v))
    .sort(newer);
}

/** An archived version of a built-in (see archivedVersions). */
export function loadArchived(id: string, version: string): Promise<LoadedQuestionnaire> {
  return loadBuiltin(`${id}-${version}`, ARCHIVE);
}

/** A built-in id, or a path to a questionnaire file. */
export async function loadQuestionnaire(ref: string): Promise<LoadedQuestionnaire> {
  if (/^[a-z0-9-]+$/.test(ref)) {
    const ids = builtinIds();
    if (ids.includes(ref)) return loadBuiltin(ref);
    // An id-shaped name that is no file either: most likely a mistyped built-in id.
    if (!existsSync(ref)) throw unknownQuestionnaire(ref, ids);
  }
  const input = await readInput(ref);
  return { questionnaire: (await import('./parse.js')).parseQuestionnaire(input.text, input.file), file: input.file, builtin: false };
}

function unknownQuestionnaire(ref: string, ids: string[]): InputError {
  return new InputError({ file: ref, ...msg('file.notQuestionnaire', { near: closest(ref, ids), builtins: ids }) });
}

const loadedBuiltins = new Map<string, Promise<LoadedQuestionnaire>>();

/** A questionnaire of the package, read once per run (validate checks thousands of files against it). */
function loadBuiltin(name: string, dir = ''): Promise<LoadedQuestionnaire> {
  const key = `${dir}/${name}`;
  let loaded = loadedBuiltins.get(key);
  if (!loaded) {
    loaded = readBuiltin(name, dir);
    loaded.catch(() => loadedBuiltins.delete(key));
    loadedBuiltins.set(key, loaded);
  }
  return loaded;
}

/** A questionnaire of the package (`dir` under questionnaires/): the build's checked copy when it is of this text. */
async function readBuiltin(name: string, dir = ''): Promise<LoadedQuestionnaire> {
  const input = await readInput(join(QUESTIONNAIRES_DIR, dir, `${name}.yaml`));
  const file = `questionnaires/${dir ? `${dir}/` : ''}${name}.yaml`;
  const cached = FROM_BUILD ? await readCached(name, input.text, join(CACHE_DIR, dir)) : undefined;
  return { questionnaire: cached ?? (await import('./parse.js')).parseQuestionnaire(input.text, file), file, builtin: true };
}
