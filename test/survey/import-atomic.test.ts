// survey import is all or nothing: a failure partway (a full disk, a name taken meanwhile, Ctrl-C) leaves the output folder as it was.
import { mkdirSync, mkdtempSync, promises, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, cli, fixture } from '../helpers/cli.js';

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

  // EPERM: Linux on FAT; EISDIR: Windows on FAT and exFAT (nodejs/node#65817).
  it.each(['EPERM', 'EISDIR'])('without hard links (a FAT stick, %s), each file is copied into place, never over another; the temporary folder goes', async (code) => {
    const dir = folder(`fat-${code}`);
    vi.spyOn(promises, 'link').mockRejectedValue(fsError(code));
    const r = await cli(['survey', 'import', EXPORT, '--output-dir', dir, '--lang', 'en']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: `4 answer files written to ${dir}\n` });
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', ...NAMES].sort());
    expect((await cli(['validate', dir])).code).toBe(0);
  });

  it('a file placed, then replaced by another program before a later failure: the other program’s file is kept', async () => {
    const dir = folder('replaced');
    const link = promises.link.bind(promises);
    let calls = 0;
    vi.spyOn(promises, 'link').mockImplementation(async (from, to) => {
      if (++calls === 3) {
        // Another program renames its own file over the first one placed (as an atomic write does), then the disk is full.
        writeFileSync(join(dir, 'theirs.tmp'), 'theirs\n');
        await promises.rename(join(dir, 'theirs.tmp'), join(dir, NAMES[0]!));
        throw fsError('ENOSPC');
      }
      return link(from, to);
    });
    const r = await cli(['survey', 'import', EXPORT, '--output-dir', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(snapshot(dir)).toEqual({ 'notes.txt': 'mine\n', [NAMES[0]!]: 'theirs\n' });
  });

  it('Ctrl-C partway (a real SIGINT): what was placed is taken back, the temporary folder goes, exit 130 (French and English)', () => {
    const dir = folder('interrupted');
    const before = snapshot(dir);
    // Preloaded in the CLI's process: SIGINT sent to itself just before the second file is linked into place.
    const preload = join(root, 'sigint.cjs');
    writeFileSync(preload, "const fs = require('node:fs'); const link = fs.promises.link.bind(fs.promises); let n = 0;\nfs.promises.link = async (a, b) => { if (++n === 2) process.kill(process.pid, 'SIGINT'); return link(a, b); };\n");
    for (const [lang, text] of [['fr', `Import interrompu : rien n’a été écrit dans ${dir}, le dossier est tel qu’avant.\n`], ['en', `Import interrupted: nothing was written to ${dir}, the folder is as it was.\n`]]) {
      const r = spawnSync(process.execPath, ['--require', preload, BIN, 'survey', 'import', EXPORT, '--output-dir', dir, '--lang', lang!], { encoding: 'utf8', timeout: 20_000 });
      expect([r.status, r.stderr]).toEqual([130, text]);
      expect(snapshot(dir)).toEqual(before);
    }
  });

  it('a second Ctrl-C while a step never ends (a stuck network share) ends the process, as the signal would', () => {
    const dir = folder('stuck');
    // The second link never completes; two SIGINTs follow, 100 ms apart.
    const preload = join(root, 'stuck.cjs');
    writeFileSync(preload, "const fs = require('node:fs'); const link = fs.promises.link.bind(fs.promises); let n = 0;\nfs.promises.link = (a, b) => { if (++n < 2) return link(a, b); setTimeout(() => process.kill(process.pid, 'SIGINT'), 50); setTimeout(() => process.kill(process.pid, 'SIGINT'), 150); return new Promise(() => setInterval(() => {}, 1000)); };\n");
    const r = spawnSync(process.execPath, ['--require', preload, BIN, 'survey', 'import', EXPORT, '--output-dir', dir], { encoding: 'utf8', timeout: 10_000, killSignal: 'SIGKILL' });
    expect([r.status, r.signal]).toEqual([null, 'SIGINT']);
  });

  it('a success leaves the answer files and nothing else', async () => {
    const dir = folder('ok');
    expect((await cli(['survey', 'import', EXPORT, '--output-dir', dir])).code).toBe(0);
    expect(Object.keys(snapshot(dir))).toEqual(['notes.txt', ...NAMES].sort());
  });
});
