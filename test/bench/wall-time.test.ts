// Wall-time targets, checked by `npm run bench` (vitest.bench.config.ts), not by `npm test`: on a loaded machine
// (the test files run in parallel, CI shares its cores) a correct program can miss them, and a test that fails
// for that teaches people to rerun tests. What each case does is checked by test/hostile; here only how long.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { argvFor, caseDir, loadCases, stdinOf, workspace, type Case } from '../hostile/corpus.js';
import { spawnBin } from '../hostile/spawn.js';

/** A hostile file is refused within this, start-up included. */
const TARGET_MS = 1000;

const cases = loadCases();
const root = workspace(cases);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;
const measured = cases.filter((c) => !(c.binOnlyAsRoot && isRoot));

describe('the hostile corpus is refused within a second', () => {
  it.each(measured.flatMap((c) => c.commands.map((command) => ({ c, command, name: `${c.id} · ${command}` }))))('in-process: $name', async ({ c, command }) => {
    const dir = caseDir(root, c);
    const previous = process.cwd();
    process.chdir(dir);
    try {
      const stdin = stdinOf(root, c);
      const started = performance.now();
      const r = await cli(argvFor(c, command), { cwd: dir, tty: command === 'assess', ...(stdin && { stdin: stdin.toString('utf8') }) });
      const ms = performance.now() - started;
      expect(r.code).toBe(2);
      expect(ms).toBeLessThan(TARGET_MS);
    } finally {
      process.chdir(previous);
    }
  });

  /**
   * The binary, start-up included. A run of a second or more is timed again, and what counts is the faster run
   * less the binary's own start-up measured right then with --version: a real slowness repeats, a load does not.
   */
  it.each(measured.map((c, i) => ({ c, command: c.commands.filter((x) => x !== 'assess')[i % 2] ?? 'validate', name: c.id })))(
    'the built binary: $name',
    async ({ c, command }: { c: Case; command: 'validate' | 'report' | 'assess' }) => {
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
