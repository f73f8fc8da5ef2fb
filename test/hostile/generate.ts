// Makes the corpus cases that are too big, binary or special to commit (see "generated" in cases.yaml).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_INPUT_BYTES } from '../../src/input/read.js';

const MILLION = 1_000_000;
const DEEP = 20_000;

/** Replaces exactly one occurrence of `from` (so a fixture change cannot make a generator silently do nothing). */
function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`generator: "${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The billion laughs: 9 levels of 9 aliases to the level below. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const below = `*${names[i - 1]}`;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(below).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** Content of each generated file, from the clean file of its kind. */
const CONTENT: Record<string, (ok: string) => string | Buffer> = {
  'alias-bomb.yaml': aliasBomb,
  'deep-flow-sequences.yaml': () => `a: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`,
  'deep-flow-mappings.yaml': () => `a: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n`,
  'deep-block-sequences.yaml': () => `${'- '.repeat(DEEP)}x\n`,
  'deep-block-mappings.yaml': () => `a:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}k:\n`).join('')}`,
  'deep-hidden-by-strings.yaml': () => `a: ${'[ "]", '.repeat(DEEP)}${']'.repeat(DEEP)}\n`,
  'deep.json': () => `{"answers": ${'['.repeat(DEEP)}${']'.repeat(DEEP)}}\n`,
  'over-size-limit.yaml': (ok) => {
    const line = `# ${'x'.repeat(77)}\n`;
    return Buffer.from(ok + line.repeat(Math.ceil(MAX_INPUT_BYTES / line.length))).subarray(0, MAX_INPUT_BYTES + 1);
  },
  'nul-byte.yaml': () => '# a NUL byte follows\nterritory: Nan\0terre\n',
  'invalid-utf8.yaml': () => Buffer.concat([Buffer.from('# an invalid byte follows\nterritory: Nan'), Buffer.from([0xff]), Buffer.from('terre\n')]),
  'latin1-encoded.yaml': () => Buffer.from('# saved as Latin-1\nterritory: Créteil\n', 'latin1'),
  'utf16-with-bom.yaml': (ok) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ok, 'utf16le')]),
  'raw-escapes-in-territory.yaml': (ok) => edit(ok, 'territory: Nanterre', 'territory: "Nan\x1b[2J\x1b]0;pwned\x07terre"'),
  'raw-escapes-in-title.yaml': (ok) => edit(ok, 'title: { fr: "Mini" }', 'title: { fr: "Mini\x1b[2J\x1b]0;pwned\x07" }'),
  'long-territory.yaml': (ok) => edit(ok, 'territory: Nanterre', `territory: ${'N'.repeat(MILLION)}`),
  'long-comment.yaml': (ok) => edit(ok, 'comment: "Le constat est partagé par deux partenaires."', `comment: "${'c'.repeat(MILLION)}"`),
  'long-question-id.yaml': (ok) => edit(ok, '  urgence.q1: 2\n', `  ? ${'q'.repeat(MILLION)}\n  : 2\n`),
  'long-question-slug-key.yaml': (ok) => edit(ok, '  urgence.q1: 2\n', `  urgence.${'q'.repeat(2000)}: 2\n`),
  'long-version.yaml': (ok) => edit(ok, 'version: "1.0"', `version: "${'1'.repeat(MILLION)}"`),
  'name-\x1b]0;pwned\x07\x1b[2J.yaml': () => '',
};

/** Makes case `file` in `dir` (not "-" nor /dev/zero, which are not files to make). */
export function generate(file: string, dir: string, ok: string): void {
  const path = join(dir, file);
  if (file === 'empty-directory') mkdirSync(path);
  else if (file === 'directory.yaml') mkdirSync(join(path, 'inner.yaml'), { recursive: true });
  else if (file === 'unreadable.yaml') {
    writeFileSync(path, ok);
    chmodSync(path, 0o000);
  } else {
    const make = CONTENT[file];
    if (!make) throw new Error(`no generator for ${file}`);
    writeFileSync(path, make(ok));
  }
}

/** What standard input holds for a case that reads it. */
export function stdinFor(kind: 'empty' | 'over-size-limit' | undefined, ok: string): Buffer | undefined {
  if (kind === 'empty') return Buffer.alloc(0);
  if (kind === 'over-size-limit') return Buffer.concat([Buffer.from(ok), Buffer.alloc(MAX_INPUT_BYTES + MILLION, '# padding\n')]);
  return undefined;
}
