// The build's checked copies of the built-in questionnaires (dist/questionnaires/<id>.json): reading one is a
// JSON.parse, where parsing the YAML and checking it with zod would take most of a short run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/paths.js';
import type { Questionnaire } from './schema.js';

export const CACHE_DIR = join(PACKAGE_ROOT, 'dist', 'questionnaires');

/** Copies belong to the build that wrote them: code run from its sources (tests in-process) never reads them. */
export const FROM_BUILD = !import.meta.url.endsWith('.ts');

/** The copy's questionnaire if the copy was made from this very text, else undefined. */
export async function readCached(id: string, text: string, dir = CACHE_DIR): Promise<Questionnaire | undefined> {
  let entry: unknown;
  try {
    entry = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
  } catch {
    return undefined;
  }
  // The whole text, not a hash of it: comparing two strings is far quicker than hashing one in JavaScript.
  const { source, questionnaire } = (entry ?? {}) as { source?: unknown; questionnaire?: Questionnaire };
  return source === text ? questionnaire : undefined;
}

export function cacheEntry(text: string, questionnaire: Questionnaire): string {
  return `${JSON.stringify({ source: text, questionnaire })}\n`;
}
