// survey import is all or nothing: a failure partway (a full disk, a name taken meanwhile) leaves the output folder as it was.
import { mkdirSync, mkdtempSync, promises, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cli, fixture } from '../helpers/cli.js';

const EXPORT = fixture('survey/limesurvey-codes.csv');
/** The files the export gives, in the order they are written. */
const NAMES = ['nanterre-association-2.yaml', 'nanterre-collectivite-3.yaml', 'nanterre-habitants-4.yaml', 'nanterre-education-nationale-5.yaml'];

let root: string;
beforeAll(() => void (root = mkdtempSync(join(tmpdir(), 'ic-survey-atomic-'))));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => void vi.restoreAllMocks());

const fsError = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

/** Every entry under `dir` (hidden ones too) with its content. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** A folder holding a file of someone else's. */
function folder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'notes.txt'), 'mine\n');
  return dir;
}

/** fs.promises.link failing with `code` on its `nth` call (1 for the first), the real one otherwise. */
function failLink(nth: number, code: string) {
  const link = promises.link.bind(promises);
  let calls = 0;
  return vi.spyOn(promises, 'link').mockImplementation(async (from, to) => {
    if (++calls === nth) throw fsError(code);
    return link(from, to);
  });
}

describe('survey import, all or nothing', () => {
  it('a full disk at the third file: the two already in place are taken back, one line, exit 2 (French and English)', async () => {
    const dir = folder('full');
    const before = snapshot(dir);
    failLink(3, 'ENOSPC');
    const fr = await cli(['survey', 'import', EXPORT, '--output-dir', dir, '--lang', 'fr']);
    expect(fr).toEqual({
      code: 2,
      stdout: '',
      stderr: `${join(dir, NAMES[2]!)}: ne peut pas être écrit (plus de place sur le disque) : rien n’a été écrit, le dossier est tel qu’avant\n`,
    });
    expect(snapshot(dir)).toEqual(before);
    vi.restoreAllMocks();
    failLink(2, 'EACCES');
    const en = await cli(['survey', 'import', EXPORT, '--output-dir', dir, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`${join(dir, NAMES[1]!)}: cannot be written (permission denied or read-only folder): nothing was written, the folder is as it was\n`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a name taken by another process between the check and the write: that file is kept, the others taken back', async () => {
    const dir = folder('race');
    const before = snapshot(dir);
    const link = promises.link.bind(promises);
    let calls = 0;
    vi.spyOn(promises, 'link').mockImplementation(async (from, to) => {
      if (++calls === 2) writeFileSync(to, 'theirs\n');
      return link(from, to);
    });
    const r = await cli(['survey', 'import', EXPORT, '--output-dir', dir, '--lang', 'en']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${join(dir, NAMES[1]!)}: exists already: nothing was written (choose another folder, or remove this file)\n` });
    expect(snapshot(dir)).toEqual({ ...before, [NAMES[1]!]: 'theirs\n' });
  });

  it('a failure while the files are written aside: nothing appears; a folder made by the import is removed again', async () => {
    const dir = folder('aside');
    const before = snapshot(dir);
    const open = promises.open.bind(promises);
    let calls = 0;
    vi.spyOn(promises, 'open').mockImplementation(async (...args: Parameters<typeof promises.open>) => {
      if (/\.yaml$/.test(String(args[0])) && ++calls === 2) throw fsError('ENOSPC');
      return open(...args);
    });
    const r = await cli(['survey', 'import', EXPORT, '--output-dir', dir, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${dir}: ne peut pas être écrit (plus de place sur le disque) : rien n’a été écrit, le dossier est tel qu’avant\n`);
    expect(snapshot(dir)).toEqual(before);

    vi.restoreAllMocks();
    const nested = join(root, 'new', 'deeper');
    failLink(4, 'EIO');
    const again = await cli(['survey', 'import', EXPORT, '--output-dir', nested, '--lang', 'en']);
    expect(again.stderr).toBe(`${join(nested, NAMES[3]!)}: cannot be written (EIO): nothing was written, the folder is as it was\n`);
    expect(existsSync(join(root, 'new'))).toBe(false);
  });

  it('without hard links (a FAT stick), each file is copied into place, never over another; the temporary folder goes', async () => {
    const dir = folder('fat');
    vi.spyOn(promises, 'link').mockRejectedValue(fsError('EPERM'));
    const r = await cli(['survey', 'import', EXPORT, '--output-dir', dir, '--lang', 'en']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: `4 answer files written to ${dir}\n` });
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', ...NAMES].sort());
    expect((await cli(['validate', dir])).code).toBe(0);
  });

  it('a success leaves the answer files and nothing else', async () => {
    const dir = folder('ok');
    expect((await cli(['survey', 'import', EXPORT, '--output-dir', dir])).code).toBe(0);
    expect(Object.keys(snapshot(dir))).toEqual(['notes.txt', ...NAMES].sort());
  });
});
