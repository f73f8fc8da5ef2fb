// Run by the build (esbuild.config.mjs), not by the CLI: writes the checked copy of each built-in questionnaire.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../input/read.js';
import { cacheEntry } from './cache.js';
import { parseQuestionnaire } from './parse.js';

/** Copies each valid *.yaml of `from` into `to` as <id>.json; an invalid one is left to report itself at run time. */
export function precompile(from: string, to: string): string[] {
  mkdirSync(to, { recursive: true });
  const written: string[] = [];
  for (const name of readdirSync(from).filter((f) => f.endsWith('.yaml'))) {
    const id = name.slice(0, -'.yaml'.length);
    const text = decode(readFileSync(join(from, name)), name);
    let questionnaire;
    try {
      questionnaire = parseQuestionnaire(text, name);
    } catch {
      continue;
    }
    writeFileSync(join(to, `${id}.json`), cacheEntry(text, questionnaire));
    written.push(id);
  }
  return written;
}
