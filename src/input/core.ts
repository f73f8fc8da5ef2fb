// js-yaml's schema for our files: plain scalars resolve as the `yaml` package resolves them with the YAML 1.2
// core schema (`yes` is a string, `0o17` and `0x1F` are numbers, no `1_000`, no timestamps, no merge keys).
import { FAILSAFE_SCHEMA, Type } from 'js-yaml';

const WORDS = new Map<string, null | boolean>([
  ['', null], ['~', null], ['null', null], ['Null', null], ['NULL', null],
  ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
]);
/** The longest of WORDS ("False"): a longer scalar is not looked up. */
const LONGEST_WORD = 5;

/**
 * A plain scalar's value under the YAML 1.2 core schema, with `yaml`'s tests, in `yaml`'s order. js-yaml asks it
 * of every plain scalar, keys included (seventy a response): most are strings, told by their length and first
 * character alone.
 */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // One digit (most answers) is an integer; "~" is null; other single characters are strings.
  if (s.length === 1) return c >= 0x30 && c <= 0x39 ? c - 0x30 : c === 0x7e ? null : s;
  if (s.length <= LONGEST_WORD) {
    const word = WORDS.get(s);
    if (word !== undefined) return word;
  }
  // The first characters of every core-schema integer and float: + - . and the digits.
  if (!(c === 0x2b || c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39))) return s;
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) {
    return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

// js-yaml asks an implicit type whether it resolves a scalar, then to construct it: the value is computed once.
let last: unknown;

/** Every plain scalar that is not a string: null, booleans, integers and floats, as the core schema reads them. */
const plain = new Type('tag:yaml.org,2002:core-plain', {
  kind: 'scalar',
  resolve: (data: string) => typeof (last = resolvePlain(data)) !== 'string',
  construct: () => last,
});

export const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [plain] });
