// YAML parsing that keeps positions: values for the schema, and a locator from a value path to file:line:col.
// Well-formed answer files take a fast path (fast-yaml.ts, or JSON.parse for *.json files); the `yaml` package,
// loaded only when needed, reads everything else, explains every error, and finds positions on demand.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Document, Node } from 'yaml';
import { InputError, type Problem } from '../core/errors.js';
import { msg, type Message } from '../i18n/messages/index.js';
import type { MessageParams } from '../i18n/messages/types.js';
import { parseSegment, splitDocuments, type Segment } from './fast-yaml.js';
import { jsonTooDeep, MAX_NESTING, parseAllDocuments, TooDeep } from './nesting.js';

export type Path = readonly (string | number)[];

export interface ParsedDocument {
  value: unknown;
  /** Line and column of the node at `path`, or of its closest existing ancestor; `key` points at the key instead. */
  locate(path: Path, key?: boolean): { line: number; col: number };
}

export const PARSE_OPTIONS = { uniqueKeys: true, strict: true, schema: 'core', merge: false, prettyErrors: false } as const;
/** More aliases than this in one document is refused (a "billion laughs" defence). */
export const MAX_ALIASES = 100;

let yamlPackage: typeof Yaml | undefined;
/** The `yaml` package, loaded on first use (synchronously, as parsing is): well-formed input never pays for it. */
function yaml(): typeof Yaml {
  return (yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}

/** Parses every document of a YAML stream (a *.json file as JSON); throws an InputError listing every syntax problem. */
export function parseYamlDocuments(text: string, file: string): ParsedDocument[] {
  const at = positions(text);
  const fast = /\.json$/i.test(file) ? parseJson(text, at) : parseFast(text, at);
  return fast ?? parsePrecise(text, file);
}

interface Candidate {
  doc: ParsedDocument;
  empty: boolean;
}

/** Each document through the fast reader, or alone through `yaml`; undefined when any has a problem to explain. */
function parseFast(text: string, at: Positions): ParsedDocument[] | undefined {
  const segments = splitDocuments(text);
  if (!segments) return undefined;
  const docs: Candidate[] = [];
  for (const seg of segments) {
    const fast = parseSegment(text, seg);
    const doc = fast ? { empty: false, doc: { value: fast.value, locate: locator(text, seg, at) } } : parseAlone(text, seg, at);
    if (!doc) return undefined;
    docs.push(doc);
  }
  return keepDocuments(docs, (d) => d.empty).map((d) => d.doc);
}

/** Empty documents are dropped, unless the stream has only that one (as `yaml` gives it). */
function keepDocuments<T>(docs: T[], empty: (doc: T) => boolean): T[] {
  return docs.filter((doc) => !empty(doc) || docs.length === 1);
}

function parseAlone(text: string, seg: Segment, at: Positions): Candidate | undefined {
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(yaml(), text.slice(seg.start, seg.end), PARSE_OPTIONS);
  } catch {
    return undefined; // nested too deep: the precise parse says where
  }
  if (docs.length !== 1) return undefined;
  const doc = docs[0]!;
  if (doc.errors.length || doc.warnings.length) return undefined;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return undefined;
  }
  return { empty: doc.contents === null, doc: { value, locate: (path, key = false) => at(seg.start + offsetOf(doc, path, key)) } };
}

/** Positions of a fast-path document: `yaml` parses it again only when a position is asked for. */
function locator(text: string, seg: Segment, at: Positions): ParsedDocument['locate'] {
  let doc: Document.Parsed | null | undefined;
  return (path, key = false) => {
    if (doc === undefined) {
      let docs: Document.Parsed[] = [];
      try {
        docs = parseAllDocuments(yaml(), text.slice(seg.start, seg.end), PARSE_OPTIONS);
      } catch {
        // too deep to compose: positions fall back to the document's start
      }
      doc = docs.length === 1 ? docs[0]! : null;
    }
    return at(seg.start + (doc ? offsetOf(doc, path, key) : 0));
  };
}

/** A *.json file is JSON, and JSON is YAML 1.2: JSON.parse when it can, with `yaml`'s duplicate-key refusal. */
function parseJson(text: string, at: Positions): ParsedDocument[] | undefined {
  if (jsonTooDeep(text) !== undefined) return undefined; // countKeys below recurses
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!keysAreUnique(text, value)) return undefined;
  return [{ value, locate: locator(text, { start: 0, end: text.length, explicit: false }, at) }];
}

// Every JSON string in order (so a match never starts inside one), and whether a colon follows: a key.
const JSON_STRING = /"(?:[^"\\]|\\.)*"([ \t\n\r]*:)?/g;
/** yaml refuses implicit keys longer than this. */
const MAX_KEY = 1024;

/** JSON.parse keeps the last of duplicate keys silently: count the keys written against the keys kept. */
function keysAreUnique(text: string, value: unknown): boolean {
  let written = 0;
  for (const m of text.matchAll(JSON_STRING)) {
    if (m[1] === undefined) continue;
    if (m[0].length - m[1].length > MAX_KEY) return false;
    written++;
  }
  return written === countKeys(value);
}

function countKeys(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let n = 0;
  if (Array.isArray(value)) for (const v of value) n += countKeys(v);
  else for (const k of Object.keys(value)) n += 1 + countKeys((value as Record<string, unknown>)[k]);
  return n;
}

/**
 * The whole stream through `yaml`: the values of anything valid, and every problem of anything that is not.
 * Exported as the reference that the fast paths are tested against.
 */
export function parsePrecise(text: string, file: string): ParsedDocument[] {
  const lineCounter = new (yaml().LineCounter)();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(yaml(), text, { ...PARSE_OPTIONS, lineCounter });
  } catch (err) {
    if (err instanceof TooDeep) throw new InputError({ file, ...positions(text)(err.offset), ...msg('yaml.tooDeep', { max: MAX_NESTING }) });
    throw new InputError({ file, ...parserFailure(err) });
  }
  const at = (offset: number) => lineCounter.linePos(offset);
  const problems: Problem[] = [];
  for (const doc of docs) {
    // After a syntax error the parser is lost and what it reports next is mostly its consequences:
    // keep the first syntax error of each document (duplicate keys and tags are independent problems).
    let syntax = false;
    for (const e of [...doc.errors, ...doc.warnings]) {
      const independent = e.code === 'DUPLICATE_KEY' || e.code === 'TAG_RESOLVE_FAILED';
      if (!independent && syntax) continue;
      syntax ||= !independent;
      problems.push({ file, ...at(e.pos[0]), ...yamlMessage(e, doc, text) });
    }
  }
  if (problems.length) throw new InputError(problems);
  return keepDocuments(docs, (doc) => doc.contents === null).map((doc) => {
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (err) {
      throw new InputError({ file, ...at(unresolvedAlias(doc) ?? doc.range[0]), ...parserFailure(err) });
    }
    return {
      value,
      locate: (path: Path, key = false) => at(offsetOf(doc, path, key)),
    };
  });
}

type Positions = (offset: number) => { line: number; col: number };

/** 1-based line and column of an offset; the line index is built on the first call only. */
function positions(text: string): Positions {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo]! + 1 };
  };
}

/** Offset of the first alias whose anchor is not defined before it, if any. */
function unresolvedAlias(doc: Document.Parsed): number | undefined {
  const { visit } = yaml();
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function parserFailure(err: unknown): Message {
  if (err instanceof RangeError) return msg('yaml.tooDeep', { max: MAX_NESTING });
  const message = err instanceof Error ? err.message : String(err);
  const unresolved = /^Unresolved alias[^:]*: (.*)/.exec(message);
  if (unresolved) return msg('yaml.unknownAlias', { name: shorten(unresolved[1]!) });
  if (/alias/i.test(message)) return msg('yaml.tooManyAliases', { max: MAX_ALIASES });
  return msg('yaml.syntax');
}

/** Each of the `yaml` package's error codes, as a code of ours: its English texts never reach the user. */
const SYNTAX: Record<Yaml.ErrorCode, keyof MessageParams> = {
  ALIAS_PROPS: 'yaml.props',
  BAD_ALIAS: 'yaml.badAlias',
  BAD_DIRECTIVE: 'yaml.directive',
  BAD_DQ_ESCAPE: 'yaml.badEscape',
  BAD_INDENT: 'yaml.badIndent',
  BAD_PROP_ORDER: 'yaml.props',
  BAD_SCALAR_START: 'yaml.badScalarStart',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.implicitKey',
  BLOCK_IN_FLOW: 'yaml.blockInFlow',
  DUPLICATE_KEY: 'yaml.duplicateKey',
  IMPOSSIBLE: 'yaml.syntax',
  KEY_OVER_1024_CHARS: 'yaml.longKey',
  MISSING_CHAR: 'yaml.missingChar',
  MULTILINE_IMPLICIT_KEY: 'yaml.implicitKey',
  MULTIPLE_ANCHORS: 'yaml.props',
  MULTIPLE_DOCS: 'yaml.syntax',
  MULTIPLE_TAGS: 'yaml.props',
  NON_STRING_KEY: 'yaml.nonStringKey',
  RESOURCE_EXHAUSTION: 'yaml.tooManyAliases',
  TAB_AS_INDENT: 'yaml.tabIndent',
  TAG_RESOLVE_FAILED: 'yaml.tag',
  UNEXPECTED_TOKEN: 'yaml.unexpected',
  BAD_COLLECTION_TYPE: 'yaml.syntax',
};

function yamlMessage(e: Yaml.YAMLError, doc: Document.Parsed, text: string): Message {
  // The composer recurses: should a nesting get past nesting.ts and overflow the stack, yaml reports it so.
  if (/call stack/i.test(e.message)) return msg('yaml.tooDeep', { max: MAX_NESTING });
  const code = SYNTAX[e.code] ?? 'yaml.syntax';
  if (code === 'yaml.duplicateKey') return msg(code, { key: keyAt(doc, e.pos[0]) ?? shorten(text.slice(e.pos[0], e.pos[1])) });
  if (code === 'yaml.tag') return msg(code, { tag: shorten(text.slice(e.pos[0], e.pos[1])) });
  if (code === 'yaml.tooManyAliases') return msg(code, { max: MAX_ALIASES });
  // An unclosed [ or { is reported as a bad indentation of the lines after it: say which bracket is missing.
  const unclosed = code === 'yaml.badIndent' && /end with a ([\]}])/.exec(e.message);
  if (unclosed) return msg('yaml.unclosed', { char: unclosed[1]! });
  if (code === 'yaml.missingChar' && /closing "?quote/i.test(e.message)) return msg('yaml.unclosedQuote');
  return { code, params: {} } as Message;
}

/** The key of the map entry whose key starts at `offset` (a duplicate key, as yaml reports it). */
function keyAt(doc: Document.Parsed, offset: number): string | undefined {
  const { isScalar, visit } = yaml();
  let key: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (rangeStart(pair.key) !== offset) return undefined;
      key = shorten(String(isScalar(pair.key) ? pair.key.value : pair.key));
      return visit.BREAK;
    },
  });
  return key;
}

/** A key or name from the file, as short as a path segment in messages (a hostile 1 MB key makes no 1 MB line). */
function shorten(s: string, max = 80): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** Walks the document's nodes along `path`; returns the offset of the deepest node reached. */
function offsetOf(doc: Document.Parsed, path: Path, key: boolean): number {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? doc.range[0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(seg));
      if (!pair) break;
      if (last && key) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) break;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
