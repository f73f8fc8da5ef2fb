// Refuses input nested too deep before a recursive walker sees it: exhausting the stack can crash Node outright.
import type * as Yaml from 'yaml';

/** Far deeper than any questionnaire or answer file (about 10 levels), far below what exhausts the stack (about 800). */
export const MAX_NESTING = 200;

/** Thrown with the offset of the first node nested too deep. */
export class TooDeep extends Error {
  constructor(readonly offset: number) {
    super(`nesting deeper than ${MAX_NESTING} levels`);
  }
}

type Options = Yaml.ParseOptions & Yaml.DocumentOptions & Yaml.SchemaOptions;

/**
 * yaml's parseAllDocuments, except that nesting deeper than MAX_NESTING throws TooDeep before the composer,
 * which recurses, sees it. The parser does not recurse: its stack of open nodes is the depth, watched after
 * every lexeme, so a bomb is refused at its 201st level, not after parsing it all.
 */
export function parseAllDocuments(yaml: typeof Yaml, text: string, options: Options = {}): Yaml.Document.Parsed[] {
  const composer = new yaml.Composer(options);
  return Array.from(composer.compose(tokens(yaml, text, options.lineCounter)));
}

/** Parser.parse, lexeme by lexeme. */
function* tokens(yaml: typeof Yaml, text: string, lineCounter?: Yaml.LineCounter): Generator<Yaml.CST.Token> {
  const parser = new yaml.Parser(lineCounter?.addNewLine);
  lineCounter?.addNewLine(0);
  for (const lexeme of new yaml.Lexer().lex(text)) {
    const offset = parser.offset;
    yield* parser.next(lexeme);
    // The document itself is the first node of the stack.
    if (parser.stack.length > MAX_NESTING + 1) throw new TooDeep(offset);
  }
  yield* parser.end();
}
