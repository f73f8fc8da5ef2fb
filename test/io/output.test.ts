// --output: new folders made, inputs never destroyed (whatever path, link or command leads to them), devices and pipes written in place.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, bin, cli, fixture } from '../helpers/cli.js';

const MINI = fixture('questionnaires/mini.yaml');
const ANSWERS = fixture('hostile/answers/ok.yaml');
const isRoot = process.getuid?.() === 0;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh private folder holding a copy of the answers (a.yaml) and of the questionnaire (q.yaml). */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ic-output-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'a.yaml'), readFileSync(ANSWERS));
  writeFileSync(join(dir, 'q.yaml'), readFileSync(MINI));
  return dir;
}

const REFUSED = /: is one of the input files: refusing to overwrite it with the output\n$/;
const report = (dir: string, output: string, input = join(dir, 'a.yaml')) =>
  cli(['report', '-q', MINI, input, '--format', 'markdown', '--output', output], { cwd: dir });
const expected = async () => (await cli(['report', '-q', MINI, ANSWERS, '--format', 'markdown'])).stdout;

describe('--output makes what is missing', () => {
  it('creates the folders of a new path, and writes the file whole', async () => {
    const dir = folder();
    const r = await report(dir, 'some/new/folder/report.md');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'some/new/folder/report.md'), 'utf8')).toBe(await expected());
    expect(readdirSync(join(dir, 'some/new/folder'))).toEqual(['report.md']);
  });

  it('writes a name of 253 bytes (the temporary file has a short name of its own)', async () => {
    const dir = folder();
    const name = `${'r'.repeat(250)}.md`;
    const r = await report(dir, name);
    expect(r.stderr).toBe('');
    expect(readFileSync(join(dir, name), 'utf8')).toBe(await expected());
  });

  it('refuses a name ending with a slash (a folder) instead of writing a file without it', async () => {
    const dir = folder();
    const r = await report(dir, 'newdir/');
    expect(r).toEqual({ code: 2, stdout: '', stderr: expect.stringMatching(/^newdir\/: ends with a slash, so it names a folder/) });
    expect(existsSync(join(dir, 'newdir'))).toBe(false);
  });

  it('writes through a dangling link to its target, and the link stays', async () => {
    const dir = folder();
    symlinkSync('target.md', join(dir, 'link.md'));
    expect((await report(dir, 'link.md')).code).toBe(0);
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'target.md'), 'utf8')).toBe(await expected());
  });
});

describe('--output never destroys an input', () => {
  it.each([
    ['a link to the answer file', (dir: string) => symlinkSync('a.yaml', join(dir, 'link.yaml')), 'link.yaml', 'a.yaml'],
    ['the answer file, read through a link', (dir: string) => symlinkSync('a.yaml', join(dir, 'link.yaml')), 'a.yaml', 'link.yaml'],
    ['a hard link to the answer file', (dir: string) => linkSync(join(dir, 'a.yaml'), join(dir, 'hard.yaml')), 'hard.yaml', 'a.yaml'],
    [
      'the answer file, read through a linked folder',
      (dir: string) => {
        mkdirSync(join(dir, 'real'));
        writeFileSync(join(dir, 'real/b.yaml'), readFileSync(ANSWERS));
        symlinkSync('real', join(dir, 'linked'));
      },
      'real/b.yaml',
      'linked/b.yaml',
    ],
  ])('report refuses %s', async (_, make, output, input) => {
    const dir = folder();
    make(dir);
    const before = readFileSync(join(dir, input), 'utf8');
    const r = await report(dir, output, join(dir, input));
    expect(r.stderr).toMatch(REFUSED);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, input), 'utf8')).toBe(before);
    expect(lstatSync(join(dir, output)).isFile() || lstatSync(join(dir, output)).isSymbolicLink()).toBe(true);
  });

  it('template -q ./q.yaml --output q.yaml keeps the questionnaire', () => {
    const dir = folder();
    const r = bin(['template', '-q', './q.yaml', '--output', 'q.yaml'], { cwd: dir });
    expect(r.stderr).toBe('q.yaml: is one of the input files: refusing to overwrite it with the output\n');
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'q.yaml'), 'utf8')).toBe(readFileSync(MINI, 'utf8'));
  });

  it('assess -q q.yaml --output q.yaml refuses before asking anything', async () => {
    const dir = folder();
    const r = await cli(['assess', '-q', join(dir, 'q.yaml'), '--output', 'q.yaml'], { tty: true, cwd: dir, env: { CI: '' } });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'q.yaml: is one of the input files: refusing to overwrite it with the output\n' });
    expect(readFileSync(join(dir, 'q.yaml'), 'utf8')).toBe(readFileSync(MINI, 'utf8'));
  });
});

describe('--output onto what is not a regular file: written in place, never replaced by a file', () => {
  // A character device of our own, numbered as /dev/null (1, 3): the real /dev/null is never at risk here.
  it.skipIf(!isRoot)('a character device stays a device', async () => {
    const dir = folder();
    const device = join(dir, 'null');
    if (spawnSync('mknod', [device, 'c', '1', '3']).status !== 0) return;
    const r = await report(dir, device);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'null', 'q.yaml']);
  });

  it('a named pipe (as >(cmd) gives) stays a pipe, and its reader gets the report', async () => {
    const dir = folder();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reading = readFile(fifo, 'utf8');
    const r = await report(dir, fifo);
    expect(r.code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(await reading).toBe(await expected());
  });

  it('a link to a descriptor (/dev/stdout) appends to the file behind it, and the link stays', async () => {
    const dir = folder();
    const log = join(dir, 'log.md');
    writeFileSync(log, 'before\n');
    symlinkSync('/proc/self/fd/1', join(dir, 'stdout'));
    const fd = openSync(log, 'a');
    try {
      const r = spawnSync(process.execPath, [BIN, 'report', '-q', MINI, join(dir, 'a.yaml'), '--format', 'markdown', '--output', join(dir, 'stdout')], {
        stdio: ['ignore', fd, 'pipe'],
        env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' },
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(log, 'utf8')).toBe(`before\n${await expected()}`);
    expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true);
  });
});
