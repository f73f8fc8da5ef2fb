// Saving during a session: a failed write is shown, the answers stay in memory, the person retries, moves or gives up.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen } from '../helpers/inquirer-screen.js';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import { createSaver } from '../../src/assess/save.js';
import type { View } from '../../src/assess/screens.js';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { InputError } from '../../src/core/errors.js';
import { msg } from '../../src/i18n/messages/index.js';
import { assessText } from '../../src/i18n/assess.js';
import { createPrompter } from '../../src/assess/prompts.js';

const dirs: string[] = [];
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ic-save-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const t = assessText.en;
const view: View = { lang: 'en', t, width: 80, c: new Chalk({ level: 0 }) };
const full = (file: string) => new InputError({ file, ...msg('output.noSpace') });

async function saver(write: (path: string, text: string) => Promise<void>, cwd = tmp()) {
  let printed = '';
  const prompter = await createPrompter();
  const s = createSaver({ prompter, print: (x) => void (printed += x), view, cwd, write, show: (p) => p }, join(cwd, 'answers.yaml'));
  return { s, cwd, printed: () => printed };
}

describe('createSaver', () => {
  it('writes the file atomically and remembers that it did', async () => {
    const { s, cwd } = await saver(writeFileAtomic);
    expect(s.saved).toBe(false);
    await s.save('answers: {}\n');
    expect(s.saved).toBe(true);
    expect(readFileSync(join(cwd, 'answers.yaml'), 'utf8')).toBe('answers: {}\n');
  });

  it('shows the error and retries when asked, until the write succeeds', async () => {
    let fail = 2;
    const written: string[] = [];
    const { s, printed } = await saver(async (path, text) => {
      if (fail-- > 0) throw full(path);
      written.push(text);
    });
    const done = s.save('v1');
    await screen.next().catch(() => {});
    expect(printed()).toContain('no space left on the device');
    expect(printed()).toContain(t.saveFailed.kept);
    expect(screen.getScreen()).toContain(t.saveFailed.retry);
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter');
    await done;
    expect(written).toEqual(['v1']);
  });

  it('saves to another file chosen by the person, and uses it from then on', async () => {
    const cwd = tmp();
    writeFileSync(join(cwd, 'taken.yaml'), 'x');
    const written: [string, string][] = [];
    const { s } = await saver(async (path, text) => {
      if (path.endsWith('answers.yaml')) throw full(path);
      written.push([path, text]);
    }, cwd);
    const done = s.save('v1');
    await screen.next().catch(() => {});
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(t.saveFailed.path);
    // An existing file is refused: it would be overwritten.
    screen.type('taken.yaml');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(t.existing.message('taken.yaml'));
    for (let i = 0; i < 'taken.yaml'.length; i++) screen.keypress('backspace');
    screen.type('elsewhere.yaml');
    screen.keypress('enter');
    await done;
    await s.save('v2');
    expect(written).toEqual([
      [join(cwd, 'elsewhere.yaml'), 'v1'],
      [join(cwd, 'elsewhere.yaml'), 'v2'],
    ]);
    expect(s.path).toBe(join(cwd, 'elsewhere.yaml'));
  });

  it('stays on its file when the other one is taken meanwhile (moved refuses it), and asks again', async () => {
    const cwd = tmp();
    const written: string[] = [];
    const asked: string[] = [];
    const prompter = await createPrompter();
    const write = async (path: string) => {
      if (path.endsWith('answers.yaml')) throw full(path);
      written.push(path);
    };
    const moved = (_from: string, to: string) => (asked.push(to), false);
    const s = createSaver({ prompter, print: () => undefined, view, cwd, write, show: (p) => p, moved }, join(cwd, 'answers.yaml'));
    const done = s.save('v1');
    await screen.next().catch(() => {});
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    screen.type('elsewhere.yaml');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(t.saveFailed.retry);
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(done).rejects.toBeInstanceOf(InputError);
    expect(asked).toEqual([join(cwd, 'elsewhere.yaml')]);
    expect(written).toEqual([]);
    expect(s.path).toBe(join(cwd, 'answers.yaml'));
  });

  it('gives up only when the person says so, with the write error', async () => {
    const { s } = await saver(async (path) => {
      throw full(path);
    });
    const done = s.save('v1');
    await screen.next().catch(() => {});
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(done).rejects.toBeInstanceOf(InputError);
  });
});
