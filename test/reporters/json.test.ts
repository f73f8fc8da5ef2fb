// The JSON report: golden files, valid against the zod schema and against the JSON Schema of `schema report`.
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/scoring/report.js';
import { cli } from '../helpers/cli.js';
import { CASES, expectGolden, reportOf, type CaseName } from './report-golden.js';

type Schema = Record<string, unknown>;

// The keywords z.toJSONSchema emits for the report; any other one fails the test rather than being ignored.
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default']);
const KEYWORDS = new Set(['type', 'const', 'enum', 'minimum', 'maximum', 'exclusiveMinimum', 'minItems', 'maxItems', 'items', 'properties', 'required', 'additionalProperties', 'anyOf', 'pattern']);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** A small JSON Schema (2020-12) validator for the keywords above: the problems, as "path: message". */
export function validate(schema: Schema, value: unknown, path = '$'): string[] {
  for (const k of Object.keys(schema)) if (!KEYWORDS.has(k) && !ANNOTATIONS.has(k)) throw new Error(`${path}: keyword "${k}" not supported by this test`);
  const problems: string[] = [];
  const fail = (m: string) => problems.push(`${path}: ${m}`);
  if (schema.anyOf) {
    const branches = (schema.anyOf as Schema[]).map((s) => validate(s, value, path));
    if (branches.every((b) => b.length)) fail(`matches no anyOf branch (${branches.flat().join('; ')})`);
  }
  if (schema.type !== undefined) {
    const types = ([] as string[]).concat(schema.type as string);
    const t = typeOf(value);
    const ok = types.some((x) => x === t || (x === 'integer' && t === 'number' && Number.isInteger(value)));
    if (!ok) return [...problems, `${path}: is ${t}, not ${types.join('|')}`];
  }
  if ('const' in schema && value !== schema.const) fail(`is not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) fail(`is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail(`< ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail(`> ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) fail(`<= ${schema.exclusiveMinimum}`);
  }
  if (typeof value === 'string' && typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) fail(`does not match ${schema.pattern}`);
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) fail(`fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) fail(`more than ${schema.maxItems} items`);
    if (schema.items) value.forEach((v, i) => problems.push(...validate(schema.items as Schema, v, `${path}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const k of (schema.required ?? []) as string[]) if (!(k in obj)) fail(`misses "${k}"`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) problems.push(...validate(props[k], v, `${path}.${k}`));
      else if (schema.additionalProperties === false) fail(`has unexpected "${k}"`);
      else if (typeOf(schema.additionalProperties) === 'object') problems.push(...validate(schema.additionalProperties as Schema, v, `${path}.${k}`));
    }
  }
  return problems;
}

/** Every number of a JSON value, with its path. */
function numbers(v: unknown, path = '$'): [string, number][] {
  if (typeof v === 'number') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => numbers(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => numbers(x, `${path}.${k}`));
  return [];
}

describe('json golden files', () => {
  const goldens: [CaseName, 'fr' | 'en'][] = [
    ['express-one', 'fr'],
    ['express-several', 'fr'],
    ['express-gate-failed', 'en'],
    ['express-all-unknown', 'fr'],
    ['mini-several', 'en'],
  ];
  for (const [name, lang] of goldens) {
    it(`${name} (${lang})`, async () => {
      expectGolden(await reportOf(name, ['--format', 'json', '--lang', lang]), `${name}.${lang}.json`);
    });
  }
});

describe('json report validity', async () => {
  const printed = await cli(['schema', 'report']);
  const jsonSchema = JSON.parse(printed.stdout) as Schema;

  it('the validator of this test does catch problems', () => {
    const sample = JSON.parse(JSON.stringify({ reportVersion: 2 }));
    expect(validate(jsonSchema, sample).length).toBeGreaterThan(1);
  });

  for (const name of Object.keys(CASES) as CaseName[]) {
    for (const lang of ['fr', 'en']) {
      it(`${name} (${lang}) passes the zod schema and the JSON Schema, numbers with one decimal at most`, async () => {
        const value: unknown = JSON.parse(await reportOf(name, ['--format', 'json', '--lang', lang]));
        const parsed = Report.safeParse(value);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(validate(jsonSchema, value)).toEqual([]);
        expect(numbers(value).filter(([, n]) => Math.round(n * 10) / 10 !== n)).toEqual([]);
        expect((value as Report).lang).toBe(lang);
      });
    }
  }

  it('is the same bytes for the same inputs', async () => {
    const a = await reportOf('express-several', ['--format', 'json']);
    const b = await reportOf('express-several', ['--format', 'json']);
    expect(a).toBe(b);
    expect(a).not.toMatch(/\/work\/|\d{2}:\d{2}:\d{2}/); // no absolute path, no time
  });
});
