// A full disk, a read-only folder, an --output that would destroy an input: a clear error, and the previous file intact.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { InputError } from '../../src/core/errors.js';
import { BIN, bin, cli, fixture } from '../helpers/cli.js';
import { version } from './versions.js';

const MINI = fixture('questionnaires/mini.yaml');
const ANSWERS = fixture('hostile/answers/ok.yaml');
const isRoot = process.getuid?.() === 0;

const dir = mkdtempSync(join(tmpdir(), 'ic-disk-'));
const mounts: string[] = [];

/** A small tmpfs of our own (root only): a disk that really fills up, a folder that is really read-only. */
function mountTmpfs(path: string, size: string): boolean {
  mkdirSync(path, { recursive: true });
  if (!isRoot) return false;
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', path]);
  if (r.status === 0) mounts.push(path);
  return r.status === 0;
}

// Made while the tests are collected: which of them can run depends on it.
const fullDisk: string | undefined = mountTmpfs(join(dir, 'full'), '256k') ? join(dir, 'full') : undefined;
const readOnly: string | undefined = (() => {
  const ro = join(dir, 'ro');
  const mounted = mountTmpfs(ro, '64k');
  if (!mounted && isRoot) return undefined; // root ignores permissions: only a read-only mount is read-only
  writeFileSync(join(ro, 'report.md'), 'the previous report\n');
  writeFileSync(join(ro, 'answers.yaml'), version(0));
  if (mounted) return spawnSync('mount', ['-o', 'remount,ro', ro]).status === 0 ? ro : undefined;
  chmodSync(ro, 0o555);
  return ro;
})();
if (!fullDisk) console.warn('test/durability/disk.test.ts: cannot mount a tmpfs (root needed): the real full-disk tests are skipped; enospc.test.ts simulates one');
if (!readOnly) console.warn('test/durability/disk.test.ts: cannot make a read-only folder (root ignores permissions, and mounting failed): the read-only tests are skipped');

afterAll(() => {
  for (const m of mounts) spawnSync('umount', ['-l', m]);
  if (readOnly && !isRoot) chmodSync(readOnly, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

/** Fills the rest of a tmpfs, so that the next write fails with ENOSPC. */
function fill(folder: string): void {
  const chunk = Buffer.alloc(4096, 'x');
  for (let i = 0; ; i++) {
    try {
      writeFileSync(join(folder, `filler-${i}`), chunk);
    } catch {
      return;
    }
  }
}

const noTemporaryFiles = (folder: string) => expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);

describe('a full disk', () => {
  it.skipIf(!fullDisk)('report --output: a clear error, exit 2, and the previous report intact', async () => {
    const target = join(fullDisk!, 'report.md');
    writeFileSync(target, 'the previous report\n');
    fill(fullDisk!);
    const r = await cli(['report', '-q', MINI, ANSWERS, '--format', 'markdown', '--output', target]);
    expect(r.stderr).toBe(`${target}: cannot be written: no space left on the device (the previous version is intact)\n`);
    expect(r.code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('the previous report\n');
    noTemporaryFiles(fullDisk!);
  });

  it.skipIf(!fullDisk)('an answer file saved as assess saves it: an InputError, and the previous answers intact', async () => {
    const target = join(fullDisk!, 'answers.yaml');
    rmSync(join(fullDisk!, 'filler-0'), { force: true });
    writeFileSync(target, version(0));
    fill(fullDisk!);
    const failure = await writeFileAtomic(target, version(2)).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(InputError);
    expect((failure as InputError).message).toBe(`${target}: cannot be written: no space left on the device (the previous version is intact)`);
    expect(readFileSync(target, 'utf8')).toBe(version(0));
    noTemporaryFiles(fullDisk!);
  });

  it.skipIf(!existsSync('/dev/full'))('standard output on a full disk: one clear line, exit 2, no stack trace', () => {
    // The shell opens the file: the binary runs with stdout on /dev/full, whose every write fails with ENOSPC.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" report -q "${MINI}" "${ANSWERS}" --format html > /dev/full`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' },
    });
    expect(r.stderr).toBe('impact-collectif: cannot write the output (ENOSPC): is the disk full, or the file read-only? What was written is incomplete.\n');
    expect(r.status).toBe(2);
  });
});

describe('a read-only folder', () => {
  it.skipIf(!readOnly)('report --output: a clear error, exit 2, and the previous report intact', async () => {
    const target = join(readOnly!, 'report.md');
    const r = await cli(['report', '-q', MINI, ANSWERS, '--format', 'markdown', '--output', target]);
    expect(r.stderr).toBe(`${target}: cannot be written: permission denied or read-only folder (the previous version is intact)\n`);
    expect(r.code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('the previous report\n');
  });

  it.skipIf(!readOnly)('an answer file: an InputError, and the previous answers intact', async () => {
    const target = join(readOnly!, 'answers.yaml');
    const failure = await writeFileAtomic(target, version(2)).catch((err: unknown) => err);
    expect((failure as InputError).message).toBe(`${target}: cannot be written: permission denied or read-only folder (the previous version is intact)`);
    expect(readFileSync(target, 'utf8')).toBe(version(0));
  });
});

describe('--output', () => {
  it('refuses to overwrite one of the answer files it reads, however it is spelled', async () => {
    const answers = join(dir, 'answers.yaml');
    writeFileSync(answers, readFileSync(ANSWERS));
    for (const output of [answers, join(dir, '.', 'sub', '..', 'answers.yaml')]) {
      const r = await cli(['report', '-q', MINI, answers, '--output', output]);
      expect(r.stderr).toMatch(/: is one of the input files: refusing to overwrite it with the output\n$/);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.code).toBe(2);
    }
    expect(readFileSync(answers, 'utf8')).toBe(readFileSync(ANSWERS, 'utf8'));
  });

  it('refuses to overwrite the questionnaire it reads', async () => {
    const questionnaire = join(dir, 'mini.yaml');
    writeFileSync(questionnaire, readFileSync(MINI));
    const r = await cli(['report', '-q', questionnaire, ANSWERS, '--output', questionnaire]);
    expect(r.stderr).toBe(`${questionnaire}: is one of the input files: refusing to overwrite it with the output\n`);
    expect(r.code).toBe(2);
    expect(readFileSync(questionnaire, 'utf8')).toBe(readFileSync(MINI, 'utf8'));
  });

  it('refuses an answer file read from a folder given as input', async () => {
    const folder = join(dir, 'responses');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a.yaml'), readFileSync(ANSWERS));
    const r = await cli(['report', '-q', MINI, folder, '--output', join(folder, 'a.yaml')]);
    expect(r.stderr).toMatch(/is one of the input files/);
    expect(r.code).toBe(2);
    expect(readFileSync(join(folder, 'a.yaml'), 'utf8')).toBe(readFileSync(ANSWERS, 'utf8'));
  });

  it.each([
    ['report', ['report', '-q', MINI, ANSWERS, '--output']],
    ['template', ['template', '--output']],
  ])('%s refuses a directory', async (_, argv) => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder, { recursive: true });
    const r = await cli([...argv, folder]);
    expect(r.stderr).toBe(`${folder}: is a directory: cannot write the output there\n`);
    expect(r.code).toBe(2);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('the binary too: exit 2, one line, the input intact', () => {
    const answers = join(dir, 'bin-answers.yaml');
    writeFileSync(answers, readFileSync(ANSWERS));
    const r = bin(['report', '-q', MINI, answers, '--format', 'json', '--output', answers]);
    expect(r.stderr).toBe(`${answers}: is one of the input files: refusing to overwrite it with the output\n`);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
    expect(readFileSync(answers, 'utf8')).toBe(readFileSync(ANSWERS, 'utf8'));
  });
});
