// SIGKILL at random moments while answer files and reports are written: each file is its complete old or new version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BIN, cli, fixture } from '../helpers/cli.js';
import { version } from './versions.js';

let dir: string;
let writer: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ic-kill-'));
  writer = join(dir, 'writer.mjs');
  // The child runs the real src/atomic.ts, bundled for Node as the CLI itself is.
  await build({
    entryPoints: [fileURLToPath(new URL('./writer.ts', import.meta.url))],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

/** The temporary files an interrupted atomic write by process `pid` leaves beside its target (never the target itself). */
function leftovers(folder: string, pid: number | undefined): string[] {
  return readdirSync(folder).filter((f) => f.startsWith(`.impact-collectif.${pid}.`) && f.endsWith('.tmp'));
}

/** The version number a complete file announces, or a description of what is wrong with it. */
function whichVersion(text: string): number | string {
  const match = /^territory: Nanterre, version (\d+)$/m.exec(text);
  if (!match) return `no version line in ${text.length} bytes: ${JSON.stringify(text.slice(0, 80))}`;
  const i = Number(match[1]);
  return text === version(i) ? i : `version ${i} incomplete or altered (${text.length} bytes, expected ${version(i).length})`;
}

describe('SIGKILL while writing', () => {
  it('an answer file rewritten in a loop and killed 52 times is always one complete version', async () => {
    const files = ['a.yaml', 'b.yaml', 'c.yaml', 'd.yaml'];
    for (const [k, f] of files.entries()) writeFileSync(join(dir, f), version(k));
    let midWrite = 0;
    let kills = 0;
    for (let round = 0; round < 13; round++) {
      // Four writers at a time, each on its own file, each killed 0–40 ms after its first completed write.
      await Promise.all(
        files.map(async (f, k) => {
          const path = join(dir, f);
          const from = (round + 1) * 1000 + k * 100;
          const child = spawn(process.execPath, [writer, path, String(from)], { stdio: ['ignore', 'pipe', 'inherit'] });
          await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
          await sleep(Math.random() * 40);
          child.kill('SIGKILL');
          await exited(child);
          kills++;
          const found = whichVersion(readFileSync(path, 'utf8'));
          expect(typeof found === 'number' ? 'complete' : found, `round ${round}, ${f}`).toBe('complete');
          const left = leftovers(dir, child.pid);
          if (left.length) midWrite++;
          for (const l of left) rmSync(join(dir, l));
        }),
      );
    }
    expect(kills).toBe(52);
    // The kills did land inside writes (a temporary file was left), not only between them.
    expect(midWrite).toBeGreaterThan(0);
  });

  it('report --output, killed at random moments 16 times, leaves the previous report or the new one', async () => {
    const q = fixture('questionnaires/mini.yaml');
    const inputs = [fixture('hostile/answers/ok.yaml'), fixture('hostile/answers/markup-in-every-text.yaml')];
    const outputs = await Promise.all(inputs.map(async (a) => (await cli(['report', '-q', q, a, '--format', 'html'])).stdout));
    expect(outputs[0]).not.toBe(outputs[1]);
    const targets = ['one.html', 'two.html'].map((n) => join(dir, n));
    for (const t of targets) writeFileSync(t, outputs[0]!);
    // How long one run takes here: the kills are spread over it, start-up included.
    const started = performance.now();
    await exited(spawn(process.execPath, [BIN, 'report', '-q', q, inputs[0]!, '--format', 'html', '--output', join(dir, 'timing.html')]));
    const full = performance.now() - started;
    for (let round = 0; round < 8; round++) {
      await Promise.all(
        targets.map(async (target, k) => {
          const child = spawn(process.execPath, [BIN, 'report', '-q', q, inputs[(round + k) % 2]!, '--format', 'html', '--output', target], { stdio: 'ignore' });
          await sleep(Math.random() * full * 1.1);
          child.kill('SIGKILL');
          await exited(child);
          const text = readFileSync(target, 'utf8');
          expect(outputs.indexOf(text), `round ${round}: ${text.length} bytes`).toBeGreaterThanOrEqual(0);
        }),
      );
    }
  });
});
