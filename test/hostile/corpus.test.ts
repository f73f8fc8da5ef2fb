// Every hostile input of the corpus, through validate, report and assess --resume, in-process: exit 2, one line, nothing written.
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { cli } from '../helpers/cli.js';
import { argvFor, caseDir, loadCases, problemsWith, snapshot, stdinOf, workspace, type Case, type Command } from './corpus.js';

const cases = loadCases();
const root = workspace(cases);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;

/** Runs in the case's folder: relative paths are read from the process's folder, as they are by the binary. */
async function runCase(c: Case, command: Command) {
  const dir = caseDir(root, c);
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const stdin = stdinOf(root, c);
    // assess refuses to start without a terminal; with one, it must still check its files before any prompt.
    return await cli(argvFor(c, command), { cwd: dir, tty: command === 'assess', ...(stdin && { stdin: stdin.toString('utf8') }) });
  } finally {
    process.chdir(previous);
  }
}

describe('the hostile corpus', () => {
  it('has at least 40 cases of each kind, with unique ids', () => {
    expect(cases.filter((c) => c.kind === 'answers').length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.kind === 'questionnaire').length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  const runs = cases
    .filter((c) => !(c.binOnlyAsRoot && isRoot))
    .flatMap((c) => c.commands.map((command) => ({ c, command, name: `${c.id} · ${command} · ${c.what}` })));

  it.each(runs)('$name', async ({ c, command }) => {
    const before = snapshot(root);
    const r = await runCase(c, command);
    expect(problemsWith(r.stderr, c.expected(command)), r.stderr.slice(0, 400)).toEqual([]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });

  it('left Object.prototype unpolluted (the __proto__, constructor and prototype cases ran in this process)', () => {
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
