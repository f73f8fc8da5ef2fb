// Runs the CLI in-process (fast, for most tests) or as the built binary (for end-to-end tests).
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { run } from '../../src/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = `${ROOT}bin/impact-collectif.js`;
export const fixture = (path: string) => `${ROOT}test/fixtures/${path}`;

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  tty?: boolean;
}

export async function cli(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
    env: { LANG: 'en_US.UTF-8', ...opts.env },
    cwd: opts.cwd ?? ROOT,
    stdinIsTTY: opts.tty ?? false,
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: opts.tty ?? false,
  });
  return { code, stdout, stderr };
}

/** The CLI run in-process, expected to succeed with nothing on stderr: its stdout. */
export async function ok(argv: string[], opts: RunOptions = {}): Promise<string> {
  const r = await cli(argv, opts);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

export function bin(argv: string[], opts: RunOptions = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...argv], {
    input: opts.stdin ?? '',
    env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', ...opts.env },
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
