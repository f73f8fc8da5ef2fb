// The build's checked copies of the built-in questionnaires are what parsing and checking their YAML gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/input/read.js';
import { QUESTIONNAIRES_DIR } from '../../src/io/paths.js';
import { CACHE_DIR, readCached } from '../../src/questionnaire/cache.js';
import { builtinIds } from '../../src/questionnaire/builtin.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';

const yamlOf = (id: string) => decode(readFileSync(join(QUESTIONNAIRES_DIR, `${id}.yaml`)), id);

describe('checked copies of the built-in questionnaires (dist/questionnaires, made by the build)', () => {
  it.each(builtinIds())('%s: the copy is the questionnaire its YAML gives', async (id) => {
    const text = yamlOf(id);
    const copy = await readCached(id, text, CACHE_DIR);
    expect(copy).toBeDefined();
    expect(copy).toStrictEqual(parseQuestionnaire(text, `${id}.yaml`));
  });

  it('is not used once the YAML has changed, nor when it is missing', async () => {
    const [id] = builtinIds();
    expect(await readCached(id!, `${yamlOf(id!)}# edited\n`, CACHE_DIR)).toBeUndefined();
    expect(await readCached(id!, yamlOf(id!), join(CACHE_DIR, 'nowhere'))).toBeUndefined();
  });
});
