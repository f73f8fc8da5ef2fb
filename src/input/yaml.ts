// YAML parsing that keeps positions: values for the schema, and a locator from a value path to file:line:col.
import { LineCounter, parseAllDocuments, isMap, isSeq, isPair, isScalar, type Document, type Node } from 'yaml';
import { InputError, type Problem } from '../errors.js';

export type Path = readonly (string | number)[];

export interface ParsedDocument {
  value: unknown;
  /** Line and column of the node at `path`, or of its closest existing ancestor; `key` points at the key instead. */
  locate(path: Path, key?: boolean): { line: number; col: number };
}

const PARSE_OPTIONS = { uniqueKeys: true, strict: true, schema: 'core', merge: false, prettyErrors: false } as const;
/** More aliases than this in one document is refused (a "billion laughs" defence). */
export const MAX_ALIASES = 100;

/** Parses every document of a YAML stream; throws an InputError listing every syntax problem. */
export function parseYamlDocuments(text: string, file: string): ParsedDocument[] {
  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (err) {
    throw new InputError({ file, message: parserFailure(err) });
  }
  const at = (offset: number) => lineCounter.linePos(offset);
  const problems: Problem[] = [];
  for (const doc of docs) {
    for (const e of [...doc.errors, ...doc.warnings]) {
      problems.push({ file, ...at(e.pos[0]), message: yamlMessage(e.code, e.message) });
    }
  }
  if (problems.length) throw new InputError(problems);
  return docs
    .filter((doc) => doc.contents !== null || docs.length === 1)
    .map((doc) => {
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: MAX_ALIASES });
      } catch (err) {
        throw new InputError({ file, ...at(doc.range[0]), message: parserFailure(err) });
      }
      return {
        value,
        locate: (path: Path, key = false) => at(offsetOf(doc, path, key)),
      };
    });
}

function parserFailure(err: unknown): string {
  if (err instanceof RangeError) return 'nesting is too deep';
  const message = err instanceof Error ? err.message : String(err);
  if (/alias/i.test(message)) return `too many aliases (more than ${MAX_ALIASES}): refused as a resource exhaustion attack`;
  return `cannot be parsed as YAML: ${firstLine(message)}`;
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'duplicate key';
  if (code === 'TAG_RESOLVE_FAILED') return `unsupported tag: ${firstLine(message)}`;
  return `YAML syntax error: ${firstLine(message).replace(/ at line \d+, column \d+:?$/, '')}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** Walks the document's nodes along `path`; returns the offset of the deepest node reached. */
function offsetOf(doc: Document.Parsed, path: Path, key: boolean): number {
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
