// fast-check generators: questionnaire shapes made from the mini fixture, and random responses to them.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { AnswerValue, Response } from '../../src/answers/schema.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { fixture } from '../helpers/cli.js';
import { SAFE_TEXT } from '../../src/core/patterns.js';

/** Random cases per property: 1,000 in `npm test`; `npm run test:unit` asks for fewer (PROPERTY_RUNS). */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

export const mini: Questionnaire = parseQuestionnaire(readFileSync(fixture('questionnaires/mini.yaml'), 'utf8'), 'mini.yaml');

/** How a generated questionnaire differs from the mini fixture (printed as is when a property fails). */
export interface Shape {
  defaultTarget: number;
  dimensions: { weights: number[]; target: number | undefined }[];
}

/**
 * Shapes of the mini questionnaire: each dimension given 1 to 3 questions (copies of its first one, new ids),
 * random weights, random targets. The scoring must hold for any such shape, not only the fixture's.
 */
export const shapeArb: fc.Arbitrary<Shape> = fc.record({
  defaultTarget: fc.integer({ min: 0, max: 100 }),
  dimensions: fc.tuple(
    ...mini.dimensions.map(() =>
      fc.record({
        weights: fc.array(fc.oneof(fc.constantFrom(0.5, 1, 2, 3), fc.double({ min: 0.01, max: 10, noNaN: true })), { minLength: 1, maxLength: 3 }),
        target: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
      }),
    ),
  ),
});

const built = new WeakMap<Shape, Questionnaire>();

export function questionnaireOf(shape: Shape): Questionnaire {
  let q = built.get(shape);
  if (!q) {
    q = {
      ...mini,
      defaultTarget: shape.defaultTarget,
      dimensions: mini.dimensions.map((d, i) => {
        const { weights, target } = shape.dimensions[i]!;
        const { target: _fixture, ...rest } = d;
        return {
          ...rest,
          ...(target !== undefined && { target }),
          questions: weights.map((weight, k) => ({ ...d.questions[0]!, id: `${d.id}.q${k + 1}`, weight })),
        };
      }),
    };
    built.set(shape, q);
  }
  return q;
}

export const questionIds = (q: Questionnaire): string[] => q.dimensions.flatMap((d) => d.questions.map((x) => x.id));

/** Characters that YAML, Markdown, HTML or a terminal treat specially, and a few words YAML would retype. */
const special = fc.constantFrom(
  ':', ': ', ' #', '#', '- ', '-', '? ', '"', "'", '\\', '|', '>', '{', '}', '[', ']', ',', '&', '*', '!', '%', '@', '`', '<', '&amp;',
  '\t', '\n', '\n\n', ' ', '  ', 'é', 'Œ', '·', '\u00a0', '\u2028', '𝄞', '👩🏽‍🏫', 'yes', 'no', 'null', '~', '0x1F', '1e3', '.nan', '---', '...',
);
/** Half of a UTF-16 pair cut by slice: not a character, and UTF-8 cannot hold it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any text a person could type: no control characters (the schema refuses them), trimmed as the reader trims. */
export const textArb = (max: number): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(special, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 12 })
    .map((parts) => parts.join('').trim().slice(0, max).trim())
    .filter((s) => s.length > 0 && SAFE_TEXT.test(s) && !LONE_SURROGATE.test(s));


const valueArb: fc.Arbitrary<AnswerValue> = fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.constant('unknown' as const));

export const dateArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** One response to `q`: each question answered (maybe with a comment), "unknown", or left out. */
export function responseArb(q: Questionnaire, opts: { comments?: boolean; texts?: boolean } = {}): fc.Arbitrary<Response> {
  const answer = fc.record({
    value: valueArb,
    comment: opts.comments === false ? fc.constant(undefined) : fc.option(opts.texts ? textArb(2000) : fc.constantFrom('Oui.', 'Pas encore', 'À voir'), { nil: undefined }),
  });
  return fc
    .record({
      territory: opts.texts ? textArb(200) : fc.constantFrom('Nanterre', 'Gennevilliers'),
      sector: fc.constantFrom(...q.sectors.map((s) => s.id)),
      name: fc.option(opts.texts ? textArb(200) : fc.constantFrom('Ana', 'Léo'), { nil: undefined }),
      date: fc.option(dateArb, { nil: undefined }),
      answers: fc.tuple(...questionIds(q).map((id) => fc.option(answer.map((a) => [id, a] as const), { nil: undefined }))),
    })
    .map(({ territory, sector, name, date, answers }) => ({
      file: 'generated.yaml',
      doc: 0,
      questionnaire: q.id,
      version: q.version,
      territory,
      respondent: { sector, ...(name !== undefined && { name }) },
      ...(date !== undefined && { date }),
      answers: new Map(
        answers.filter((a) => a !== undefined).map(([id, a]) => [id, { value: a.value, ...(a.comment !== undefined && { comment: a.comment }) }] as const),
      ),
    }));
}

/** A questionnaire shape and 0 to 6 responses to it. */
export const scenarioArb = (opts: { comments?: boolean } = {}) =>
  shapeArb.chain((shape) => fc.record({ shape: fc.constant(shape), responses: fc.array(responseArb(questionnaireOf(shape), opts), { maxLength: 6 }) }));
