// YAML parsing that keeps positions: values for the schema, and a locator from a value path to file:line:col.
// Every stream is read by js-yaml (a fast loader, with a schema that resolves scalars as YAML 1.2's core schema
// does, see core.ts). Whatever js-yaml refuses is explained by the `yaml` package, loaded only then, on the one
// document that failed; `yaml` also finds positions, on demand, in one document.
import { loadAll, YAMLException, type LoadOptions, type State } from 'js-yaml';
import type * as Yaml from 'yaml';
import type { Document, Node } from 'yaml';
import { InputError, type Problem } from '../core/errors.js';
import { msg, type Code, type Message } from '../i18n/messages/index.js';
import { capProblems } from './cap.js';
import { CORE_SCHEMA } from './core.js';
import { MAX_NESTING, parseAllDocuments, TooDeep } from './nesting.js';

export type Path = readonly (string | number)[];

export interface ParsedDocument {
  value: unknown;
  /** What ParseOptions.take gave for this document, when it was asked (undefined: it did not take the value). */
  taken?: unknown;
  /** Line and column of the node at `path`, or of its closest existing ancestor; `key` points at the key instead. */
  locate(path: Path, key?: boolean): { line: number; col: number };
}

export const PARSE_OPTIONS = { uniqueKeys: true, strict: true, schema: 'core', merge: false, prettyErrors: false } as const;
/** More aliases than this in one document is refused (a "billion laughs" defence). */
export const MAX_ALIASES = 100;
/**
 * `yaml`'s duplicate-key check compares every key with every other: it is asked to explain a document only up to
 * this size; a larger one's duplicate is named by js-yaml. Positions in a larger document are found in its text.
 */
const PRECISE_LIMIT = 256 * 1024;

/** Set by the build (esbuild.config.mjs) to the bundle's own copy of `yaml`, beside main.cjs; unset from the sources. */
declare const IMPACT_COLLECTIF_VENDOR_YAML: string | undefined;

let yamlPackage: typeof Yaml | undefined;
/** The `yaml` package, loaded on first use (synchronously, as parsing is): well-formed input never pays for it. */
function yaml(): typeof Yaml {
  const id = typeof IMPACT_COLLECTIF_VENDOR_YAML === 'string' ? IMPACT_COLLECTIF_VENDOR_YAML : 'yaml';
  // node:module taken when needed (Node 20.16 and later): imported, it would cost every report about 0.6 ms.
  return (yamlPackage ??= process.getBuiltinModule('node:module').createRequire(import.meta.url)(id) as typeof Yaml);
}

export interface ParseOptions {
  /**
   * Answer files concatenated without `---` (`cat a.yaml b.yaml`): a top-level key met again at column 0 starts
   * a new document, with the comment lines just above it.
   */
  concatenated?: boolean;
  /**
   * A quick check of each document that js-yaml read, whose result is kept as the document's `taken`. It must take
   * (return other than undefined) only values whose keys are all plain (see plainKeys): such a document is not
   * walked again for odd keys, which was a tenth of reading 10,000 answer files.
   */
  take?: (value: unknown) => unknown;
}

/** Parses every document of a YAML (or JSON) stream; throws an InputError listing its problems. */
export function parseYamlDocuments(text: string, file: string, options: ParseOptions = {}): ParsedDocument[] {
  const at = positions(text);
  const ranges = options.concatenated ? splitConcatenated(text) : [{ start: 0, end: text.length }];
  const docs: ParsedDocument[] = [];
  const problems: Problem[] = [];
  for (const { start, end } of ranges) {
    try {
      docs.push(...parseRange(text, start, end, file, at, options.take));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      problems.push(...err.problems);
    }
  }
  if (problems.length) throw new InputError(capProblems(problems));
  const kept = docs.filter((d) => d.value !== null && d.value !== undefined);
  return kept.length || !docs.length ? kept : [docs[0]!];
}

type Positions = (offset: number) => { line: number; col: number };

/** Where `^` matches in a multiline regular expression: the start, or after a line terminator. */
function lineStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i - 1);
  return i === 0 || c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/**
 * A line that `yaml` must read: a directive (`%`), a tab in the indentation, `---x` or `...x` (the regular expression
 * /^(?:%| *\t|(?:---|\.\.\.)[^ \t\r\n])/m); or a comment glued to a flow collection's `{`, `[` or `,` (`{#a`, /[{[,]#/),
 * which js-yaml reads as a comment and `yaml` refuses. Found from each `%`, tab, marker and `#` (indexOf), not by
 * trying the expression at every line: that was a twentieth of reading 10,000 answer files.
 */
export function oddText(s: string): boolean {
  for (let i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) if (lineStart(s, i)) return true;
  for (let i = s.indexOf('\t'); i >= 0; i = s.indexOf('\t', i + 1)) {
    let j = i;
    while (j > 0 && s.charCodeAt(j - 1) === 0x20) j--;
    if (lineStart(s, j)) return true;
  }
  for (const marker of ['---', '...']) {
    for (let i = s.indexOf(marker); i >= 0; i = s.indexOf(marker, i + 1)) {
      const c = s.charCodeAt(i + 3);
      if (lineStart(s, i) && i + 3 < s.length && c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return true;
    }
  }
  for (let i = s.indexOf('#'); i >= 0; i = s.indexOf('#', i + 1)) {
    const c = s.charCodeAt(i - 1);
    if (c === 0x7b || c === 0x5b || c === 0x2c) return true;
  }
  return false;
}

/** The documents of text[start, end), with js-yaml, explained by `yaml` when js-yaml refuses them. */
function parseRange(text: string, start: number, end: number, file: string, at: Positions, take?: ParseOptions['take']): ParsedDocument[] {
  const source = start === 0 && end === text.length ? text : text.slice(start, end);
  // Where each document's root node starts (the start of its line), and the documents that `yaml` must read:
  // those with aliases, a quoted scalar over several lines, or a comment glued to a quote or a flow collection
  // (js-yaml is laxer about those than YAML).
  const roots: number[] = [];
  const odd = new Set<number>();
  const opened: number[] = [];
  const listener = (event: 'open' | 'close', state: State) => {
    const s = state as State & { depth: number; lineStart: number; position: number; input: string };
    if (event === 'close') {
      const from = opened[s.depth];
      const c = from === undefined ? 0 : s.input.charCodeAt(from);
      const quoted = c === 0x22 || c === 0x27; /* " ' */
      const flow = quoted || c === 0x7b || c === 0x5b; /* { [ */
      if (flow && s.input.charCodeAt(s.position) === 0x23 /* # */) odd.add(roots.length - 1);
      else if (quoted && s.input.lastIndexOf('\n', s.position - 1) > from!) odd.add(roots.length - 1);
      return;
    }
    // A node opens before the spaces that lead to it.
    let p = s.position;
    for (let c = s.input.charCodeAt(p); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = s.input.charCodeAt(++p));
    opened[s.depth] = p;
    if (s.depth === 1) roots.push(s.lineStart);
    else if (s.input.charCodeAt(p) === 0x2a /* * */) odd.add(roots.length - 1);
  };
  let values: unknown[];
  try {
    // maxDepth (js-yaml 4.3) is not in its types yet.
    values = loadAll(source, null, { schema: CORE_SCHEMA, maxDepth: MAX_NESTING, listener } as LoadOptions);
  } catch (err) {
    if (!(err instanceof YAMLException)) throw err;
    return explain(text, start, end, file, at, roots, err);
  }
  // A directive may change what `yaml` reads (%YAML 1.1), js-yaml takes `---x` for a marker and lets tabs indent:
  // such a stream, never written by our tools, is read by `yaml` only; so is one with a comment glued to a flow
  // collection's opening or comma.
  if (roots.length !== values.length || oddText(source)) return parsePreciseRange(text, start, end, file, at);
  return values.map((value, i) => {
    const seg = { start: start + roots[i]!, end: i + 1 < roots.length ? start + roots[i + 1]! : end };
    if (odd.has(i)) return preciseDocument(text, seg, file, at);
    if (!take) return plainKeys(value) ? { value, locate: locator(text, seg, at) } : preciseDocument(text, seg, file, at);
    const taken = take(value);
    if (taken === undefined && !plainKeys(value)) return preciseDocument(text, seg, file, at);
    return { value, taken, locate: locator(text, seg, at) };
  });
}

/** `yaml` refuses longer implicit keys (js-yaml does not). */
const MAX_KEY = 1024;

/**
 * js-yaml makes a key of whatever a key resolves to: a null key is "null" (`yaml`: ""), a mapping or sequence
 * key a string of it; and it takes implicit keys of any length. Such a key, never in our files, sends the
 * document to `yaml`, which says what it thinks.
 */
function plainKeys(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return value.every(plainKeys);
  for (const key of Object.keys(value)) {
    if (key === 'null' || key.includes(',') || key === '[object Object]' || key.length > MAX_KEY) return false;
    if (!plainKeys((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** One document read by `yaml` alone (aliases, odd keys): its values, or its problems. */
function preciseDocument(text: string, seg: Segment, file: string, at: Positions): ParsedDocument {
  const docs = parsePreciseRange(text, seg.start, seg.end, file, at);
  return docs[0] ?? { value: null, locate: () => at(seg.start) };
}

interface Segment {
  start: number;
  end: number;
}

const MARKER = /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/gm;

/**
 * Why js-yaml refused: `yaml` reads the document where it stopped and says what is wrong, at its line and column.
 * When `yaml` sees nothing wrong there (the two disagree), `yaml` reads the whole range: its word is final.
 */
function explain(text: string, start: number, end: number, file: string, at: Positions, roots: number[], err: YAMLException): ParsedDocument[] {
  const failed = start + (err.mark?.position ?? 0);
  const reason = err.reason ?? err.message;
  const root = roots.findLast((r) => start + r <= failed);
  const segStart = root === undefined ? start : start + root;
  MARKER.lastIndex = Math.min(failed + 1, end);
  const next = MARKER.exec(text);
  const segEnd = next && next.index < end ? next.index : end;
  if (segEnd - segStart > PRECISE_LIMIT) return explainLarge(text, segStart, segEnd, failed, reason, file, at);
  const problems = preciseProblems(text, segStart, segEnd, file, at);
  if (problems.length) throw new InputError(capProblems(problems));
  return parsePreciseRange(text, start, end, file, at);
}

/**
 * A large document is never read whole by `yaml` (hundreds of thousands of keys take it seconds, even without its
 * duplicate check): js-yaml names a duplicate key; for another problem, `yaml` reads the top-level entry where
 * js-yaml stopped (from the line at column 0 before it to the next one), or js-yaml's word is taken.
 */
function explainLarge(text: string, segStart: number, segEnd: number, failed: number, reason: string, file: string, at: Positions): never {
  if (reason === 'duplicated mapping key') throw new InputError({ file, ...at(failed), ...duplicateMessage(text, failed) });
  if (reason.startsWith('nesting exceeded')) {
    // yaml's guard stops at the 201st level: reading up to there is linear.
    const deep = preciseProblems(text, segStart, segEnd, file, at, false);
    throw new InputError(deep.length ? capProblems(deep) : { file, ...at(failed), ...tooDeep() });
  }
  const lineStart = text.lastIndexOf('\n', failed - 1) + 1;
  let from = lineStart;
  while (from > segStart) {
    const c = text.charCodeAt(from);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x23 && c !== 0x09) break;
    from = text.lastIndexOf('\n', from - 2) + 1;
  }
  const next = /^[^ \t\r\n#]/gm;
  next.lastIndex = text.indexOf('\n', failed) + 1 || segEnd;
  const found = next.exec(text);
  const to = found && found.index < segEnd && next.lastIndex > 0 ? found.index : segEnd;
  const problems = to - from <= PRECISE_LIMIT ? preciseProblems(text, from, to, file, at, false) : [];
  if (problems.length) throw new InputError(capProblems(problems));
  throw new InputError({ file, ...at(failed), ...jsYamlMessage(reason) });
}

/** The problems `yaml` finds in text[start, end): the first syntax error of each document, duplicate keys, tags. */
function preciseProblems(text: string, start: number, end: number, file: string, at: Positions, uniqueKeys = true): Problem[] {
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(yaml(), text.slice(start, end), { ...PARSE_OPTIONS, uniqueKeys });
  } catch (err) {
    if (err instanceof TooDeep) return [{ file, ...at(start + err.offset), ...tooDeep() }];
    return [{ file, ...at(start), ...parserFailure(err) }];
  }
  const problems: Problem[] = [];
  for (const doc of docs) {
    // After a syntax error the parser is lost and what it reports next is mostly its consequences:
    // keep the first syntax error of each document (duplicate keys and tags are independent problems).
    let syntax = false;
    for (const e of [...doc.errors, ...doc.warnings]) {
      const independent = e.code === 'DUPLICATE_KEY' || e.code === 'TAG_RESOLVE_FAILED';
      if (!independent && syntax) continue;
      syntax ||= !independent;
      const offset = start + e.pos[0];
      problems.push({ file, ...at(offset), ...(e.code === 'DUPLICATE_KEY' ? duplicateMessage(text, offset) : yamlMessage(e, text, offset)) });
    }
  }
  return problems;
}

/** `duplicate key "k"`, the key read from the text where it starts. */
function duplicateMessage(text: string, offset: number): Message {
  const eol = text.indexOf('\n', offset);
  const line = text.slice(offset, eol === -1 ? Math.min(text.length, offset + 200) : Math.min(eol, offset + 200));
  const m = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|((?:[^:#\s,{}[\]]|:(?![\s,{}[\]]|$)|[ \t](?=[^\s#:]))*))/.exec(line);
  const key = (m?.[1] ?? m?.[2]?.replaceAll("''", "'") ?? m?.[3] ?? '').trim();
  return msg('yaml.duplicateKey', { key: shorten(key) });
}

/** Documents larger than this are located in their text: `yaml` would take hundreds of megabytes for tens. */
const LOCATE_LIMIT = 2 * 1024 * 1024;

/** Positions of a document: `yaml` parses it again only when a position is asked for, and only it. */
function locator(text: string, seg: Segment, at: Positions): ParsedDocument['locate'] {
  let doc: Document.Parsed | null | undefined;
  // Made on first use, for large documents only: every response keeps its locator.
  let ends: Map<number, number> | undefined;
  return (path, key = false) => {
    if (seg.end - seg.start > LOCATE_LIMIT) return at(textOffset(text, seg, path, key, (ends ??= new Map())));
    if (doc === undefined) {
      let docs: Document.Parsed[] = [];
      try {
        // Without the duplicate-key check, which is quadratic: js-yaml has made it.
        docs = parseAllDocuments(yaml(), text.slice(seg.start, seg.end), { ...PARSE_OPTIONS, uniqueKeys: false });
      } catch {
        // too deep to compose: positions fall back to the document's start
      }
      doc = docs[0] ?? null;
    }
    return at(seg.start + (doc ? offsetOf(doc, path, key) : 0));
  };
}

/**
 * The offset of `path` in a large document, found in its text: each key at the start of a line, more indented
 * than its parent, within its parent's lines. Answer files are block mappings; otherwise the closest ancestor.
 * `ends` keeps where each key's lines end (by the end of its line), found once for all the problems of a document.
 */
function textOffset(text: string, seg: Segment, path: Path, key: boolean, ends: Map<number, number>): number {
  let from = seg.start;
  let to = seg.end;
  let indent = -1;
  let offset = firstContent(text, from, to);
  for (const [i, k] of path.entries()) {
    if (typeof k === 'number') break;
    const name = k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`^( *)(?:${name}|"${name}"|'${name}') *:(?=[ \\t\\r\\n]|$)`, 'gm');
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && m.index < to && m[1]!.length <= indent);
    if (!m || m.index >= to) break;
    const keyAt = m.index + m[1]!.length;
    if (key && i === path.length - 1) return keyAt;
    indent = m[1]!.length;
    let v = m.index + m[0].length;
    while (text.charCodeAt(v) === 0x20) v++;
    const eol = text.indexOf('\n', v);
    const lineEnd = eol === -1 || eol > to ? to : eol;
    let end = ends.get(lineEnd);
    if (end === undefined) {
      const below = new RegExp(`^ {0,${indent}}(?=[^ \\r\\n#])`, 'gm');
      below.lastIndex = lineEnd;
      end = below.exec(text)?.index ?? text.length;
      ends.set(lineEnd, end);
    }
    from = lineEnd;
    to = Math.min(end, to);
    offset = v < lineEnd && text.charCodeAt(v) !== 0x23 && text.charCodeAt(v) !== 0x0d ? v : firstContent(text, lineEnd, to);
    if (offset >= to) offset = keyAt;
  }
  return offset;
}

/** The first character of a line's content (not a comment) in text[from, to), or `from`. */
function firstContent(text: string, from: number, to: number): number {
  const re = /^ *([^ \r\n#])/gm;
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < to ? m.index + m[0].length - 1 : from;
}

/**
 * The whole stream through `yaml`: the values of anything valid, and every problem of anything that is not.
 * Exported as the reference that the fast path is tested against.
 */
export function parsePrecise(text: string, file: string): ParsedDocument[] {
  return parsePreciseRange(text, 0, text.length, file, positions(text));
}

function parsePreciseRange(text: string, start: number, end: number, file: string, at: Positions): ParsedDocument[] {
  const problems = preciseProblems(text, start, end, file, at);
  if (problems.length) throw new InputError(capProblems(problems));
  const docs = parseAllDocuments(yaml(), text.slice(start, end), PARSE_OPTIONS);
  const kept = docs.filter((doc) => doc.contents !== null || docs.length === 1);
  return kept.map((doc) => {
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (err) {
      throw new InputError({ file, ...at(start + (unresolvedAlias(doc) ?? doc.range[0])), ...parserFailure(err) });
    }
    return { value, locate: (path: Path, key = false) => at(start + offsetOf(doc, path, key)) };
  });
}

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

/** The top-level key of a line at column 0 (`key:`), or undefined. */
const TOP_KEY = /^([^\s#:'"\-?{[|>!&*%@`][^:\r\n]*?|"[^"\r\n]*"|'[^'\r\n]*'):(?=[ \t\r]|$)/;

/**
 * Where the documents of a concatenation of answer files start (see ParseOptions.concatenated): at a top-level
 * key already met in the document, or at the comment lines just above it. `---` starts a document as always.
 */
function splitConcatenated(text: string): Segment[] {
  const starts = [0];
  let keys = new Set<string>();
  let comments = -1;
  for (let i = 0; i < text.length; ) {
    let eol = text.indexOf('\n', i);
    if (eol === -1) eol = text.length;
    const c = text.charCodeAt(i);
    if ((c === 0x2d || c === 0x2e) && /^(?:---|\.\.\.)(?:[ \t\r]|$)/.test(text.slice(i, Math.min(eol, i + 5)))) {
      keys = new Set();
      comments = -1;
    } else if (c === 0x23 /* # */) {
      if (comments < 0) comments = i;
    } else if (c === 0x20 || c === 0x09 || c === 0x0d || i === eol) {
      // a blank or indented line: a blank one keeps the comments above it with what follows
      if (!/^[ \t\r]*$/.test(text.slice(i, eol))) comments = -1;
    } else {
      const m = TOP_KEY.exec(text.slice(i, Math.min(eol, i + 1100)));
      if (m) {
        const k = m[1]!.trim();
        if (keys.has(k)) {
          starts.push(comments >= 0 ? comments : i);
          keys = new Set();
        }
        keys.add(k);
      }
      comments = -1;
    }
    i = eol + 1;
  }
  return starts.map((start, j) => ({ start, end: starts[j + 1] ?? text.length }));
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

function tooDeep(): Message {
  return msg('yaml.tooDeep', { max: MAX_NESTING });
}

function parserFailure(err: unknown): Message {
  if (err instanceof RangeError) return tooDeep();
  const message = err instanceof Error ? err.message : String(err);
  const unresolved = /^Unresolved alias[^:]*: (.*)/.exec(message);
  if (unresolved) return msg('yaml.unknownAlias', { name: shorten(unresolved[1]!) });
  if (/alias/i.test(message)) return msg('yaml.tooManyAliases', { max: MAX_ALIASES });
  return msg('yaml.syntax');
}

/** Each of the `yaml` package's error codes, as a code of ours: its English texts never reach the user. */
const SYNTAX: Record<Yaml.ErrorCode, Code> = {
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

/** A problem `yaml` reports at `offset` of `text`, as a message of ours. */
function yamlMessage(e: Yaml.YAMLError, text: string, offset: number): Message {
  // The composer recurses: should a nesting get past nesting.ts and overflow the stack, yaml reports it so.
  if (/call stack/i.test(e.message)) return tooDeep();
  const code = SYNTAX[e.code] ?? 'yaml.syntax';
  if (code === 'yaml.tag') return msg(code, { tag: shorten(text.slice(offset, offset + (e.pos[1] - e.pos[0]))) });
  if (code === 'yaml.tooManyAliases') return msg(code, { max: MAX_ALIASES });
  // An unclosed [ or { is reported as a bad indentation of the lines after it: say which bracket is missing.
  const unclosed = code === 'yaml.badIndent' && /end with a ([\]}])/.exec(e.message);
  if (unclosed) return msg('yaml.unclosed', { char: unclosed[1]! });
  if (code === 'yaml.missingChar' && /closing "?quote/i.test(e.message)) return msg('yaml.unclosedQuote');
  return { code, params: {} } as Message;
}

/**
 * What js-yaml said (its `reason`), as a message of ours, when `yaml` is not asked (a large document): its
 * English never reaches the user.
 */
function jsYamlMessage(reason: string): Message {
  if (reason.startsWith('nesting exceeded')) return tooDeep();
  if (/^tab characters/.test(reason)) return msg('yaml.tabIndent');
  if (/quoted scalar/.test(reason)) return msg('yaml.unclosedQuote');
  if (/within a flow collection|missed comma/.test(reason)) return msg('yaml.missingChar');
  if (/indentation/.test(reason)) return msg('yaml.badIndent');
  if (/implicit (?:key|mapping pair)|multiline key/.test(reason)) return msg('yaml.implicitKey');
  if (/escape sequence|hexadecimal|JSON character/.test(reason)) return msg('yaml.badEscape');
  if (/non-printable|null byte/.test(reason)) return msg('yaml.nonPrintable');
  const alias = /^unidentified alias "(.*)"$/.exec(reason);
  if (alias) return msg('yaml.unknownAlias', { name: shorten(alias[1]!) });
  if (/alias|anchor|duplication of (?:a tag|an anchor)/.test(reason)) return msg('yaml.props');
  const tag = /!<([^>]*)>/.exec(reason);
  if (tag && /^(?:unknown tag|cannot resolve|unacceptable node kind)/.test(reason)) return msg('yaml.tag', { tag: shorten(`!${tag[1]!}`) });
  if (/directive|%YAML/.test(reason)) return msg('yaml.directive');
  if (/^(?:end of the stream|expected the node content)/.test(reason)) return msg('yaml.unexpected');
  return msg('yaml.syntax');
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
