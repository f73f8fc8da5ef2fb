// No session erases another: a new file is claimed when the session starts, a session holds a lock while it
// writes, a stale lock (its process gone) does not block, and a file changed on disk is never rewritten.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen } from '../helpers/inquirer-screen.js';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import { claim, FileLocked, held, lock, lockPathOf } from '../../src/assess/lock.js';
import { createPrompter } from '../../src/assess/prompts.js';
import { createSaver } from '../../src/assess/save.js';
import type { View } from '../../src/assess/screens.js';
import { pickSavePath } from '../../src/assess/start.js';
import { assessText } from '../../src/i18n/assess.js';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import { cli } from '../helpers/cli.js';
import { msg, render } from '../../src/i18n/messages/index.js';

const dirs: string[] = [];
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ic-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The pid of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('lock', () => {
  it('is held by one session at a time, and released by its owner only', () => {
    const file = join(tmp(), 'a.yaml');
    const first = lock(file);
    expect(readFileSync(lockPathOf(file), 'utf8').trim()).toBe(String(process.pid));
    expect(held(file)).toBe(true);
    expect(() => lock(file)).toThrow(FileLocked);
    first.release();
    expect(existsSync(lockPathOf(file))).toBe(false);
    const second = lock(file);
    // A lock taken over by someone else is not removed by the previous owner's release.
    writeFileSync(lockPathOf(file), `${process.ppid}\n`);
    second.release();
    expect(existsSync(lockPathOf(file))).toBe(true);
  });

  it('replaces a stale lock (kill -9 leaves one: its process is gone)', () => {
    const file = join(tmp(), 'a.yaml');
    writeFileSync(lockPathOf(file), `${deadPid()}\n`);
    expect(held(file)).toBe(false);
    const l = lock(file);
    expect(readFileSync(lockPathOf(file), 'utf8').trim()).toBe(String(process.pid));
    l.release();
  });

  it('claims a new file once: the second claim is refused', () => {
    const file = join(tmp(), 'a.yaml');
    expect(claim(file)).toBe(true);
    expect(claim(file)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});

describe('two sessions', async () => {
  const { questionnaire: q } = await loadQuestionnaire('impact-collectif-express');
  const view = (lang: 'fr' | 'en'): View => ({ lang, t: assessText[lang], width: 80, c: new Chalk({ level: 0 }) });

  it('started together for one territory and day get two files (the name is claimed when picked)', async () => {
    const cwd = tmp();
    let printed = '';
    const deps = { prompter: await createPrompter(), print: (s: string) => void (printed += s), view: view('en'), cwd, show: (p: string) => p.slice(cwd.length + 1) };
    const [a, b] = await Promise.all([pickSavePath(deps, q, 'Nanterre', '2025-02-04'), pickSavePath(deps, q, 'Nanterre', '2025-02-04')]);
    expect(a.path).not.toBe(b.path);
    // The first one's file is being filled in (locked): the second is told, and takes the next name.
    const l = lock(a.path);
    const c = await pickSavePath(deps, q, 'Nanterre', '2025-02-04');
    l.release();
    expect([a.path, b.path]).not.toContain(c.path);
    expect(printed.replace(/\s+/g, ' ')).toContain(assessText.en.lock.inUse(`impact-collectif-express-nanterre-2025-02-04.yaml`, c.path.slice(cwd.length + 1)));
  });

  it.each(['fr', 'en'] as const)('a second session on a locked file is refused before any prompt, with a clear message (%s)', async (lang) => {
    const cwd = tmp();
    const file = join(cwd, 'a.yaml');
    writeFileSync(file, 'questionnaire: impact-collectif-express\nterritory: X\nrespondent: { sector: autre }\nanswers: {}\n');
    const l = lock(file);
    for (const args of [['--resume', 'a.yaml'], ['--save', 'a.yaml']]) {
      const r = await cli(['assess', ...args, '--lang', lang], { tty: true, cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(render(msg('assess.fileLocked', { path: 'a.yaml', pid: process.pid }), lang));
    }
    l.release();
  });

  it('a file changed on disk since the session read it is not overwritten: the person is told and can save elsewhere', async () => {
    const cwd = tmp();
    const file = join(cwd, 'answers.yaml');
    writeFileSync(file, 'v0\n');
    let printed = '';
    const s = createSaver({ prompter: await createPrompter(), print: (x) => void (printed += x), view: view('en'), cwd, write: writeFileAtomic, show: (p) => p.slice(cwd.length + 1) }, file, 'v0\n');
    await s.save('v1\n');
    expect(readFileSync(file, 'utf8')).toBe('v1\n');
    writeFileSync(file, 'written by someone else\n');
    const done = s.save('v2\n');
    await new Promise((r) => setImmediate(r));
    expect(screen.getScreen()).toContain(assessText.en.saveFailed.what);
    expect(printed).toContain(render(msg('assess.changedOnDisk'), 'en'));
    expect(readFileSync(file, 'utf8')).toBe('written by someone else\n');
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    screen.type('mine.yaml');
    screen.keypress('enter');
    await done;
    expect(readFileSync(join(cwd, 'mine.yaml'), 'utf8')).toBe('v2\n');
    expect(readFileSync(file, 'utf8')).toBe('written by someone else\n');
  });
});
