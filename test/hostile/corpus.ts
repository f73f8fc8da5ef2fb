// The hostile-input corpus (test/fixtures/hostile/cases.yaml) laid out in a temporary folder, with each command's argv.
import { chmodSync, cpSync, lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixture } from '../helpers/cli.js';
import { CONTROL_CLASS } from '../../src/core/patterns.js';
import { generate, stdinFor } from './generate.js';

export type Kind = 'answers' | 'questionnaire';
export type Command = 'validate' | 'report' | 'assess';
export const COMMANDS: readonly Command[] = ['validate', 'report', 'assess'];

export const HOSTILE = fixture('hostile');
export const MINI = fixture('questionnaires/mini.yaml');
const DIRS: Record<Kind, string> = { answers: 'answers', questionnaire: 'questionnaires' };

interface Expected {
  /** The file name the message starts with. */
  shown: string;
  /** "line:col", "any", or undefined when the problem has no position. */
  at?: string;
  message: string;
}

interface Entry {
  file: string;
  what: string;
  at?: string;
  message: string;
  kinds?: Kind[];
  commands?: Command[];
  overrides?: Record<string, Partial<Expected>>;
  stdin?: 'empty' | 'over-size-limit';
  binOnlyAsRoot?: boolean;
}

export interface Case {
  /** Unique and readable: "answers/value-nan.yaml", "questionnaire/-(empty stdin)". */
  id: string;
  kind: Kind;
  file: string;
  what: string;
  generated: boolean;
  commands: readonly Command[];
  stdin?: Entry['stdin'];
  /** Mode 000 means nothing to root: as root, only an unprivileged child process can show it. */
  binOnlyAsRoot: boolean;
  expected(command: Command): Expected;
}

export function loadCases(): Case[] {
  const manifest = parse(readFileSync(join(HOSTILE, 'cases.yaml'), 'utf8')) as Record<'answers' | 'questionnaires' | 'generated', Entry[]>;
  const make = (e: Entry, kind: Kind, generated: boolean): Case => ({
    id: `${kind}/${e.file}${e.stdin ? ` (${e.stdin} stdin)` : ''}`,
    kind,
    file: e.file,
    what: e.what,
    generated,
    commands: e.commands ?? COMMANDS,
    stdin: e.stdin,
    binOnlyAsRoot: e.binOnlyAsRoot ?? false,
    expected: (command) => ({ shown: e.file, at: e.at, message: e.message, ...e.overrides?.[`${kind} ${command}`] }),
  });
  return [
    ...manifest.answers.map((e) => make(e, 'answers', false)),
    ...manifest.questionnaires.map((e) => make(e, 'questionnaire', false)),
    ...manifest.generated.flatMap((e) => (e.kinds ?? ['answers', 'questionnaire']).map((kind) => make(e, kind, true))),
  ];
}

/** A temporary copy of the corpus with the generated cases made; readable by an unprivileged user. */
export function workspace(cases: readonly Case[]): string {
  const root = mkdtempSync(join(tmpdir(), 'ic-hostile-'));
  chmodSync(root, 0o755);
  for (const kind of ['answers', 'questionnaire'] as const) cpSync(join(HOSTILE, DIRS[kind]), join(root, DIRS[kind]), { recursive: true });
  for (const c of cases) {
    if (c.generated && c.file !== '-' && !c.file.startsWith('/')) generate(c.file, join(root, DIRS[c.kind]), okText(root, c.kind));
  }
  return root;
}

export function okText(root: string, kind: Kind): string {
  return readFileSync(join(root, DIRS[kind], 'ok.yaml'), 'utf8');
}

/** The folder a case runs in: its file is named relative to it, as a person would type it. */
export function caseDir(root: string, c: Case): string {
  return join(root, DIRS[c.kind]);
}

/**
 * The command line of a case. Answer files are checked against the mini questionnaire; a questionnaire
 * is used with the clean answer file. `report` writes to a file, so that writing anything would show.
 */
export function argvFor(c: Case, command: Command): string[] {
  const report = ['--format', 'json', '--output', 'report.json'];
  if (c.kind === 'answers') {
    if (command === 'validate') return ['validate', '-q', MINI, c.file];
    if (command === 'report') return ['report', '-q', MINI, c.file, ...report];
    return ['assess', '-q', MINI, '--resume', c.file];
  }
  if (command === 'validate') return ['validate', c.file];
  if (command === 'report') return ['report', '-q', c.file, '../answers/ok.yaml', ...report];
  return ['assess', '-q', c.file, '--resume', '../answers/ok.yaml'];
}

export function stdinOf(root: string, c: Case): Buffer | undefined {
  return stdinFor(c.stdin, okText(root, c.kind));
}

/** Every entry under `dir` with its size and modification time: equal before and after means nothing was written. */
export function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const s = lstatSync(path);
      out.push(`${path} ${s.size} ${s.mtimeMs} ${s.mode}`);
      if (s.isDirectory()) walk(path);
    }
  };
  walk(dir);
  return out;
}

/** Checks the one-line error of a case; returns what is wrong, or [] when the line is right. */
export function problemsWith(stderr: string, expected: Expected): string[] {
  const wrong: string[] = [];
  const lines = stderr.split('\n');
  if (lines.length !== 2 || lines[1] !== '') wrong.push(`expected exactly one line on stderr, got ${lines.length - 1}`);
  const line = lines[0] ?? '';
  const shown = escapeRegExp(expected.shown);
  const where = expected.at === undefined ? `^${shown}: (?!\\d+:\\d+:)` : expected.at === 'any' ? `^${shown}:\\d+:\\d+: ` : `^${shown}:${escapeRegExp(expected.at)}: `;
  if (!new RegExp(where).test(line)) wrong.push(`expected the line to start with ${where}`);
  if (!line.includes(expected.message)) wrong.push(`expected the line to contain "${expected.message}"`);
  if (new RegExp(`[${CONTROL_CLASS}]`).test(stderr)) wrong.push('a raw control character reached the terminal');
  if (/^\s+at /m.test(stderr)) wrong.push('a stack trace was printed');
  if (line.length > 600) wrong.push(`the line is ${line.length} characters long`);
  return wrong;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
