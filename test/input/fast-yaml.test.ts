// The fast YAML subset reader against the `yaml` package: wherever the fast reader answers, it answers the same.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSegment, splitDocuments, type FastDocument } from '../../src/input/fast-yaml.js';
import { MAX_ALIASES, PARSE_OPTIONS } from '../../src/input/yaml.js';
import { stream, written } from '../helpers/yaml-arbitraries.js';

/** What the full parser makes of a stream: its documents, or 'error' when it reports any error or warning. */
function reference(text: string): FastDocument[] | 'error' {
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  if (!Array.isArray(docs)) return 'error';
  if (docs.some((d) => d.errors.length || d.warnings.length)) return 'error';
  try {
    return docs.map((d) => ({ value: d.toJS({ maxAliasCount: MAX_ALIASES }) }));
  } catch {
    return 'error';
  }
}

function fast(text: string): FastDocument[] | undefined {
  const segments = splitDocuments(text);
  if (!segments) return undefined;
  const out: FastDocument[] = [];
  for (const seg of segments) {
    const doc = parseSegment(text, seg);
    if (!doc) return undefined;
    out.push(doc);
  }
  return out;
}

/** The property: the fast reader refuses, or gives exactly (prototypes, -0, NaN included) what `yaml` gives. */
function agrees(text: string): boolean {
  const mine = fast(text);
  if (mine === undefined) return true;
  const theirs = reference(text);
  return theirs !== 'error' && isDeepStrictEqual(mine, theirs);
}

/** FAST_YAML_RUNS=200000 for a longer search than the default. */
const RUNS = Number(process.env.FAST_YAML_RUNS ?? 5000);

describe('fast YAML subset', () => {
  it('agrees with yaml on generated, mostly well-formed documents, or refuses them', () => {
    fc.assert(fc.property(written, (text) => agrees(text)), { numRuns: RUNS });
  });


  it('agrees with yaml on generated streams, or refuses them', () => {
    fc.assert(fc.property(stream, (text) => agrees(text)), { numRuns: RUNS });
  });

  it('agrees with yaml on each document alone, as parseYamlDocuments uses it', () => {
    fc.assert(
      fc.property(stream, (text) => {
        const segments = splitDocuments(text);
        if (!segments) return true;
        const whole = reference(text);
        if (whole === 'error') return true;
        if (whole.length !== segments.length) return false;
        return segments.every((seg, i) => {
          const alone = reference(text.slice(seg.start, seg.end));
          return alone !== 'error' && alone.length === 1 && isDeepStrictEqual(alone[0]!.value, whole[i]!.value);
        });
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it.each([
    ['an answer file', 'questionnaire: impact-collectif\nversion: 1.0.0\nterritory: Nanterre # ville\nrespondent:\n  sector: association\n  name: "Lé\\"a"\ndate: 2025-03-04\nanswers:\n  # c\n  urgence.constat-partage: 2\n  urgence.donnees: unknown\n  noyau.x: { value: 1, comment: "à revoir: oui" }\n'],
    ['several documents', '# header\n---\na: 1\n--- # second\nb: 2\n---\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  c: x y\r\n'],
    ['a blank template', 'answers:\n  a.b:\n  a.c:\n'],
    ['__proto__ as data', '__proto__: 1\nb:\n  __proto__: { x: 1 }\n'],
    ['empty documents', '---\n---\na: 1\n'],
    ['comments only', '# nothing\n\n  # more\n'],
  ])('reads %s itself, exactly as yaml does', (_name, text) => {
    const mine = fast(text);
    expect(mine).toBeDefined();
    expect(isDeepStrictEqual(mine, reference(text))).toBe(true);
  });

  it.each([
    ['a block scalar', 'a: |\n  x\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['a multi-line quoted string', 'a: "b\n  c"\n'],
    ['a sequence', 'a:\n  - 1\n'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a key that is not a string', '1: a\n'],
    ['a tab', 'a:\t1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['a nested flow mapping', 'a: { b: { c: 1 } }\n'],
    ['a mapping nested deeper than MAX_NESTING', Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:\n`).join('')],
  ])('leaves %s to the full parser', (_name, text) => {
    expect(fast(text)).toBeUndefined();
  });
});
