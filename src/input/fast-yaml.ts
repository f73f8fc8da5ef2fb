// Reads the small YAML subset that answer files are written in, many times faster than a full YAML parser.
//
// The subset: documents separated by `---` lines; block mappings indented with spaces; keys that are plain
// words; values that are plain scalars, quoted strings or flow mappings `{ k: v, ... }` on one line; comments.
// Scalars resolve as the `yaml` package resolves them with the YAML 1.2 core schema. Whatever is outside the
// subset (block scalars, sequences, anchors, tags, multi-line scalars, duplicate keys, tabs...) gives
// `undefined`, and the caller hands the document to the full parser, which also explains any error.
import { MAX_NESTING } from './nesting.js';

/** One document of a stream: `start` is its first line (its `---` line when explicit), `end` is exclusive. */
export interface Segment {
  start: number;
  end: number;
  explicit: boolean;
}

export interface FastDocument {
  /** A mapping, or null for a document with no content (`yaml` gives it a null scalar, not empty contents). */
  value: Record<string, unknown> | null;
}

const MARKER = /^---(?: +(?:#.*)?)?\r?$/;
// Tabs, C0/C1 controls (but LF and CR), BOM, non-characters, and the Unicode line separators.
// eslint-disable-next-line no-control-regex
const OUTSIDE = /[\t\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
/** A carriage return is a line break only before a line feed. */
const LONE_CR = /\r(?!\n)/;
/** Characters of a plain key: letters, digits, "_", and after the first one "." and "-" too. */
const KEY_FIRST = table('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_');
const KEY_NEXT = table('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-');
/** Longer implicit keys are a YAML error. */
const MAX_KEY = 1024;

/**
 * The documents of a YAML stream, split at `---` lines, as the full parser splits them: text before the first
 * marker is a document only if it has content. `undefined` when the stream uses directives, `...` or content on
 * a `---` line.
 */
export function splitDocuments(text: string): Segment[] | undefined {
  const segments: Segment[] = [];
  let start = 0;
  let explicit = false;
  let content = false;
  for (let i = 0; i < text.length; ) {
    let eol = text.indexOf('\n', i);
    if (eol === -1) eol = text.length;
    const c = text.charCodeAt(i);
    if (c === 0x2d /* - */ && text.startsWith('---', i)) {
      const line = text.slice(i, eol);
      if (MARKER.test(line)) {
        if (explicit || content) segments.push({ start, end: i, explicit });
        start = i;
        explicit = true;
        content = false;
        i = eol + 1;
        continue;
      }
      if (line.length === 3 || line.charCodeAt(3) === 0x20 || line.charCodeAt(3) === 0x09 || line.charCodeAt(3) === 0x0d) return undefined;
    } else if (c === 0x2e /* . */ && text.startsWith('...', i)) {
      return undefined;
    } else if (c === 0x25 /* % */) {
      return undefined;
    }
    if (!content) content = hasContent(text, i, eol);
    i = eol + 1;
  }
  if (explicit || content) segments.push({ start, end: text.length, explicit });
  return segments;
}

function hasContent(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
    return c !== 0x23; /* # */
  }
  return false;
}

interface Level {
  indent: number;
  map: Record<string, unknown>;
}

/** Parses one document of the subset; `undefined` when it is outside it. */
export function parseSegment(text: string, seg: Segment): FastDocument | undefined {
  // On the document's own text (a slice of a long string is not copied): never a scan to the end of the stream.
  const body = text.slice(seg.start, seg.end);
  if (OUTSIDE.test(body) || (body.includes('\r') && LONE_CR.test(body))) return undefined;

  let root: Record<string, unknown> | undefined;
  const stack: Level[] = [];
  // A key whose value is not on its line: null, unless more indented lines follow (a nested mapping).
  let pending: { map: Record<string, unknown>; key: string; indent: number } | undefined;
  let i = seg.start;
  if (seg.explicit) i = lineAfter(text, i, seg.end);
  while (i < seg.end) {
    const lineStart = i;
    let eol = text.indexOf('\n', i);
    if (eol === -1 || eol > seg.end) eol = seg.end;
    i = eol + 1;
    const end = eol > lineStart && text.charCodeAt(eol - 1) === 0x0d ? eol - 1 : eol;
    let p = lineStart;
    while (p < end && text.charCodeAt(p) === 0x20) p++;
    if (p === end || text.charCodeAt(p) === 0x23 /* # */) continue;
    const indent = p - lineStart;

    if (pending) {
      if (indent > pending.indent) {
        // Refused here, the full parser says where (a flow mapping below may add one level).
        if (stack.length >= MAX_NESTING - 1) return undefined;
        const child: Record<string, unknown> = {};
        assign(pending.map, pending.key, child);
        stack.push({ indent, map: child });
      }
      pending = undefined;
    }
    while (stack.length && indent < stack[stack.length - 1]!.indent) stack.pop();
    let top = stack[stack.length - 1];
    if (!top) {
      if (root) return undefined;
      root = {};
      top = { indent, map: root };
      stack.push(top);
    }
    if (indent !== top.indent) return undefined;

    const keyEnd = keyAt(text, p, end);
    if (keyEnd >= end || text.charCodeAt(keyEnd) !== 0x3a /* : */) return undefined;
    if (keyEnd + 1 < end && text.charCodeAt(keyEnd + 1) !== 0x20) return undefined;
    const key = text.slice(p, keyEnd);
    if (!plainKey(key) || Object.hasOwn(top.map, key)) return undefined;

    let v = keyEnd + 1;
    while (v < end && text.charCodeAt(v) === 0x20) v++;
    if (v === end || text.charCodeAt(v) === 0x23) {
      assign(top.map, key, null);
      pending = { map: top.map, key, indent };
      continue;
    }
    const parsed = text.charCodeAt(v) === 0x7b /* { */ ? flowMapping(text, v, end) : scalar(text, v, end, false);
    if (!parsed || !restIsComment(text, parsed.end, end)) return undefined;
    assign(top.map, key, parsed.value);
  }
  return { value: root ?? null };
}

function lineAfter(text: string, from: number, limit: number): number {
  const eol = text.indexOf('\n', from);
  return eol === -1 || eol >= limit ? limit : eol + 1;
}

function table(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}

/** The end of the plain key starting at `from` (`from` itself when there is none). */
function keyAt(text: string, from: number, end: number): number {
  if (from >= end || KEY_FIRST[text.charCodeAt(from)] !== 1) return from;
  let p = from + 1;
  while (p < end && KEY_NEXT[text.charCodeAt(p)] === 1) p++;
  return p;
}

// Names an object inherits: assigned as plainly, `__proto__` would set the prototype.
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** As the full parser builds objects: a key such as `__proto__` becomes an own property, never a prototype. */
function assign(map: Record<string, unknown>, key: string, value: unknown): void {
  if (INHERITED.has(key)) Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

/** A plain key that resolves to itself as a string (not `null`, `true`, `12`...), short enough to be implicit. */
function plainKey(key: string): boolean {
  // A key starts with a letter, a digit or "_": only a digit or one of the words can make it something else.
  const c = key.charCodeAt(0);
  const maybe = (c >= 0x30 && c <= 0x39) || ((key.length === 4 || key.length === 5) && WORDS.has(key));
  return key.length <= MAX_KEY && (!maybe || typeof resolvePlain(key) === 'string');
}

/** After a value: nothing, or spaces then a comment. */
function restIsComment(text: string, from: number, end: number): boolean {
  let p = from;
  while (p < end && text.charCodeAt(p) === 0x20) p++;
  return p === end || (p > from && text.charCodeAt(p) === 0x23);
}

interface Parsed {
  value: unknown;
  end: number;
}

/** A scalar starting at `from`: quoted, or plain up to the end of the line (block) or to `,` / `}` (flow). */
function scalar(text: string, from: number, end: number, flow: boolean): Parsed | undefined {
  const c = text.charCodeAt(from);
  if (c === 0x22 /* " */) return doubleQuoted(text, from, end);
  if (c === 0x27 /* ' */) return singleQuoted(text, from, end);
  if (INDICATOR.has(c)) return undefined;
  // "-", "?" and ":" start a plain scalar only when a non-space follows; ":" and "?" are refused outright.
  if (c === 0x3f || c === 0x3a) return undefined;
  if (c === 0x2d && (from + 1 >= end || !plainSafe(text.charCodeAt(from + 1), flow))) return undefined;
  let stop = end;
  for (let p = from + 1; p < end; p++) {
    const d = text.charCodeAt(p);
    if (d === 0x23 && text.charCodeAt(p - 1) === 0x20) {
      stop = p;
      break;
    }
    if (flow && FLOW_INDICATOR.has(d)) {
      stop = p;
      break;
    }
  }
  let last = stop;
  while (last > from && text.charCodeAt(last - 1) === 0x20) last--;
  const source = text.slice(from, last);
  if (flow ? source.includes(':') : source.includes(': ') || source.endsWith(':')) return undefined;
  return { value: resolvePlain(source), end: last };
}

const FLOW_INDICATOR = new Set([...',[]{}'].map((ch) => ch.charCodeAt(0)));

/** A character that may follow a leading "-" in a plain scalar. */
function plainSafe(c: number, flow: boolean): boolean {
  return c !== 0x20 && !(flow && FLOW_INDICATOR.has(c));
}

// c-indicator characters that never start a plain scalar ("-", "?" and ":" are checked apart).
const INDICATOR = new Set([...',[]{}#&*!|>\'"%@`'].map((ch) => ch.charCodeAt(0)));

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

function doubleQuoted(text: string, from: number, end: number): Parsed | undefined {
  let out = '';
  let run = from + 1;
  for (let p = from + 1; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x22) return { value: out + text.slice(run, p), end: p + 1 };
    if (c !== 0x5c /* \ */) continue;
    out += text.slice(run, p);
    const e = text[p + 1];
    if (e === 'u') {
      const hex = text.slice(p + 2, p + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return undefined;
      out += String.fromCharCode(parseInt(hex, 16));
      p += 5;
    } else {
      const ch = e === undefined ? undefined : ESCAPES[e];
      if (ch === undefined) return undefined;
      out += ch;
      p += 1;
    }
    run = p + 1;
  }
  return undefined;
}

function singleQuoted(text: string, from: number, end: number): Parsed | undefined {
  let out = '';
  let run = from + 1;
  for (let p = from + 1; p < end; p++) {
    if (text.charCodeAt(p) !== 0x27) continue;
    if (text.charCodeAt(p + 1) === 0x27 && p + 1 < end) {
      out += text.slice(run, p + 1);
      run = p + 2;
      p++;
      continue;
    }
    return { value: out + text.slice(run, p), end: p + 1 };
  }
  return undefined;
}

/** `{ key: value, ... }` on one line, with plain keys and scalar values. */
function flowMapping(text: string, from: number, end: number): Parsed | undefined {
  const map: Record<string, unknown> = {};
  let p = skipSpaces(text, from + 1, end);
  if (text.charCodeAt(p) === 0x7d) return { value: map, end: p + 1 };
  for (;;) {
    const keyEnd = keyAt(text, p, end);
    if (keyEnd + 1 >= end || text.charCodeAt(keyEnd) !== 0x3a || text.charCodeAt(keyEnd + 1) !== 0x20) return undefined;
    const key = text.slice(p, keyEnd);
    if (!plainKey(key) || Object.hasOwn(map, key)) return undefined;
    const v = skipSpaces(text, keyEnd + 1, end);
    if (v >= end) return undefined;
    const parsed = scalar(text, v, end, true);
    if (!parsed) return undefined;
    assign(map, key, parsed.value);
    p = skipSpaces(text, parsed.end, end);
    const c = text.charCodeAt(p);
    if (c === 0x7d) return { value: map, end: p + 1 };
    if (c !== 0x2c || p >= end) return undefined;
    p = skipSpaces(text, p + 1, end);
    if (p >= end || text.charCodeAt(p) === 0x7d) return undefined;
  }
}

function skipSpaces(text: string, from: number, end: number): number {
  let p = from;
  while (p < end && text.charCodeAt(p) === 0x20) p++;
  return p;
}

const WORDS = new Map<string, null | boolean>([
  ['', null], ['~', null], ['null', null], ['Null', null], ['NULL', null],
  ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
]);
// The first characters of every core-schema integer and float.
const NUMBER_START = new Set([...'+-.0123456789'].map((ch) => ch.charCodeAt(0)));

/** A plain scalar's value under the YAML 1.2 core schema, with `yaml`'s tests, in `yaml`'s order. */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // One digit (most answers) is an integer; "~" is null; other single characters are strings.
  if (s.length === 1) return c >= 0x30 && c <= 0x39 ? c - 0x30 : c === 0x7e ? null : s;
  // The words that `yaml`'s null and boolean tests match, looked up at once.
  const word = WORDS.get(s);
  if (word !== undefined) return word;
  if (!NUMBER_START.has(c)) return s;
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
