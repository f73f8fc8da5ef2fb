// Wall-time targets, checked by `npm run bench` (vitest.bench.config.ts), not by `npm test`: on a loaded machine
// (the test files run in parallel, CI shares its cores) a correct program can miss them, and a test that fails
// for that teaches people to rerun tests. What each case does is checked by test/hostile; here only how long.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { argvFor, caseDir, loadCases, stdinOf, workspace, type Case, type Command } from '../hostile/corpus.js';
import { spawnBin } from '../hostile/spawn.js';

/** A hostile file is refused within this, start-up included. */
const TARGET_MS = 1000;

const cases = loadCases();
const root = workspace(cases);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;
const measured = cases.filter((c) => !(c.binOnlyAsRoot && isRoot));

/** One case through `command`, in-process, in the case's folder (relative paths are read from the process's). */
async function inProcess(c: Case, command: Command) {
  const dir = caseDir(root, c);
  const previous = process.cwd();
  process.chdir(dir);
  try {
    const stdin = stdinOf(root, c);
    const started = performance.now();
    const r = await cli(argvFor(c, command), { cwd: dir, tty: command === 'assess', ...(stdin && { stdin: stdin.toString('utf8') }) });
    return { ...r, ms: performance.now() - started };
  } finally {
    process.chdir(previous);
  }
}

describe('the hostile corpus is refused within a second', () => {
  // Once per command first, not timed: the binary loads what explains a problem once per process, not per case.
  beforeAll(async () => {
    for (const command of ['validate', 'report', 'assess'] as const) await inProcess(measured.find((c) => c.commands.includes(command))!, command);
  });

  it.each(measured.flatMap((c) => c.commands.map((command) => ({ c, command, name: `${c.id} · ${command}` }))))('in-process: $name', async ({ c, command }) => {
    const r = await inProcess(c, command);
    expect(r.code).toBe(2);
    expect(r.ms).toBeLessThan(TARGET_MS);
  });

  /**
   * The binary, start-up included. A run of a second or more is timed again, and what counts is the faster run
   * less the binary's own start-up measured right then with --version: a real slowness repeats, a load does not.
   */
  it.each(measured.map((c, i) => ({ c, command: c.commands.filter((x) => x !== 'assess')[i % 2] ?? 'validate', name: c.id })))(
    'the built binary: $name',
    async ({ c, command }: { c: Case; command: Command }) => {
      const run = () => spawnBin(argvFor(c, command), { cwd: caseDir(root, c), stdin: stdinOf(root, c) });
      const first = await run();
      expect(first.code).toBe(2);
      let ms = first.ms;
      if (ms >= TARGET_MS) ms = Math.min(ms, (await run()).ms);
      if (ms >= TARGET_MS) ms -= (await spawnBin(['--version'], { cwd: root })).ms;
      expect(ms).toBeLessThan(TARGET_MS);
    },
  );
});
