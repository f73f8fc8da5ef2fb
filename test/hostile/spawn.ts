// Spawns the built binary (or any program) asynchronously, measuring its whole life, start-up included.
import { spawn } from 'node:child_process';
import { BIN } from '../helpers/cli.js';

export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Spawns the binary and measures its whole life, start-up included. */
export function spawnBin(argv: string[], opts: { cwd: string; stdin?: Buffer; uid?: number; file?: string; args?: string[] }): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(opts.file ?? process.execPath, opts.args ?? [BIN, ...argv], {
      cwd: opts.cwd,
      env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', HOME: opts.cwd },
      ...(opts.uid !== undefined && { uid: opts.uid, gid: opts.uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
    child.stdin.on('error', () => {}); // the binary may refuse before reading all of a huge input
    child.stdin.end(opts.stdin ?? '');
  });
}
