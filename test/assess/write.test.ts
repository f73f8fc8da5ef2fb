// serializeResponse: fixed field order, questionnaire order, comments as { value, comment }, and a lossless round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswerText } from '../../src/answers/parse.js';
import type { AnswerValue, Response } from '../../src/answers/schema.js';
import { serializeResponse } from '../../src/answers/write.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import { fixture } from '../helpers/cli.js';

const { questionnaire: mini } = await loadQuestionnaire(fixture('questionnaires/mini.yaml'));
const ids = mini.dimensions.flatMap((d) => d.questions.map((q) => q.id));

function response(answers: [string, { value: AnswerValue; comment?: string }][], extra: Partial<Response> = {}): Response {
  return { file: 'x.yaml', doc: 0, questionnaire: 'mini', territory: 'Nanterre', respondent: { sector: 'association' }, answers: new Map(answers), ...extra };
}

/** What a reader gets back, without where it was read from. */
function read(text: string) {
  const [parsed, ...rest] = parseAnswerText(text, 'x.yaml');
  expect(rest).toHaveLength(0);
  const { file: _f, doc: _d, ...r } = parsed!.response;
  return r;
}

describe('serializeResponse', () => {
  it('writes the fields in a fixed order, answers in questionnaire order, comments as { value, comment }', () => {
    // Inserted in the reverse order of the questionnaire: the file must not depend on it.
    const r = response(
      [
        [ids[3]!, { value: 'unknown' }],
        [ids[1]!, { value: 0, comment: 'Personne ne porte: la "démarche" # ici' }],
        [ids[0]!, { value: 2 }],
      ],
      { version: '1.0', date: '2025-02-04', respondent: { name: 'Awa Diallo', sector: 'association' } },
    );
    expect(serializeResponse(r, mini)).toBe(
      [
        'questionnaire: mini',
        'version: "1.0"',
        'territory: Nanterre',
        'respondent:',
        '  sector: association',
        '  name: Awa Diallo',
        'date: 2025-02-04',
        'answers:',
        `  ${ids[0]}: 2`,
        `  ${ids[1]}:`,
        '    value: 0',
        `    comment: 'Personne ne porte: la "démarche" # ici'`,
        `  ${ids[3]}: unknown`,
        '',
      ].join('\n'),
    );
  });

  it('writes an empty answers mapping before the first answer, and the file is still valid', () => {
    const text = serializeResponse(response([]), mini);
    expect(text).toContain('answers: {}');
    expect(read(text).answers.size).toBe(0);
  });

  it('puts ids the questionnaire does not know after the known ones, sorted', () => {
    const text = serializeResponse(response([['zz.b', { value: 1 }], ['aa.b', { value: 1 }], [ids[2]!, { value: 3 }]]), mini);
    const lines = text.split('\n');
    const order = lines.slice(lines.indexOf('answers:') + 1).filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().split(':')[0]);
    expect(order).toEqual([ids[2], 'aa.b', 'zz.b']);
  });

  it('gives back the same response when read again (any answers, comments, names)', () => {
    // Text as a person can type it: no control characters, trimmed (the reader trims).
    const text = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
      .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, '').trim())
      .filter((s) => s.length > 0);
    const value = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 'unknown');
    const answer = fc.record({ value, comment: fc.option(text, { nil: undefined }) }, { requiredKeys: ['value'] });
    const answers = fc.dictionary(fc.constantFrom(...ids), answer).map((d) =>
      Object.entries(d).map(([id, a]) => [id, a.comment === undefined ? { value: a.value } : a] as [string, { value: AnswerValue; comment?: string }]),
    );
    fc.assert(
      fc.property(answers, text, fc.option(text, { nil: undefined }), fc.constantFrom('1.0', '2', 'v1.0.0'), (list, territory, name, version) => {
        const r = response(list, { territory, version, date: '2031-12-01', respondent: { sector: 'etat', ...(name && { name }) } });
        const back = read(serializeResponse(r, mini));
        const { file: _f, doc: _d, ...expected } = r;
        expect(back).toEqual(expected);
        // Deterministic: the same response always gives the same bytes.
        expect(serializeResponse(r, mini)).toBe(serializeResponse({ ...r, answers: new Map([...r.answers].reverse()) }, mini));
      }),
      { numRuns: 200 },
    );
  });
});
