// `assess`: the interactive self-assessment; answers saved after every change, a gap report at the end.
import { existsSync, statSync, unlinkSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { paint, useColour } from '../io/colour.js';
import type { Context } from './context.js';
import type { Response } from '../answers/schema.js';
import { serializeResponse } from '../answers/write.js';
import { writeFileAtomic } from '../io/atomic.js';
import { Interrupted, UsageError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { assessText } from '../i18n/assess.js';
import { detectLang } from '../i18n/index.js';
import type { Io } from '../io/process.js';
import { ciSet } from '../io/ci.js';
import { checkOutput, writeOutput } from '../io/output.js';
import { builtinIds, DEFAULT_QUESTIONNAIRE, loadQuestionnaire, type LoadedQuestionnaire } from '../questionnaire/builtin.js';
import { FORMATS, reporterFor, type Format } from '../reporters/index.js';
import { score } from '../scoring/score.js';
import { localize } from '../i18n/localize.js';
import { oneLine } from '../io/sanitize.js';
import { localDate } from '../assess/filename.js';
import { itemsOf } from '../assess/items.js';
import { audienceOf, forAudience } from '../questionnaire/audience.js';
import { loadResumable, type Resumable } from '../assess/resume.js';
import { createSaver, type Saver } from '../assess/save.js';
import { askedCount, endScreen, questionCount, resumeScreen, startScreen, type View } from '../assess/screens.js';
import { askQuestions } from '../assess/session.js';
import { claim, FileLocked, lock, type Lock } from '../assess/lock.js';
import { findLess, page } from '../assess/pager.js';
import { endSummary } from '../assess/summary.js';
import { commandLine } from '../assess/shell.js';
import { guardSignals } from '../assess/signals.js';
import { askDate, askRespondent, askTerritory, chooseQuestionnaire, pickSavePath } from '../assess/start.js';
import { initialState, type Answer } from '../assess/state.js';
import { askQuick, resumeIndex } from '../assess/quick.js';

export interface AssessOptions {
  questionnaire?: string;
  save?: string;
  resume?: string;
  format?: string;
  output?: string;
  /** Fast entry of paper answers (assess/quick.ts): one line per question. */
  quick?: boolean;
}

const EXPRESS = `${DEFAULT_QUESTIONNAIRE}-express`;

/** Prompts need a person at a terminal: a pipe, a redirect or CI never gets a prompt (nor a hang). */
export function interactive(io: Io): boolean {
  return io.stdinIsTTY && io.stdoutIsTTY && !ciSet(io.env);
}

export async function assess(ctx: Context, opts: AssessOptions): Promise<number> {
  const { io, lang } = ctx;
  const t = assessText[lang];
  // Under `npm start` the binary is not on the PATH: the commands shown must work where the person is.
  const invoke = io.env.npm_lifecycle_event === 'start' ? ['npm', 'start', '--'] : ['impact-collectif'];
  if (!interactive(io)) throw new UsageError(msg('usage.notATerminal', { cli: invoke.join(' ') }));
  if (opts.resume !== undefined && opts.save !== undefined) throw new UsageError(msg('usage.resumeAndSave'));
  const format = (opts.format ?? ((FORMATS as string[]).includes('terminal') ? 'terminal' : 'json')) as Format;

  // Everything that can be refused is checked before the first prompt.
  const savePath = opts.save === undefined ? undefined : resolve(io.cwd, opts.save);
  const resumePath = opts.resume !== undefined ? resolve(io.cwd, opts.resume) : savePath && existsSync(savePath) ? savePath : undefined;
  // One session per answer file: the file to resume is locked; another session's is refused.
  const take = (path: string): Lock => {
    try {
      return lock(path);
    } catch (err) {
      if (err instanceof FileLocked) throw new UsageError(msg('assess.fileLocked', { path: oneLine(display(io, path)), pid: err.pid }));
      throw err;
    }
  };
  let sessionLock: Lock | undefined;
  /** A file this session created empty to claim its name: removed if the session ends before writing it. */
  let claimed: string | undefined;
  let resumed: Resumable | undefined;
  let given: LoadedQuestionnaire | undefined, complete: LoadedQuestionnaire | undefined, express: LoadedQuestionnaire | undefined;
  // The answers and a questionnaire file are inputs: --output may replace neither.
  const inputs = (savePath?: string) => [savePath, resumePath, given && !given.builtin ? given.file : undefined].filter((p): p is string => p !== undefined);
  try {
    // A file that is refused is refused before anything is written next to it: read first, then lock and read again.
    resumed = resumePath ? await loadResumable(resumePath, t, opts.questionnaire, display(io, resumePath)) : undefined;
    if (resumePath) {
      sessionLock = take(resumePath);
      resumed = await loadResumable(resumePath, t, opts.questionnaire, display(io, resumePath));
    }
    given = resumed?.loaded ?? (opts.questionnaire !== undefined ? await loadQuestionnaire(opts.questionnaire) : undefined);
    if (opts.output !== undefined && opts.output !== '-') checkOutput(ctx, opts.output, inputs(savePath));
    complete = given ? undefined : await loadQuestionnaire(DEFAULT_QUESTIONNAIRE);
    express = given || !builtinIds().includes(EXPRESS) ? undefined : await loadQuestionnaire(EXPRESS);
    if (savePath && !resumePath) {
      // A new file named by --save: claimed now, so that a second session cannot start on it too.
      if (!claim(savePath)) throw new UsageError(msg('assess.fileLocked', { path: oneLine(display(io, savePath)) }));
      claimed = savePath;
      sessionLock = take(savePath);
    }
  } catch (err) {
    if (claimed) removeIfEmpty(claimed);
    sessionLock?.release();
    throw err;
  }

  const width = Math.max(40, Math.min(process.stdout.columns || 80, 100));
  const color = useColour(io.env, io.stdoutIsTTY);
  // In quick entry the start and resume screens announce its keys, not the list's.
  const view: View = { lang, t: opts.quick ? { ...t, start: { ...t.start, keys: t.quick.startKeys } } : t, width, c: paint(color) };
  const print = (text: string) => io.stdout(text);
  const show = (path: string) => display(io, path);
  const today = localDate(new Date());

  const guard = guardSignals();
  let saver: Saver | undefined;
  let loaded: LoadedQuestionnaire | undefined = given;
  let onDisk = 0;
  /** The respondent's sector, once known: it decides how many questions they are asked. */
  let sector: string | undefined;
  try {
    const { createPrompter } = await import('../assess/prompts.js');
    const prompter = await createPrompter({ signal: guard.signal, keysTip: view.c.dim(t.keysTip) });
    const deps = { prompter, print, view };

    if (resumed) {
      print(resumeScreen(view, resumed, show(resumePath!)));
    } else {
      const q = (given ?? complete!).questionnaire;
      // The default name depends on the questionnaire: while it is to be chosen, only the folder is known.
      const save = savePath ? { path: show(savePath) } : express ? ({ folder: true } as const) : { example: `${q.id}-${t.start.territoryPlaceholder}-${today}.yaml` };
      print(startScreen(view, q, save, Boolean(express)));
      print('\n');
      loaded = given ?? (express ? await chooseQuestionnaire(deps, complete!, express) : complete!);
    }
    const q = loaded!.questionnaire;
    const ref = loaded!.builtin ? undefined : loaded!.file;

    let response: Response;
    let path: string;
    if (resumed) {
      response = { ...resumed.response, version: q.version, date: resumed.response.date ?? today };
      path = resumePath!;
    } else {
      const territory = await askTerritory(deps);
      const target = savePath ? { path: savePath } : await pickSavePath({ ...deps, cwd: io.cwd, show }, q, territory, today, ref, opts.quick);
      path = target.path;
      if (!savePath) {
        if (!target.resume) claimed = path;
        sessionLock = take(path);
      }
      if (target.resume) {
        resumed = target.resume;
        print(resumeScreen(view, resumed, show(path)));
        response = { ...resumed.response, version: q.version, date: resumed.response.date ?? today };
      } else {
        const respondent = await askRespondent(deps, q);
        // On paper, the day it was filled in is written on the form.
        const date = opts.quick ? await askDate(deps, today) : today;
        response = { file: path, doc: 0, questionnaire: q.id, version: q.version, territory, respondent, date, answers: new Map() };
      }
    }

    sector = response.respondent.sector;
    // Saving elsewhere claims and locks the new file first; the old one is let go only once the new one is held.
    const moved = (_from: string, to: string): boolean => {
      if (!claim(to)) return false;
      let next: Lock;
      try {
        next = take(to);
      } catch (err) {
        removeIfEmpty(to);
        if (err instanceof UsageError) return false;
        throw err;
      }
      if (claimed) removeIfEmpty(claimed);
      sessionLock?.release();
      [sessionLock, claimed] = [next, to];
      return true;
    };
    // What the file holds as far as this session knows: it is never rewritten if it changes meanwhile.
    const known = resumed ? resumed.text : claimed === path ? '' : undefined;
    saver = createSaver({ ...deps, cwd: io.cwd, show, write: writeFileAtomic, moved }, path, known);
    const current = saver;
    const persist = async (answers: ReadonlyMap<string, Answer>) => {
      response = { ...response, answers: new Map(answers) };
      await current.save(serializeResponse(response, q));
      onDisk = answers.size;
    };
    if (resumed) onDisk = response.answers.size;
    else {
      // Written before the first question too, so that stopping right away still leaves a file to resume.
      await persist(response.answers);
      print(`${view.c.dim(t.savedAt(show(saver.path)))}\n`);
    }

    // Only the questions meant for the respondent's audience, in its words (residents are not asked everything).
    const items = itemsOf(forAudience(q, audienceOf(q, response.respondent.sector)));
    const ids = items.map((i) => i.id);
    const state = initialState(ids, response.answers);
    // A paper form has blanks on purpose: quick entry resumes after the last answer typed, not at the first blank.
    if (opts.quick) state.index = resumeIndex(ids, response.answers);
    // A finished file opens on the review of its answers (askQuestions starts there when all are answered).
    const session = { ...deps, scale: q.scale.map((l) => oneLine(localize(l.label, lang))), persist };
    if (opts.quick) await askQuick(session, items, state);
    else await askQuestions(session, items, state);
    if (guard.received) throw new Interrupted(interruptedMessage());

    const report = score(q, [response], { lang });
    // The person's own comments: shown in full, they are what they just wrote.
    const render = async (colour: boolean) => (await reporterFor(format))(report, { lang, color: colour, width, comments: true });
    const file = show(saver.path);
    const extra = fileArgs();
    if (opts.output !== undefined && opts.output !== '-') {
      await writeOutput(ctx, await render(false), opts.output, inputs(saver.path));
      print(endSummary(view, report, file, { written: opts.output }));
    } else if (opts.output === '-' || (opts.format !== undefined && format !== 'terminal')) {
      // A format asked for on standard output: given whole, as before.
      print(`\n${await render(false)}`);
      print(endScreen(view, invoke, file, extra));
    } else {
      // The full report is longer than a screen: a summary that fits one, the full report on request.
      const full = [...invoke, 'report', file, ...extra];
      print(endSummary(view, report, file, { full, html: [...full, '--format', 'html', '--output', `${t.end.reportFile}.html`] }));
      const less = findLess(io.env);
      const s = t.end.summary;
      // Everything is saved by now: Ctrl-C here only means "done".
      const choice = await prompter
        .select({
          message: s.what,
          choices: [
            { value: 'done', name: s.done },
            { value: 'full', name: less ? s.pager : s.print },
          ],
          default: 'done',
          noTip: true,
        })
        .catch((err: unknown) => {
          if (err instanceof Error && err.name === 'PromptCancelled') return 'done' as const;
          throw err;
        });
      if (choice === 'full') {
        const text = await render(color);
        if (!(less && page(less, text, io.env))) print(`\n${text}`);
      }
    }
    return 0;
  } catch (err) {
    if (err instanceof Error && err.name === 'PromptCancelled') throw new Interrupted(interruptedMessage());
    throw err;
  } finally {
    if (claimed) removeIfEmpty(claimed);
    sessionLock?.release();
    // The terminal is gone and the answers are on disk: end as a hang-up, printing nothing.
    if (guard.received === 'SIGHUP') guard.hangUp();
    guard.dispose();
  }

  function interruptedMessage(): string {
    // After SIGHUP the terminal is gone: say nothing.
    if (guard.received === 'SIGHUP') return '';
    if (!saver || !loaded || !(saver.saved || resumed)) return t.interrupted.nothing;
    const lines = [
      '',
      t.interrupted.saved(onDisk, sector === undefined ? questionCount(loaded.questionnaire) : askedCount(loaded.questionnaire, sector)),
      `  ${oneLine(display(io, saver.path))}`,
      t.interrupted.resume,
      `  ${oneLine(commandLine(invoke, resumeArgs(saver.path)))}`,
    ];
    return lines.join('\n');
  }

  function resumeArgs(path: string): string[] {
    return ['assess', ...(opts.quick ? ['--quick'] : []), '--resume', display(io, path), ...fileArgs()];
  }

  /** The --questionnaire and --lang the answer file needs, in every command shown. */
  function fileArgs(): string[] {
    const args: string[] = [];
    if (loaded && !loaded.builtin) args.push('--questionnaire', loaded.file);
    if (lang !== detectLang(io.env)) args.push('--lang', lang);
    return args;
  }
}

/** A claimed file the session never wrote (it ended during the first prompts) is not left behind, empty. */
function removeIfEmpty(path: string): void {
  try {
    if (statSync(path).size === 0) unlinkSync(path);
  } catch {
    // gone already
  }
}

/** A path as the person can use it from where they are: relative inside the current folder, absolute outside. */
function display(io: Io, path: string): string {
  const rel = relative(io.cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

