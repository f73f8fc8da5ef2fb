// Finds the configuration file: --config FILE, or impact-collectif.config.yaml / .yml / .json in the current folder
// or above it (lilconfig's search). Checking it is parse.ts's, loaded only when there is a file (it needs zod).
import { lilconfigSync } from 'lilconfig';
import { readInput, type Input } from '../input/read.js';
import type { LoadedConfig } from './parse.js';

/** The configuration that applies to a run, checked; undefined when there is none. */
export async function loadConfig(cwd: string, named: string | false | undefined): Promise<LoadedConfig | undefined> {
  const input = await findConfig(cwd, named);
  return input && (await import('./parse.js')).parseConfig(input);
}

export const CONFIG_FILES = ['impact-collectif.config.yaml', 'impact-collectif.config.yml', 'impact-collectif.config.json'];

/** The configuration's text: the one named, the one found from `cwd` upward, or none (`false`: --no-config). */
async function findConfig(cwd: string, named: string | false | undefined): Promise<Input | undefined> {
  if (named === false) return undefined;
  if (named !== undefined) return readInput(named);
  // lilconfig finds the file (its synchronous search: the asynchronous one loads Node's fs.promises); its text goes through the project's reading (size limit, encoding) and YAML parsing,
  // so that a problem in it is reported as every other, at its line and column, in the run's language.
  const found = lilconfigSync('impact-collectif', {
    searchPlaces: CONFIG_FILES,
    ignoreEmptySearchPlaces: false,
    loaders: { '.yaml': keep, '.yml': keep, '.json': keep },
  }).search(cwd);
  return found ? readInput(found.filepath) : undefined;
}

const keep = () => null;
