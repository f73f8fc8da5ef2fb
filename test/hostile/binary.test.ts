// A good share of the hostile corpus through the built binary: a real process, its exit code, its stderr (its wall
// time: test/bench/wall-time.test.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { BIN } from '../helpers/cli.js';
import { binForUser, NOBODY } from '../helpers/other-user.js';
import { spawnBin } from './spawn.js';
import { argvFor, caseDir, loadCases, problemsWith, snapshot, stdinOf, workspace, type Case, type Command } from './corpus.js';

const cases = loadCases();
const root = workspace(cases);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;
/** As root, the cases only an unprivileged process shows run as NOBODY, from where that user can run the binary. */
const other = isRoot ? binForUser(NOBODY) : undefined;
if (other && 'skip' in other) console.warn(`test/hostile/binary: the cases run as another user are SKIPPED: ${other.skip}`);
afterAll(() => other && 'cleanup' in other && other.cleanup());

/**
 * Which cases run as a real process: every generated file in one of its roles, taken in turn (binary, huge
 * and special files are where a real process differs most), and every sixth committed case; the command
 * rotates between validate and report (assess needs a terminal: see the pseudo-terminal test below).
 */
function chosen(): { c: Case; command: Command }[] {
  const roles = new Map<string, Case[]>();
  for (const c of cases.filter((x) => x.generated)) roles.set(`${c.file} ${c.stdin ?? ''}`, [...(roles.get(`${c.file} ${c.stdin ?? ''}`) ?? []), c]);
  const picked = [
    ...[...roles.values()].flatMap((same, i) => (same[0]!.binOnlyAsRoot ? same : [same[i % same.length]!])),
    ...cases.filter((c) => !c.generated).filter((_, i) => i % 6 === 0),
  ];
  return picked.map((c, i) => {
    const commands = c.commands.filter((x) => x !== 'assess');
    return { c, command: commands[i % commands.length]! };
  });
}

describe('the hostile corpus through the built binary', () => {
  it.for(chosen().map((x) => ({ ...x, name: `${x.c.id} · ${x.command}` })))('$name', async ({ c, command }, { skip }) => {
    const before = snapshot(root);
    const asOther = c.binOnlyAsRoot && other !== undefined;
    if (asOther && 'skip' in other) skip(other.skip);
    const bin = asOther && 'bin' in other ? other.bin : BIN;
    const r = await spawnBin([], { cwd: caseDir(root, c), stdin: stdinOf(root, c), args: [bin, ...argvFor(c, command)], ...(asOther && { uid: NOBODY }) });
    expect(problemsWith(r.stderr, c.expected(command)), r.stderr.slice(0, 400)).toEqual([]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });

  it('assess --resume in a real pseudo-terminal refuses a hostile answer file with one line, before any prompt', async () => {
    const c = cases.find((x) => x.id === 'answers/ansi-in-comment.yaml')!;
    const before = snapshot(root);
    // script(1) gives the binary a terminal; its output is the terminal's, stdout and stderr together.
    const command = [process.execPath, BIN, ...argvFor(c, 'assess')].map((a) => `'${a}'`).join(' ');
    const r = await spawnBin([], { cwd: caseDir(root, c), file: 'script', args: ['-qec', command, '/dev/null'] });
    const screen = r.stdout.replace(/\r\n/g, '\n');
    expect(problemsWith(screen, c.expected('assess')), screen).toEqual([]);
    expect(r.code).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });
});
