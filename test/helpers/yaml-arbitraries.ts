// fast-check arbitraries of YAML text around the fast reader's subset: odd lines, and mostly well-formed documents.
import fc from 'fast-check';

export const KEYS = [
  'a', 'b', 'questionnaire', 'urgence.constat-partage', 'noyau.x-1', '__proto__', 'constructor', 'toString', 'value', 'comment',
  'null', 'Null', 'true', 'FALSE', '1', '-1', '0x1F', '0o7', '1e3', '.5', 'nan', 'a b', 'a:b', '-a', '_a', 'a.', '"q"', "'q'", 'é', '?a',
];
export const VALUES = [
  '0', '1', '2', '3', 'unknown', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'False', 'yes', 'no', 'on',
  '-0', '+12', '012', '0o17', '0o8', '0x1F', '0X1F', '0xg', '.5', '5.', '-.5', '+.5', '1e3', '1E-3', '1.5e+3', '1.0', '1.50', '1_000',
  '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '.NAN', 'inf', '2025-03-04', '2025-03-04T10:00:00Z', '1.0.0', '12:30', '1:2',
  '"x"', '""', "''", "'it''s'", "'a'b'", '"a\\"b"', '"\\u00e9\\n\\t\\/\\\\"', '"\\x41"', '"\\U0001F600"', '"\\ud83d\\ude00"', '"\\e"', '"a',
  "'a", '"a" x', '"a"#c', '"a" #c', "'a' # c", '{}', '{ }', '{ value: 1, comment: "c" }', '{value: 1}', '{ value: 1, }', '{ a: 1 ,b: 2}',
  '{ a: [1] }', '{ a: {b: 1} }', '{ a: 1, a: 2 }', '{ a:1 }', '{ a: b:c }', '{ a: "x", b: \'y\' }', '{ a: 1 } # c', '{ a: 1 }x', '{ a',
  '{ "a": 1 }', '{ a: , b: 1 }', '{ null: 1 }', '{ __proto__: 1 }', '[1, 2]', '[]', '|', '|-', '>', '&a x', '*a', '!!str 1', '!!int "3"',
  '! x', '- x', '-x', '-', '? x', ': x', 'a: b', 'a:b', 'a:', 'a #b', 'a#b', '#c', 'x  ', 'x #', '@x', '`x', '%x', 'é à « » …',
  "l'école", 'a, b', 'a }', 'a ]', 'a {b}', 'a [b]', 'x\u00a0#y', 'x \u00a0', 'a\u2028b', 'a\u0085b', 'a\tb', '\u00a0',
];

export const line = fc.oneof(
  { weight: 6, arbitrary: fc.record({ indent: fc.nat(4), key: fc.constantFrom(...KEYS), value: fc.oneof(fc.constantFrom(...VALUES), fc.constant(''), fc.string({ unit: fc.constantFrom(...'ab #:"\'{},-\\é\t1 ') })) }).map(({ indent, key, value }) => `${' '.repeat(indent)}${key}:${value === '' ? '' : ` ${value}`}`) },
  { weight: 1, arbitrary: fc.record({ indent: fc.nat(4), text: fc.constantFrom('# c', '#', '# a: 1', '#\tc', '# —') }).map(({ indent, text }) => `${' '.repeat(indent)}${text}`) },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', '---', '--- # c', '---  ', '--- a', '---x', '...', '%YAML 1.2', '- a', '  - a', '\t', 'a', 'x y') },
);
export const stream = fc.record({ lines: fc.array(line, { maxLength: 14 }), crlf: fc.boolean(), finalNewline: fc.boolean() }).map(({ lines, crlf, finalNewline }) =>
  lines.join(crlf ? '\r\n' : '\n') + (finalNewline && lines.length ? (crlf ? '\r\n' : '\n') : ''),
);

// Mostly well-formed documents: a tree of mappings written with random indentation, comments, quoting and
// flow mappings, with now and then a line from the odd ones above.
type Tree = { [key: string]: Tree | string };
const leaf = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('0', '1', '2', '3', 'unknown', 'Nanterre', '1.0.0', '2025-03-04', '~', '-1.5', '"Léa"', '{ value: 2, comment: "ok: oui" }') },
  fc.constantFrom(...VALUES),
  fc.string({ unit: fc.constantFrom(...'abcé :#\'",{}-.0129'), maxLength: 12 }).map((t) => `"${t.replace(/["\\]/g, '')}"`),
  fc.string({ unit: fc.constantFrom(...'abcé :#\'",{}-.0129'), maxLength: 12 }).map((t) => `'${t.replace(/'/g, "''")}'`),
  fc.string({ unit: fc.constantFrom(...'abcé :#\'",{}-.0129'), minLength: 1, maxLength: 12 }),
);
const key = fc.oneof({ weight: 12, arbitrary: fc.stringMatching(/^[a-z_][a-z0-9_.-]{0,8}$/) }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) });
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.dictionary(key, fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 1, arbitrary: tie('tree') }), { maxKeys: 5, depthIdentifier: 'tree' }),
}));
export const written = fc
  .record({ docs: fc.array(tree, { minLength: 1, maxLength: 3 }), step: fc.integer({ min: 1, max: 4 }), noise: fc.oneof(fc.constant([]), fc.array(fc.tuple(fc.nat(40), line), { maxLength: 2 })), comments: fc.boolean(), flow: fc.boolean(), crlf: fc.boolean() })
  .map(({ docs, step, noise, comments, flow, crlf }) => {
    const out: string[] = [];
    const write = (t: Tree, depth: number) => {
      for (const [k, v] of Object.entries(t)) {
        if (comments && k.length % 3 === 0) out.push(`${' '.repeat(depth * step)}# about ${k}`);
        if (typeof v === 'string') out.push(`${' '.repeat(depth * step)}${k}: ${v}`);
        else if (flow && Object.values(v).every((x) => typeof x === 'string')) out.push(`${' '.repeat(depth * step)}${k}: { ${Object.entries(v).map(([a, b]) => `${a}: ${b as string}`).join(', ')} }`);
        else {
          out.push(`${' '.repeat(depth * step)}${k}:`);
          write(v, depth + 1);
        }
      }
    };
    docs.forEach((d, i) => {
      if (i > 0 || comments) out.push(i % 2 ? '--- # next' : '---');
      write(d, 0);
    });
    for (const [at, l] of noise) out.splice(at % (out.length + 1), 0, l);
    return out.join(crlf ? '\r\n' : '\n') + '\n';
  });

