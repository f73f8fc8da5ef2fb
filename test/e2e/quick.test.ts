// assess --quick end to end: the built binary in a real terminal (tmux 80×24), a whole 46-question paper form typed in.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseAnswerText } from '../../src/answers/parse.js';
import { assessText } from '../../src/i18n/assess.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import { hasTmux, lastLine, Terminal } from '../assess/tmux.js';
import { bin } from '../helpers/cli.js';

const t = assessText.fr;
const { questionnaire: q } = await loadQuestionnaire('impact-collectif');
const ids = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
const N = ids.length;
/** What the paper says: a level, "?" or nothing (left blank), sometimes with a comment. */
const paper = ids.map((_, i) => ['2', '3', '?', '1 un budget pluriannuel', '0', '', '3', '2'][i % 8]!);

const terminals: Terminal[] = [];
afterEach(() => terminals.splice(0).forEach((term) => term.kill()));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The prompt of question n (1-based) is the last line, empty, ready for keys. */
const onQuestion = (n: number) => (s: string) => lastLine(s).startsWith(`? ${n}/${N} `);

function answersIn(file: string) {
  const [parsed] = parseAnswerText(readFileSync(file, 'utf8'), file);
  return parsed!.response;
}

describe.skipIf(!hasTmux)('assess --quick in a terminal', { timeout: 120_000 }, () => {
  it('types a whole paper questionnaire, Ctrl-C half-way, resumes, corrects one answer at the end: the file holds the paper', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-quick-'));
    dirs.push(dir);
    const term = new Terminal();
    terminals.push(term);
    term.start(['assess', '--quick', '-q', 'impact-collectif'], { cwd: dir, lang: 'fr_FR.UTF-8' });
    // The respondent first: territory, sector, name, the date written on the form.
    await term.waitForPrompt(t.territory, t.territory);
    term.type('Cité éducative de Nanterre');
    term.keys('Enter');
    await term.waitForPrompt(t.sector, t.keysTip.slice(0, 8));
    term.keys('Down', 'Down', 'Down', 'Enter');
    await term.waitForPrompt(t.name.slice(0, 10), t.name.slice(0, 10));
    term.keys('Enter');
    await term.waitForPrompt('AAAA-MM-JJ', 'AAAA-MM-JJ');
    term.type('2025-3-4');
    term.keys('Enter');
    await term.waitFor(t.dateInvalid);
    term.keys('C-u');
    term.type('2025-02-04');
    term.keys('Enter');
    // The keys are said once, then one line per question.
    const first = await term.waitFor(onQuestion(1));
    expect(first).toContain('Saisie rapide : 0 à 3 ou ?');
    const half = 23;
    for (let i = 0; i < half; i++) {
      await term.waitFor(onQuestion(i + 1));
      if (paper[i]) term.type(paper[i]!);
      term.keys('Enter');
    }
    // The screen is the list of what was typed, each line within 80 columns.
    const screen = await term.waitFor(onQuestion(half + 1));
    expect(screen).toMatch(new RegExp(`✔ ${half}/${N} .+ ${paper[half - 1]!.replace('?', '\\?')}$`, 'm'));
    term.keys('C-c');
    expect(await term.exitCode()).toBe(130);
    const file = readdirSync(dir).find((f) => f.endsWith('.yaml'))!;
    const stopped = term.screen({ joined: true });
    const resume = stopped.split('\n')[stopped.split('\n').findIndex((l) => l.includes(t.interrupted.resume)) + 1]!.trim();
    expect(resume).toBe(`impact-collectif assess --quick --resume ${file}`);

    const again = new Terminal();
    terminals.push(again);
    again.start(resume.split(' ').slice(1), { cwd: dir, lang: 'fr_FR.UTF-8' });
    for (let i = half; i < N; i++) {
      await again.waitFor(onQuestion(i + 1));
      if (paper[i]) again.type(paper[i]!);
      again.keys('Enter');
    }
    // The end: the blank ones by number; 1 is corrected (typed 0 by mistake… it said 2: now 1), then Enter finishes.
    const end = await again.waitFor((s) => lastLine(s).startsWith(`? ${t.quick.end(N).slice(0, 20)}`));
    const blank = paper.flatMap((p, i) => (p ? [] : [i + 1]));
    expect(end).toContain(t.quick.missing(blank));
    again.type('1');
    again.keys('Enter');
    await again.waitFor(onQuestion(1));
    again.type('1');
    again.keys('Enter');
    await again.waitFor((s) => lastLine(s).startsWith(`? ${t.quick.end(N).slice(0, 20)}`));
    again.keys('Enter');
    await again.waitForPrompt(t.end.summary.what, t.end.summary.pager);
    again.keys('Enter');
    expect(await again.exitCode()).toBe(0);

    const r = answersIn(join(dir, file));
    expect(r.territory).toBe('Cité éducative de Nanterre');
    expect(r.respondent).toEqual({ sector: q.sectors[3]!.id });
    expect(r.date).toBe('2025-02-04');
    const expected = Object.fromEntries(
      ids.flatMap((id, i) => {
        const p = i === 0 ? '1' : paper[i]!;
        if (!p) return [];
        const value = p[0] === '?' ? 'unknown' : Number(p[0]);
        return [[id, p.length > 1 ? { value, comment: p.slice(2) } : { value }]];
      }),
    );
    expect(Object.fromEntries(r.answers)).toEqual(expected);
    expect(bin(['validate', join(dir, file)]).code).toBe(0);
  });
});
