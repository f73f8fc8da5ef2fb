// `--territory-map FILE`: a YAML mapping from names as written to the territory they mean, read with line-precise errors.
import { InputError, type Problem } from '../core/errors.js';
import { isPlainObject } from '../core/object.js';
import { msg } from '../i18n/messages/index.js';
import { problemAt } from '../input/problems.js';
import { readInput } from '../input/read.js';
import { parseYamlDocuments } from '../input/yaml.js';
import { MAX_NAME } from '../core/patterns.js';
import { territoryKey, type TerritoryMap } from './territory.js';

/**
 * Reads a map such as `Villeneuve-la-G.: Villeneuve-la-Garenne` (one line per variant). Variants are compared by
 * their key (territoryKey), so one line covers every spelling that normalises alike; a variant mapped to two
 * different territories is an error.
 */
export async function readTerritoryMap(path: string): Promise<TerritoryMap> {
  const { file, text } = await readInput(path);
  const docs = parseYamlDocuments(text, file);
  const doc = docs[0];
  if (!doc || docs.length !== 1 || !isPlainObject(doc.value)) throw new InputError({ file, ...(doc ? doc.locate([]) : {}), ...msg('territoryMap.notMapping') });
  const map = new Map<string, string>();
  const problems: Problem[] = [];
  for (const [variant, canonical] of Object.entries(doc.value)) {
    if (typeof canonical !== 'string' || !canonical.trim() || canonical.length > MAX_NAME) {
      problems.push(problemAt(file, doc, [variant], msg('territoryMap.notName')));
      continue;
    }
    const key = territoryKey(variant);
    const before = map.get(key);
    if (before !== undefined && territoryKey(before) !== territoryKey(canonical)) {
      problems.push(problemAt(file, doc, [variant], msg('territoryMap.twoTerritories', { variant, first: before, second: canonical.trim() }), true));
      continue;
    }
    map.set(key, canonical.trim());
    // The canonical name stands for itself too, so that a response already written that way joins its variants.
    if (!map.has(territoryKey(canonical))) map.set(territoryKey(canonical), canonical.trim());
  }
  if (problems.length) throw new InputError(problems);
  return map;
}
