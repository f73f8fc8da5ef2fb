// Parses and checks a configuration file: YAML with positions → zod schema → assertions on dimensions that exist;
// every problem at its line and column.
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import { closest } from '../core/suggest.js';
import { msg } from '../i18n/messages/index.js';
import { problemAt, sortProblems, zodProblems } from '../input/problems.js';
import { parseYamlDocuments, type ParsedDocument } from '../input/yaml.js';
import { isPlainObject } from '../core/object.js';
import type { Input } from '../input/read.js';
import { Config, INDEX_TARGETS } from './schema.js';

export interface LoadedConfig {
  file: string;
  config: Config;
  /** A questionnaire named by the file: a built-in id as it is, a path resolved from the file's folder. */
  questionnaire?: string;
  /** Throws an InputError, at the assertion's `on`, for each assertion on a dimension the questionnaire lacks. */
  checkDimensions(dimensionIds: readonly string[]): void;
}

export function parseConfig(input: Input): LoadedConfig {
  const { file, text } = input;
  // An empty file is an empty configuration (lilconfig finds it; nothing in it to apply).
  const docs = text.trim() === '' ? [] : parseYamlDocuments(text, file);
  if (docs.length > 1) throw new InputError({ file, ...msg('config.single') });
  const doc = docs[0];
  const value = doc?.value ?? {};
  if (doc && !isPlainObject(value)) throw new InputError({ file, ...doc.locate([]), ...msg('config.notMapping') });
  const parsed = Config.safeParse(value);
  if (!parsed.success) throw new InputError(doc ? zodProblems(parsed.error, doc, file) : { file, ...msg('config.notMapping') });
  const config = parsed.data;
  const ref = config.questionnaire;
  const questionnaire = ref === undefined || /^[a-z0-9-]+$/.test(ref) ? ref : resolve(dirname(file), ref);
  return { file, config, questionnaire, checkDimensions: (ids) => checkDimensions(config, doc, file, ids) };
}

function checkDimensions(config: Config, doc: ParsedDocument | undefined, file: string, ids: readonly string[]): void {
  if (!doc) return;
  const known = new Set<string>([...INDEX_TARGETS, ...ids]);
  const problems = (config.thresholds ?? []).flatMap((a, i) =>
    known.has(a.on) ? [] : [problemAt(file, doc, ['thresholds', i, 'on'], msg('config.unknownDimension', { id: a.on, near: closest(a.on, ids), choices: [...ids] }))],
  );
  if (problems.length) throw new InputError(sortProblems(problems));
}
