// The folders an output needs are made (makeDirs), and one that a file system refuses ends in one line, exit 2, at
// once: Node's own recursive mkdir retries forever where a refusal says ENOENT (under /proc), and the CLI hung there.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDirs } from '../../src/io/atomic.js';
import { bin, fixture } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ic-folders-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A procfs, where mkdir says ENOENT for a folder whose parent exists (Linux). */
const hasProc = existsSync('/proc/self/status');
const refused = `/proc/impact-collectif-${process.pid}/sub`;

describe('makeDirs', () => {
  it('makes every missing folder and returns the first one made, as mkdir -p does', async () => {
    const target = join(dir, 'a', 'b', 'c');
    expect(await makeDirs(target)).toBe(join(dir, 'a'));
    expect(statSync(target).isDirectory()).toBe(true);
  });

  it('returns undefined for a folder that exists, and makes nothing', async () => {
    expect(await makeDirs(dir)).toBeUndefined();
  });

  it('takes a folder made meanwhile by another process: 20 calls at once on one new path all succeed', async () => {
    const target = join(dir, 'race', 'b', 'c');
    const made = await Promise.all(Array.from({ length: 20 }, () => makeDirs(target)));
    expect(statSync(target).isDirectory()).toBe(true);
    expect(made.filter((m) => m !== undefined).length).toBeGreaterThan(0);
  });

  it('refuses a file in the way', async () => {
    writeFileSync(join(dir, 'file'), '');
    await expect(makeDirs(join(dir, 'file'))).rejects.toMatchObject({ code: 'EEXIST' });
    await expect(makeDirs(join(dir, 'file', 'below'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it.skipIf(!hasProc)('rejects a folder the file system refuses (ENOENT under /proc), where fs.mkdir({ recursive }) never returns', async () => {
    await expect(makeDirs(refused)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe.skipIf(!hasProc)('an output folder that cannot be made: one line, exit 2, at once', () => {
  const quick = (argv: string[]) => {
    const start = Date.now();
    const r = bin(argv);
    return { ...r, seconds: (Date.now() - start) / 1000 };
  };

  it.each([
    ['en', 'cannot be written: its folder does not exist and cannot be made'],
    ['fr', 'ne peut pas être écrit : son dossier n’existe pas et ne peut pas être créé'],
  ])('report --output (%s)', (lang, text) => {
    const r = quick(['report', fixture('answers/mini'), '-q', fixture('questionnaires/mini.yaml'), '--output', `${refused}/r.md`, '--lang', lang]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `${refused}/r.md: ${text}\n` });
    expect(r.seconds).toBeLessThan(5);
  });

  it('report --group-by --output-dir', () => {
    const r = quick(['report', fixture('answers/territories/2026'), '--group-by', 'territory', '--output-dir', refused]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `${refused}: cannot be written: its folder does not exist and cannot be made\n` });
    expect(r.seconds).toBeLessThan(5);
  });

  it.each([
    ['en', 'cannot be written (the folder cannot be made): nothing was written, the folder is as it was'],
    ['fr', 'ne peut pas être écrit (le dossier ne peut pas être créé) : rien n’a été écrit, le dossier est tel qu’avant'],
  ])('survey import --output-dir (%s)', (lang, text) => {
    const r = quick(['survey', 'import', fixture('survey/kobo.csv'), '--output-dir', refused, '--lang', lang]);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr: `${refused}: ${text}\n` });
    expect(r.seconds).toBeLessThan(5);
  });
});
