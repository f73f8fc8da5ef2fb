// assess end to end: the built binary in a real pseudo-terminal (tmux 80×24), answered through key presses.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parseAnswerText } from '../../src/answers/parse.js';
import type { AnswerValue } from '../../src/answers/schema.js';
import { assessText } from '../../src/i18n/assess.js';
import { reportText } from '../../src/i18n/report.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import { hasTmux, lastLine, q, Terminal } from '../assess/tmux.js';
import { bin, BIN, ROOT } from '../helpers/cli.js';
import { msg, render } from '../../src/i18n/messages/index.js';

const t = assessText.en;
const { questionnaire: express } = await loadQuestionnaire('impact-collectif-express');
const ids = express.dimensions.flatMap((d) => d.questions.map((x) => x.id));
const N = ids.length;
const SECTOR = 'association';
const TERRITORY = 'Cité éducative de Nanterre';
const tip = t.keysTip.slice(0, 8);

/** What the person answers to each question: a level or "don't know", and what they write after a 0 or a 1. */
type Step = { value: AnswerValue; comment?: string };
const plan: Step[] = ids.map((_, i) => [{ value: 2 }, { value: 3 }, { value: 'unknown' }, { value: 1, comment: 'Un budget pluriannuel' }, { value: 3 }, { value: 0 }, { value: 2 }, { value: 1 }][i % 8] as Step);
const expected = Object.fromEntries(ids.map((id, i) => [id, plan[i]!.comment ? plan[i] : { value: plan[i]!.value }]));

const terminals: Terminal[] = [];
afterEach(() => terminals.splice(0).forEach((term) => term.kill()));

function terminal(): Terminal {
  const term = new Terminal();
  terminals.push(term);
  return term;
}

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ic-e2e-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const question = (i: number) => `Question ${i + 1}/${N} ·`;
/** The screen shows question i now: its progress line is the last one on the screen (earlier ones stay above). */
const onQuestion = (s: string, i: number) => [...s.matchAll(/Question (\d+)\/\d+ ·/g)].at(-1)?.[1] === String(i + 1);

async function answerQuestion(term: Terminal, i: number, step: Step) {
  await term.waitForPrompt(question(i), tip);
  const downs = step.value === 'unknown' ? 4 : step.value;
  term.keys(...Array<string>(downs).fill('Down'), 'Enter');
  if (step.value === 0 || step.value === 1) {
    await term.waitForPrompt(t.whatWouldHelp, t.whatWouldHelp);
    if (step.comment) term.type(step.comment);
    term.keys('Enter');
  }
}

/** After the last question, the review of all answers: Enter on "finish". */
async function finishReview(term: Terminal) {
  await term.waitForPrompt(t.review.finish, tip);
  term.keys('Enter');
}

async function opening(term: Terminal) {
  await term.waitForPrompt(t.territory, t.territory);
  term.type(TERRITORY);
  term.keys('Enter');
  await term.waitForPrompt(t.sector, tip);
  term.keys(...Array<string>(express.sectors.findIndex((s) => s.id === SECTOR)).fill('Down'), 'Enter');
  await term.waitForPrompt(t.name.slice(0, 10), t.name.slice(0, 10));
  term.keys('Enter');
}

function answersIn(file: string) {
  const [parsed] = parseAnswerText(readFileSync(file, 'utf8'), file);
  return parsed!.response;
}

let uninterrupted: string | undefined;

describe.skipIf(!hasTmux)('assess in a terminal', { timeout: 60_000 }, () => {
  it('a person answers the express questionnaire and reads the gap report', async () => {
    const dir = tmp();
    const term = terminal();
    term.start(['assess', '--lang', 'en'], { cwd: dir, lang: 'fr_FR.UTF-8' });
    // The start screen: what it is, the dimensions, both versions with their length, where answers go.
    const start = await term.waitForPrompt(t.pickQuestionnaire, tip);
    for (const d of express.dimensions) expect(start).toContain(d.title.en);
    expect(start).toMatch(/Express — 9 questions, \d+ to \d+ minutes/);
    // The file's name depends on the questionnaire chosen: none is announced before the choice.
    expect(start).not.toContain('impact-collectif-');
    expect(start).toContain(t.start.savedInFolder.slice(0, 30));
    term.keys('Down', 'Enter');
    await opening(term);
    // Once known, the name is the express one.
    expect(await term.waitFor(t.savedAt('impact-collectif-express-cite-educative-de-nanterre-'))).toBeTruthy();
    for (let i = 0; i < N; i++) await answerQuestion(term, i, plan[i]!);
    await finishReview(term);
    // The end fits the screen: the gate, every dimension's score, the challenges, the answers, the commands.
    const end = await term.waitForPrompt(t.end.summary.what, t.end.summary.pager);
    const lines = end.split('\n');
    expect(lines.findIndex((l) => /^[✓~✗?] /.test(l))).toBeGreaterThanOrEqual(0);
    for (const d of express.dimensions) expect(end).toContain(String(d.title.en).slice(0, 20));
    expect(end).toContain(`${t.end.summary.answers}${t.colon}impact-collectif-express-`);
    expect(end).toMatch(/--lang en --format html --output report\.html/);
    term.keys('Enter');
    expect(await term.exitCode()).toBe(0);

    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files).toEqual([expect.stringMatching(/^impact-collectif-express-cite-educative-de-nanterre-\d{4}-\d{2}-\d{2}\.yaml$/)]);
    const file = join(dir, files[0]!);
    const r = answersIn(file);
    expect(r.territory).toBe(TERRITORY);
    expect(r.respondent).toEqual({ sector: SECTOR });
    expect(Object.fromEntries(r.answers)).toEqual(expected);
    uninterrupted = readFileSync(file, 'utf8');

    // The full report was not asked for: not printed; the commands name the file written.
    const all = term.screen({ joined: true, all: true });
    expect(all).not.toContain(reportText.en.title(TERRITORY));
    expect(all).toContain(`report ${files[0]} --lang en --format html --output report.html`);
    expect(bin(['validate', file]).code).toBe(0);
  });

  it('Ctrl-C half-way leaves a valid file and the command to resume; resuming ends with the same answers', async () => {
    const dir = tmp();
    const term = terminal();
    term.start(['assess', '-q', 'impact-collectif-express', '--lang', 'en'], { cwd: dir, lang: 'fr_FR.UTF-8' });
    await opening(term);
    const half = Math.floor(N / 2);
    for (let i = 0; i < half; i++) await answerQuestion(term, i, plan[i]!);
    await term.waitForPrompt(question(half), tip);
    term.keys('C-c');
    expect(await term.exitCode()).toBe(130);
    const screen = term.screen({ joined: true });
    expect(screen).not.toMatch(/\bat .*\.js:\d+/);
    const file = readdirSync(dir).find((f) => f.endsWith('.yaml'))!;
    expect(screen).toContain(t.interrupted.saved(half, N));
    const lines = screen.split('\n');
    const resume = lines[lines.findIndex((l) => l.includes(t.interrupted.resume)) + 1]!.trim();
    expect(resume).toBe(`impact-collectif assess --resume ${file} --lang en`);

    // A normal answer file at any point: validate and report accept it.
    expect(Object.fromEntries(answersIn(join(dir, file)).answers)).toEqual(Object.fromEntries(ids.slice(0, half).map((id) => [id, expected[id]])));
    expect(bin(['validate', join(dir, file)]).code).toBe(0);
    expect(bin(['report', join(dir, file), '--format', 'json']).code).toBe(0);

    const again = terminal();
    again.start(resume.split(' ').slice(1), { cwd: dir, lang: 'fr_FR.UTF-8' });
    await again.waitForPrompt(question(half), tip);
    expect(again.screen({ all: true }).replace(/\s+/g, ' ')).toContain(t.resumed(file, half, N));
    for (let i = half; i < N; i++) await answerQuestion(again, i, plan[i]!);
    await finishReview(again);
    // The full report, on request, in less (q to leave it).
    await again.waitForPrompt(t.end.summary.what, t.end.summary.pager);
    again.keys('Down', 'Enter');
    await again.waitFor((s) => s.includes(reportText.en.title(TERRITORY)) && lastLine(s).startsWith(':'));
    again.keys('q');
    expect(await again.exitCode()).toBe(0);

    // Resuming a finished file opens the review of its answers, straight away.
    const done = terminal();
    done.start(resume.split(' ').slice(1), { cwd: dir, lang: 'fr_FR.UTF-8' });
    const review = await done.waitForPrompt(t.review.message(0), tip);
    expect(review).toMatch(/❯ Finish and see the result/);
    expect(review).toMatch(new RegExp(` 1\\. ${plan[0]!.value} · `));
    done.keys('Enter');
    await done.waitForPrompt(t.end.summary.what, t.end.summary.pager);
    done.keys('Enter');
    expect(await done.exitCode()).toBe(0);
    expect(Object.fromEntries(answersIn(join(dir, file)).answers)).toEqual(expected);
    // Byte for byte the file of the uninterrupted run (same person, same day).
    if (uninterrupted) expect(readFileSync(join(dir, file), 'utf8')).toBe(uninterrupted);
  });

  it('the full report on request is printed when there is no less, and the section of each question stays on screen', async () => {
    const dir = tmp();
    const term = terminal();
    term.start(['assess', '-q', 'impact-collectif-express', '--save', 'p.yaml'], { cwd: dir, env: { PATH: '/nonexistent' } });
    await opening(term);
    for (let i = 0; i < N; i++) {
      await answerQuestion(term, i, { value: 2 });
      // The dimension (kind, rank, title) and the question number are on every question screen.
      const item = express.dimensions.flatMap((d, k) => d.questions.map(() => ({ d, k })))[Math.min(i + 1, N - 1)]!;
      if (i < N - 1) {
        const s = await term.waitForPrompt(question(i + 1), tip);
        const kinds = express.dimensions.filter((x) => x.kind === item.d.kind);
        expect(s).toContain(`${t.kind[item.d.kind]} ${kinds.indexOf(item.d) + 1}/${kinds.length} · ${String(item.d.title.en).slice(0, 15)}`);
      }
    }
    await finishReview(term);
    await term.waitForPrompt(t.end.summary.what, t.end.summary.print);
    term.keys('Down', 'Enter');
    expect(await term.exitCode()).toBe(0);
    expect(term.screen({ joined: true, all: true })).toContain(reportText.en.title(TERRITORY));
  });

  it('two sessions in one folder, same territory and day: each keeps its own file; a file in use is refused; kill -9 leaves no lock that blocks', async () => {
    const dir = tmp();
    const [a, b] = [terminal(), terminal()];
    a.start(['assess', '-q', 'impact-collectif-express', '--lang', 'en'], { cwd: dir });
    await opening(a);
    await a.waitForPrompt(question(0), tip);
    b.start(['assess', '-q', 'impact-collectif-express', '--lang', 'en'], { cwd: dir });
    await opening(b);
    for (let i = 0; i < 2; i++) {
      await answerQuestion(a, i, { value: 3 });
      await answerQuestion(b, i, { value: 2 });
    }
    await a.waitForPrompt(question(2), tip);
    await b.waitForPrompt(question(2), tip);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort((x, y) => x.length - y.length);
    expect(files).toHaveLength(2);
    expect(b.screen({ joined: true, all: true }).replace(/\s+/g, ' ')).toContain(t.lock.inUse(files[0]!, files[1]!));
    a.keys('C-c');
    b.keys('C-c');
    expect(await a.exitCode()).toBe(130);
    expect(await b.exitCode()).toBe(130);
    expect(Object.values(Object.fromEntries(answersIn(join(dir, files[0]!)).answers))).toEqual([{ value: 3 }, { value: 3 }]);
    expect(Object.values(Object.fromEntries(answersIn(join(dir, files[1]!)).answers))).toEqual([{ value: 2 }, { value: 2 }]);
    // Ctrl-C released the locks.
    expect(readdirSync(dir).filter((f) => f.endsWith('.lock'))).toEqual([]);

    // A second session on a file in use is refused at once.
    const first = terminal();
    first.start(['assess', '--resume', files[0]!], { cwd: dir });
    await first.waitForPrompt(question(2), tip);
    const second = terminal();
    second.start(['assess', '--resume', files[0]!], { cwd: dir });
    expect(await second.exitCode()).toBe(2);
    expect(second.screen({ joined: true }).replace(/\s+/g, ' ')).toContain(render(msg('assess.fileLocked', { path: files[0]!, pid: first.childPid() }), 'en'));
    // kill -9 leaves its lock behind, with a process that is gone: the next session takes the file.
    process.kill(first.childPid(), 'SIGKILL');
    await first.waitFor(/EXIT=\d+/);
    const third = terminal();
    third.start(['assess', '--resume', files[0]!], { cwd: dir });
    await answerQuestion(third, 2, { value: 3 });
    await third.waitForPrompt(question(3), tip);
    third.keys('C-c');
    expect(await third.exitCode()).toBe(130);
    expect(answersIn(join(dir, files[0]!)).answers.size).toBe(3);
    expect(readdirSync(dir).filter((f) => f.endsWith('.lock'))).toEqual([]);
  });

  it('Ctrl-C before the first answer is written leaves neither the claimed file nor its lock', async () => {
    const dir = tmp();
    const term = terminal();
    term.start(['assess', '-q', 'impact-collectif-express'], { cwd: dir });
    await term.waitForPrompt(t.territory, t.territory);
    term.type(TERRITORY);
    term.keys('Enter');
    await term.waitForPrompt(t.sector, tip);
    // The name is claimed (and locked) as soon as it is picked.
    expect(readdirSync(dir).filter((f) => !f.startsWith('.')).sort()).toEqual([expect.stringMatching(/\.yaml$/), expect.stringMatching(/\.yaml\.lock$/)]);
    term.keys('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen({ joined: true })).toContain(t.interrupted.nothing);
    expect(readdirSync(dir).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('going back to change an answer, with the earlier answer and comment shown', async () => {
    const dir = tmp();
    const term = terminal();
    term.start(['assess', '-q', 'impact-collectif-express', '--save', 'a.yaml'], { cwd: dir });
    await opening(term);
    await answerQuestion(term, 0, { value: 1, comment: 'Personne ne pilote' });
    await answerQuestion(term, 1, { value: 3 });
    await term.waitForPrompt(question(2), tip);
    // The left arrow goes back too.
    term.keys('Left');
    // Back on question 2: its answer is preselected.
    await term.waitFor((s) => onQuestion(s, 1) && /❯ 3 · /.test(s) && s.includes(tip));
    term.keys('Up', 'Enter');
    await term.waitForPrompt(question(2), tip);
    term.keys(...Array<string>(6).fill('Down'), 'Enter');
    await term.waitFor((s) => onQuestion(s, 1) && /❯ 2 · /.test(s) && s.includes(tip));
    term.keys(...Array<string>(6).fill('Down'), 'Enter');
    // Back on question 1: the comment is shown, and answering 0 keeps it without asking again.
    const first = await term.waitFor((s) => onQuestion(s, 0) && /❯ 1 · /.test(s) && s.includes(tip));
    expect(first).toContain(`${t.commentLabel}${t.colon}Personne ne pilote`);
    term.keys('Up', 'Enter');
    await term.waitForPrompt(question(1), tip);
    expect(term.screen()).not.toContain(t.whatWouldHelp);
    term.keys('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(Object.fromEntries(answersIn(join(dir, 'a.yaml')).answers)).toEqual({
      [ids[0]!]: { value: 0, comment: 'Personne ne pilote' },
      [ids[1]!]: { value: 2 },
    });
  });

  it('"don\'t know" is explained when highlighted and saved as unknown', async () => {
    const dir = tmp();
    const term = terminal();
    term.start(['assess', '-q', 'impact-collectif-express', '--save', 'dk.yaml'], { cwd: dir });
    await opening(term);
    await term.waitForPrompt(question(0), tip);
    term.keys('Down', 'Down', 'Down', 'Down');
    await term.waitFor(t.choices.unknownHint);
    term.keys('Enter');
    await term.waitForPrompt(question(1), tip);
    term.keys('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(Object.fromEntries(answersIn(join(dir, 'dk.yaml')).answers)).toEqual({ [ids[0]!]: { value: 'unknown' } });
  });

  it('without a terminal on stdin or stdout, it refuses at once and points to template and report', async () => {
    const dir = tmp();
    for (const shell of ['{cli} < /dev/null', '{cli} | cat']) {
      const term = terminal();
      const status = join(dir, 'status');
      term.start([], { cwd: dir, shell: `(${shell.replace(' | cat', '')}; echo $? > ${q(status)})${shell.includes('| cat') ? ' | cat' : ''}` });
      await term.waitFor(/EXIT=\d+/);
      expect(readFileSync(status, 'utf8').trim()).toBe('2');
      expect(term.screen({ joined: true })).toContain('impact-collectif template');
    }
  });

  it('SIGTERM: answers on disk, the resume command, exit 130', async () => {
    const dir = tmp();
    const term = terminal();
    term.start(['assess', '-q', 'impact-collectif-express', '--save', 's.yaml'], { cwd: dir });
    await opening(term);
    await answerQuestion(term, 0, plan[0]!);
    await term.waitForPrompt(question(1), tip);
    process.kill(term.childPid(), 'SIGTERM');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen({ joined: true })).toContain('impact-collectif assess --resume s.yaml');
    // SIGTERM released the lock: nothing blocks the next resume.
    expect(readdirSync(dir).filter((f) => f.endsWith('.lock'))).toEqual([]);
    expect(Object.fromEntries(answersIn(join(dir, 's.yaml')).answers)).toEqual({ [ids[0]!]: expected[ids[0]!] });
  });

  it('SIGHUP: answers on disk, nothing printed, and closing the terminal leaves no broken file', async () => {
    const dir = tmp();
    const term = terminal();
    term.start(['assess', '-q', 'impact-collectif-express', '--save', 'h.yaml'], { cwd: dir });
    await opening(term);
    await answerQuestion(term, 0, plan[0]!);
    await term.waitForPrompt(question(1), tip);
    const before = term.screen();
    process.kill(term.childPid(), 'SIGHUP');
    await term.waitFor(/EXIT=\d+/);
    // Nothing printed after the hang-up: every line on screen was there before, but the shell's own
    // lines (EXIT=…, and "Hangup": the CLI ends as a hang-up once its answers are on disk).
    const shown = new Set(before.split('\n').map((l) => l.trimEnd()));
    const added = term.screen().split('\n').filter((l) => l.trim() && !shown.has(l.trimEnd()));
    expect(added.filter((l) => !/^(EXIT=\d+|Hangup)$/.test(l.trim()))).toEqual([]);
    expect(Object.fromEntries(answersIn(join(dir, 'h.yaml')).answers)).toEqual({ [ids[0]!]: expected[ids[0]!] });

    // The terminal really closed: the CLI ends as a hang-up, at once, and the file is whole.
    const record = join(dir, 'record.json');
    const closed = terminal();
    closed.start([], { cwd: dir, shell: `${q(process.execPath)} ${q(join(ROOT, 'test/assess/hup-wrapper.mjs'))} ${q(record)} {cli}`.replace('{cli}', `${q(process.execPath)} ${q(BIN)} assess -q impact-collectif-express --save c.yaml`) });
    await opening(closed);
    await answerQuestion(closed, 0, plan[0]!);
    await closed.waitForPrompt(question(1), tip);
    closed.kill();
    const deadline = Date.now() + 5000;
    while (!existsSync(record) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    const ended = JSON.parse(readFileSync(record, 'utf8'));
    expect(ended.signal === 'SIGHUP' || ended.code === 130).toBe(true);
    expect(Object.fromEntries(answersIn(join(dir, 'c.yaml')).answers)).toEqual({ [ids[0]!]: expected[ids[0]!] });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('kill -9 right after an answer leaves the previous file or the new one, never a broken one', async () => {
    const dir = tmp();
    const term = terminal();
    term.start(['assess', '-q', 'impact-collectif-express', '--save', 'k.yaml'], { cwd: dir });
    await opening(term);
    await term.waitForPrompt(question(0), tip);
    term.keys('Down', 'Down', 'Enter');
    process.kill(term.childPid(), 'SIGKILL');
    await term.waitFor(/EXIT=\d+/);
    const answers = Object.fromEntries(answersIn(join(dir, 'k.yaml')).answers);
    expect([{}, { [ids[0]!]: { value: 2 } }]).toContainEqual(answers);
    expect(bin(['validate', join(dir, 'k.yaml')]).code).toBe(0);
  });

  it('a folder where the file cannot be written: the error, the answers kept, saving elsewhere', async () => {
    const dir = tmp();
    const term = terminal();
    term.start(['assess', '-q', 'impact-collectif-express', '--save', '/proc/impact-collectif-e2e.yaml'], { cwd: dir });
    await opening(term);
    await term.waitForPrompt(t.saveFailed.what, tip);
    expect(term.screen({ joined: true })).toContain(t.saveFailed.kept);
    term.keys('Down', 'Enter');
    await term.waitForPrompt(t.saveFailed.path, t.saveFailed.path);
    term.type('moved.yaml');
    term.keys('Enter');
    await answerQuestion(term, 0, plan[0]!);
    await term.waitForPrompt(question(1), tip);
    term.keys('C-c');
    expect(await term.exitCode()).toBe(130);
    expect(term.screen({ joined: true })).toContain('impact-collectif assess --resume moved.yaml');
    const r = answersIn(join(dir, 'moved.yaml'));
    expect(r.territory).toBe(TERRITORY);
    expect(Object.fromEntries(r.answers)).toEqual({ [ids[0]!]: expected[ids[0]!] });
  });
});
