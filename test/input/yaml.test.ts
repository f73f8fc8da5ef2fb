// parseYamlDocuments (fast paths first) against the full parser alone: same values, same positions, same errors.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parsePrecise, parseYamlDocuments, type ParsedDocument, type Path } from '../../src/input/yaml.js';
import { stream, written } from '../helpers/yaml-arbitraries.js';

const RUNS = Number(process.env.FAST_YAML_RUNS ?? 3000) / 2;

/** Every path in a value, with a missing key under each mapping, as a key and as a value. */
function paths(value: unknown, prefix: Path = []): [Path, boolean][] {
  const out: [Path, boolean][] = [[prefix, false]];
  if (typeof value !== 'object' || value === null) return out;
  if (!Array.isArray(value)) out.push([[...prefix, 'missing-key'], false]);
  for (const [k, v] of Object.entries(value)) {
    const key = Array.isArray(value) ? Number(k) : k;
    out.push([[...prefix, key], true], ...paths(v, [...prefix, key]));
  }
  return out;
}

/** Values and the position of every path, or the problems reported. */
function outcome(parse: () => ParsedDocument[]): unknown {
  try {
    return parse().map((d) => ({ value: d.value, at: paths(d.value).map(([p, key]) => d.locate(p, key)) }));
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
}

const same = (text: string, file: string) => isDeepStrictEqual(outcome(() => parseYamlDocuments(text, file)), outcome(() => parsePrecise(text, file)));

describe('parseYamlDocuments', () => {
  it('gives what the full parser gives, positions and errors included, on generated streams', () => {
    fc.assert(fc.property(fc.oneof(stream, written), (text) => same(text, 'a.yaml')), { numRuns: RUNS });
  });

  it('reads *.json files with JSON.parse, giving what the full parser gives', () => {
    const json = fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(undefined, 2, '\t'));
    fc.assert(fc.property(json, ([value, indent]) => same(JSON.stringify(value, null, indent), 'a.json')), { numRuns: RUNS });
  });

  it.each([
    ['a duplicate key', '{"a": 1, "b": {"c": 2, "c": 3}}'],
    ['a key that only looks duplicated', '{"a": ":", "b": "\\"a\\": 1", "a\\"": 2}'],
    ['a syntax error', '{"a": 1,, "b": 2}'],
    ['YAML in a .json file', 'a: 1\nb: [1, 2]\n'],
    ['__proto__', '{"__proto__": {"polluted": true}}'],
  ])('reads a *.json file with %s as the full parser does', (_name, text) => {
    expect(same(text, 'a.json')).toBe(true);
  });

  it('reports a duplicate key of a *.json file at its line and column', () => {
    expect(() => parseYamlDocuments('{\n  "a": 1,\n  "a": 2\n}\n', 'r.json')).toThrow('r.json:3:3: duplicate key');
  });

  it('keeps __proto__ as data, never as a prototype', () => {
    for (const [text, file] of [['__proto__: { polluted: 1 }\n', 'a.yaml'], ['{"__proto__": {"polluted": 1}}', 'a.json']] as const) {
      const [doc] = parseYamlDocuments(text, file);
      expect(Object.getPrototypeOf(doc!.value)).toBe(Object.prototype);
      expect(Object.keys(doc!.value as object)).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('takes time in proportion to the stream: 4 times the documents, about 4 times the time, not 16', () => {
    const doc = (i: number) => `questionnaire: q\nrespondent:\n  sector: s${i}\nanswers:\n${Array.from({ length: 40 }, (_, k) => `  d.q${k}: ${k % 4}\n`).join('')}`;
    const stream = (n: number) => Array.from({ length: n }, (_, i) => doc(i)).join('---\n');
    const cpu = (text: string) => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const start = process.cpuUsage();
        parseYamlDocuments(text, 'a.yaml');
        const used = process.cpuUsage(start);
        best = Math.min(best, used.user + used.system);
      }
      return best;
    };
    const [small, large] = [stream(1000), stream(4000)];
    cpu(small);
    expect(cpu(large) / cpu(small)).toBeLessThan(8);
  });

  it('locates a value of the 3rd document of a stream on its own line', () => {
    const text = 'a: 1\n---\nb: 2\n--- # c\n# x\nanswers:\n  q.one: 7\n';
    const docs = parseYamlDocuments(text, 'a.yaml');
    expect(docs[2]!.locate(['answers', 'q.one'])).toEqual({ line: 7, col: 10 });
    expect(docs[2]!.locate(['answers', 'q.one'], true)).toEqual({ line: 7, col: 3 });
  });
});
