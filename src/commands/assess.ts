// `assess`: the interactive self-assessment; answers saved after every change, a gap report at the end.
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { Chalk } from 'chalk';
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
import { commandLine } from '../assess/shell.js';
import { guardSignals } from '../assess/signals.js';
import { askRespondent, askTerritory, chooseQuestionnaire, pickSavePath } from '../assess/start.js';
import { initialState, reduce, type Answer } from '../assess/state.js';

export interface AssessOptions {
  questionnaire?: string;
  save?: string;
  resume?: string;
  format?: string;
  output?: string;
}

const EXPRESS = `${DEFAULT_QUESTIONNAIRE}-express`;

/** Prompts need a person at a terminal: a pipe, a redirect or CI never gets a prompt (nor a hang). */
export function interactive(io: Io): boolean {
  return io.stdinIsTTY && io.stdoutIsTTY && !ciSet(io.env);
}

export async function assess(ctx: Context, opts: AssessOptions): Promise<number> {
  const { io, lang } = ctx;
  const t = assessText[lang];
  if (!interactive(io)) throw new UsageError(msg('usage.notATerminal'));
  if (opts.resume !== undefined && opts.save !== undefined) throw new UsageError(msg('usage.resumeAndSave'));
  const format = (opts.format ?? ((FORMATS as string[]).includes('terminal') ? 'terminal' : 'json')) as Format;

  // Everything that can be refused is checked before the first prompt.
  const savePath = opts.save === undefined ? undefined : resolve(io.cwd, opts.save);
  const resumePath = opts.resume !== undefined ? resolve(io.cwd, opts.resume) : savePath && existsSync(savePath) ? savePath : undefined;
  let resumed: Resumable | undefined = resumePath ? await loadResumable(resumePath, t, opts.questionnaire, display(io, resumePath)) : undefined;
  const given = resumed?.loaded ?? (opts.questionnaire !== undefined ? await loadQuestionnaire(opts.questionnaire) : undefined);
  // The answers and a questionnaire file are inputs: --output may replace neither.
  const inputs = (savePath?: string) => [savePath, resumePath, given && !given.builtin ? given.file : undefined].filter((p): p is string => p !== undefined);
  if (opts.output !== undefined && opts.output !== '-') checkOutput(ctx, opts.output, inputs(savePath));
  const complete = given ? undefined : await loadQuestionnaire(DEFAULT_QUESTIONNAIRE);
  const express = given || !builtinIds().includes(EXPRESS) ? undefined : await loadQuestionnaire(EXPRESS);

  const width = Math.max(40, Math.min(process.stdout.columns || 80, 100));
  const color = useColor(io);
  const view: View = { lang, t, width, c: new Chalk({ level: color ? 1 : 0 }) };
  const print = (text: string) => io.stdout(text);
  const show = (path: string) => display(io, path);
  const today = localDate(new Date());
  // Under `npm start` the binary is not on the PATH: the commands shown must work where the person is.
  const invoke = io.env.npm_lifecycle_event === 'start' ? ['npm', 'start', '--'] : ['impact-collectif'];

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
      print(startScreen(view, q, savePath ? { path: show(savePath) } : { example: `${q.id}-${t.start.territoryPlaceholder}-${today}.yaml` }, Boolean(express)));
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
      const target = savePath ? { path: savePath } : await pickSavePath({ ...deps, cwd: io.cwd, show }, q, territory, today, ref);
      path = target.path;
      if (target.resume) {
        resumed = target.resume;
        print(resumeScreen(view, resumed, show(path)));
        response = { ...resumed.response, version: q.version, date: resumed.response.date ?? today };
      } else {
        const respondent = await askRespondent(deps, q);
        response = { file: path, doc: 0, questionnaire: q.id, version: q.version, territory, respondent, date: today, answers: new Map() };
      }
    }

    sector = response.respondent.sector;
    saver = createSaver({ ...deps, cwd: io.cwd, show, write: writeFileAtomic }, path);
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
    let state = initialState(ids, response.answers);
    if (state.index === items.length) {
      const choice = await prompter.select({
        message: t.allAnswered.message,
        choices: [
          { value: 'report', name: t.allAnswered.report },
          { value: 'review', name: t.allAnswered.review },
        ],
      });
      if (choice === 'review') state = reduce(ids, state, { type: 'goto', index: 0 });
    }
    state = await askQuestions({ ...deps, scale: q.scale.map((l) => oneLine(localize(l.label, lang))), persist }, items, state);
    if (guard.received) throw new Interrupted(interruptedMessage());

    const report = score(q, [response], { lang });
    // The person's own comments: shown in full, they are what they just wrote.
    const text = (await reporterFor(format))(report, { lang, color: color && opts.output === undefined, width, comments: true });
    if (opts.output !== undefined) {
      await writeOutput(ctx, text, opts.output, inputs(saver.path));
      print(`\n${t.end.reportWritten(oneLine(opts.output))}\n`);
    } else print(`\n${text}`);
    print(endScreen(view, invoke, show(saver.path), resumeArgs(saver.path).slice(3)));
    return 0;
  } catch (err) {
    if (err instanceof Error && err.name === 'PromptCancelled') throw new Interrupted(interruptedMessage());
    throw err;
  } finally {
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
    const args = ['assess', '--resume', display(io, path)];
    if (loaded && !loaded.builtin) args.push('--questionnaire', loaded.file);
    if (lang !== detectLang(io.env)) args.push('--lang', lang);
    return args;
  }
}

/** A path as the person can use it from where they are: relative inside the current folder, absolute outside. */
function display(io: Io, path: string): string {
  const rel = relative(io.cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Colour on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it (https://no-color.org). */
function useColor(io: Io): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY && io.env.TERM !== 'dumb';
}
