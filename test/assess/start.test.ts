// The opening of a session: the default file name, never overwriting an existing file, offering to resume it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { screen } from '../helpers/inquirer-screen.js';
import { Chalk } from 'chalk';
import { afterAll, describe, expect, it } from 'vitest';
import type { View } from '../../src/assess/screens.js';
import { askRespondent, askTerritory, pickSavePath } from '../../src/assess/start.js';
import { serializeResponse } from '../../src/answers/write.js';
import { assessText } from '../../src/i18n/assess.js';
import { createPrompter } from '../../src/assess/prompts.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';

const dirs: string[] = [];
function tmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ic-start-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const { questionnaire: q } = await loadQuestionnaire('impact-collectif-express');
const t = assessText.fr;
const view: View = { lang: 'fr', t, width: 80, c: new Chalk({ level: 0 }) };
const DATE = '2025-02-04';
const name = `${q.id}-nanterre-${DATE}.yaml`;

async function deps(cwd: string) {
  let printed = '';
  return { deps: { prompter: await createPrompter(), print: (s: string) => void (printed += s), view, cwd, show: (p: string) => p.slice(cwd.length + 1) }, printed: () => printed };
}

function answerFile(questionnaire = q.id) {
  const first = q.dimensions[0]!.questions[0]!.id;
  return serializeResponse({ file: '', doc: 0, questionnaire, territory: 'Nanterre', respondent: { sector: 'association' }, answers: new Map([[first, { value: 2 }]]) }, q);
}

describe('pickSavePath', () => {
  it('uses questionnaire, territory and date in the current folder', async () => {
    const cwd = tmp();
    const { deps: d } = await deps(cwd);
    expect(await pickSavePath(d, q, 'Nanterre', DATE)).toEqual({ path: join(cwd, name) });
  });

  it('offers to resume an existing answer file of the same questionnaire, or to start a -2 file', async () => {
    const cwd = tmp();
    writeFileSync(join(cwd, name), answerFile());
    const { deps: d } = await deps(cwd);
    const resumed = pickSavePath(d, q, 'Nanterre', DATE);
    await screen.next().catch(() => {});
    expect(screen.getScreen()).toContain(t.existing.resume(1, q.dimensions.reduce((n, d) => n + d.questions.length, 0)));
    screen.keypress('enter');
    const target = await resumed;
    expect(target.path).toBe(join(cwd, name));
    expect(target.resume?.response.answers.size).toBe(1);

    const fresh = pickSavePath(d, q, 'Nanterre', DATE);
    await screen.next().catch(() => {});
    screen.keypress('down');
    screen.keypress('enter');
    expect(await fresh).toEqual({ path: join(cwd, name.replace('.yaml', '-2.yaml')) });
  });

  it('never touches a file of that name that is not one of its answer files: it takes the next free name', async () => {
    const cwd = tmp();
    writeFileSync(join(cwd, name), 'mes notes: [\n');
    writeFileSync(join(cwd, name.replace('.yaml', '-2.yaml')), answerFile());
    const { deps: d, printed } = await deps(cwd);
    expect(await pickSavePath(d, q, 'Nanterre', DATE)).toEqual({ path: join(cwd, name.replace('.yaml', '-3.yaml')) });
    expect(printed()).toContain(name);
    expect(readFileSync(join(cwd, name), 'utf8')).toBe('mes notes: [\n');
  });
});

describe('territory and respondent', () => {
  it('requires a territory, and cleans what is typed', async () => {
    const { deps: d } = await deps(tmpdir());
    const answer = askTerritory(d);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(t.territoryRequired);
    screen.type('  Cité   éducative ');
    screen.keypress('enter');
    expect(await answer).toBe('Cité éducative');
  });

  it('offers the sectors of the questionnaire and an optional name', async () => {
    const { deps: d } = await deps(tmpdir());
    const answer = askRespondent(d, q);
    for (const s of q.sectors) expect(screen.getScreen()).toContain(s.label.fr!.slice(0, 20));
    screen.keypress('down');
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter');
    expect(await answer).toEqual({ sector: q.sectors[1]!.id });
  });

  it('moves to a sector by typing its position in the list', async () => {
    const { deps: d } = await deps(tmpdir());
    const answer = askRespondent(d, q);
    screen.type('3');
    screen.keypress('enter');
    await screen.next();
    screen.keypress('enter');
    expect(await answer).toEqual({ sector: q.sectors[2]!.id });
  });
});
