// readResponses (quick check first, zod only to explain) against parseAnswerText (zod always): same responses, same errors.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseAnswerText } from '../../src/answers/parse.js';
import { readResponses } from '../../src/answers/responses.js';
import { answerJson, answerYaml, readQuestionnaire } from '../bench/generate.mjs';
import { ROOT } from '../helpers/cli.js';

const RUNS = Math.ceil(Number(process.env.FAST_YAML_RUNS ?? 3000) / 3);
const q = readQuestionnaire(ROOT);

/** Responses with their positions, or the problems reported. */
async function outcome(read: () => Promise<Awaited<ReturnType<typeof readResponses>>>): Promise<unknown> {
  try {
    return (await read()).map(({ response, doc }) => ({ response, at: doc.locate(['answers', q.questions[0]!]) }));
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
}

async function same(text: string, file: string): Promise<boolean> {
  const mine = await outcome(() => readResponses(text, file));
  const reference = await outcome(async () => parseAnswerText(text, file));
  return isDeepStrictEqual(mine, reference);
}

// Lines that answer files get wrong, spliced into good ones.
const mistakes = fc.constantFrom(
  'territory:', 'territory: "  "', 'date: 2025-02-30', 'date: 04/03/2025', 'role: cheffe', '  urgence.donnees: 4', '  urgence.donnees: deux',
  '  urgence.donnees:', '  urgence.inconnue: 2', '  urgence.donnees: { value: 2, note: x }', '  urgence.donnees: { value: 2, comment: "" }',
  '  __proto__: 2', 'answers: []', '  sector: ministere', 'questionnaire: autre', '  urgence.donnees: |\n    deux', '  urgence.donnees: 2 # deux',
  '  urgence.donnees: { value: 2, comment: "  espaces  " }', '---', '--- # suite', 'name: "Léa\\u0007"', '  urgence.donnees: 1\n  urgence.donnees: 2',
);
const answerFile = fc
  .record({ responses: fc.array(fc.nat(500), { minLength: 1, maxLength: 3 }), edits: fc.array(fc.tuple(fc.nat(), mistakes), { maxLength: 2 }) })
  .map(({ responses, edits }) => {
    const lines = responses.map((i) => answerYaml(q, i)).join('---\n').split('\n');
    for (const [at, line] of edits) lines.splice(at % lines.length, 0, line);
    return lines.join('\n');
  });

describe('readResponses', () => {
  it('reads generated answer files, good and bad, as parseAnswerText does', async () => {
    await fc.assert(fc.asyncProperty(answerFile, (text) => same(text, 'r.yaml')), { numRuns: RUNS });
  });

  it('reads JSON answer files as parseAnswerText does', async () => {
    for (let i = 0; i < 50; i++) expect(await same(answerJson(q, i), `r${i}.json`)).toBe(true);
  });

  it('keeps every document of a stream, in order, with its index', async () => {
    const text = [0, 1, 2].map((i) => answerYaml(q, i)).join('---\n');
    const read = await readResponses(text, 'r.yaml');
    expect(read.map((r) => r.response.doc)).toEqual([0, 1, 2]);
    expect(await same(text, 'r.yaml')).toBe(true);
  });
});
