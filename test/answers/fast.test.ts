// The quick check of answer documents against the zod schema: whatever it takes, the schema takes, and gives alike.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastAnswerFile } from '../../src/answers/fast.js';
import { AnswerFile } from '../../src/answers/schema.js';
import { answerYaml, readQuestionnaire } from '../bench/generate.mjs';
import { ROOT } from '../helpers/cli.js';
import { readFileSync } from 'node:fs';
import { generate } from '../../scripts/fast-check.mjs';
import { SOURCE } from '../../scripts/fast-check-entry.js';

const RUNS = Number(process.env.FAST_YAML_RUNS ?? 3000);

// Values a YAML or JSON parser can give (never undefined: a key is there with a value, or not there).
const odd = fc.constantFrom<unknown>(
  null, '', ' ', 'x', ' x', 'x ', '\u00a0x', 'é', 'a\u0007b', 'a\u202eb', 'a\tb', 'a\nb', 'x'.repeat(81), 'x'.repeat(201), 'x'.repeat(2001),
  0, 1, 2, 3, 4, -1, -0, 1.5, NaN, Infinity, '2', 'unknown', 'Unknown', true, [], {}, [1], { value: 2 },
  '2025-03-04', '2025-02-30', '2025-13-01', '2025-3-4', 'impact-collectif', 'Impact', 'a--b', 'urgence.donnees', 'urgence', '__proto__',
);
const text = fc.oneof(fc.string({ maxLength: 12 }), odd);
const level = fc.oneof({ weight: 5, arbitrary: fc.constantFrom<unknown>(0, 1, 2, 3, 'unknown') }, { weight: 1, arbitrary: odd });
const answer = fc.oneof(
  { weight: 4, arbitrary: level },
  { weight: 1, arbitrary: fc.record({ value: level, comment: text }, { requiredKeys: ['value'] }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('value', 'comment', 'note'), fc.oneof(level, text)) },
);
const questionId = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('urgence.donnees', 'noyau.influence', 'a.b', 'x-1.y-2') }, { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 8 }), odd.filter((x): x is string => typeof x === 'string')) });
/** Answer documents: mostly shaped right, with odd values, odd keys and odd types here and there. */
const doc = fc.oneof(
  { weight: 6, arbitrary: fc.record(
    {
      questionnaire: fc.oneof(fc.constant('impact-collectif'), text),
      version: text,
      territory: fc.oneof(fc.constant('Nanterre'), text),
      respondent: fc.oneof(fc.record({ name: text, sector: fc.oneof(fc.constant('association'), text), role: text }, { requiredKeys: ['sector'] }), odd),
      date: fc.oneof(fc.constant('2025-03-04'), text),
      answers: fc.oneof({ weight: 5, arbitrary: fc.dictionary(questionId, answer, { maxKeys: 6 }) }, { weight: 1, arbitrary: odd }),
      extra: text,
    },
    { requiredKeys: ['questionnaire', 'territory', 'respondent'] },
  ) },
  { weight: 1, arbitrary: odd },
);

/** The property: refused, or taken by the schema too with the very same result. */
function agrees(v: unknown): boolean {
  const fast = fastAnswerFile(v);
  if (fast === undefined) return true;
  const zod = AnswerFile.safeParse(v);
  return zod.success && isDeepStrictEqual(fast, zod.data);
}

describe('fastAnswerFile', () => {
  it('is generated from the zod schema (run npm run fast-check after changing src/answers/schema.ts)', () => {
    expect(readFileSync(new URL('../../src/answers/fast.ts', import.meta.url), 'utf8')).toBe(generate(SOURCE.schema, SOURCE.known));
  });

  it('refuses to generate from a schema it does not know, rather than take too much', async () => {
    const { z } = await import('zod');
    expect(() => generate(z.strictObject({ a: z.string().email() }), SOURCE.known)).toThrow(/not supported/);
    expect(() => generate(z.object({ a: z.string() }), SOURCE.known)).toThrow(/strict/);
    expect(() => generate(z.strictObject({ a: z.string().refine((s) => s !== 'x') }), SOURCE.known)).toThrow(/known functions/);
  });

  it('takes only what the schema takes, giving what it gives', () => {
    fc.assert(fc.property(doc, agrees), { numRuns: RUNS });
  });

  it('takes the answer files people write (or the check would never be quick)', () => {
    const q = readQuestionnaire(ROOT);
    for (let i = 0; i < 200; i++) {
      const v: unknown = parse(answerYaml(q, i));
      expect(fastAnswerFile(v), `response ${i}`).toBeDefined();
      expect(agrees(v)).toBe(true);
    }
  });

  it.each([
    ['a territory with spaces around it (the schema trims it)', { territory: ' Nanterre ' }],
    ['a date that is no day', { date: '2025-02-30' }],
    ['an unknown key', { role: 'cheffe de projet' }],
    ['a __proto__ answer', { answers: JSON.parse('{"__proto__": 2}') }],
    ['a level out of range', { answers: { 'urgence.donnees': 4 } }],
    ['a blank answer', { answers: { 'urgence.donnees': null } }],
  ])('leaves %s to the schema', (_name, change) => {
    const base = { questionnaire: 'impact-collectif', territory: 'Nanterre', respondent: { sector: 'association' }, answers: { 'urgence.donnees': 2 } };
    expect(fastAnswerFile(base)).toBeDefined();
    expect(fastAnswerFile({ ...base, ...change })).toBeUndefined();
  });
});
