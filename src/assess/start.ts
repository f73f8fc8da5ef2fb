// The opening of a new session: which questionnaire, the territory, the respondent, and the answer file's name.
import { existsSync } from 'node:fs';
import { DATE, isCalendarDate } from '../core/patterns.js';
import { resolve } from 'node:path';
import type { Prompter } from './prompts.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { localize } from '../i18n/localize.js';
import { oneLine } from '../io/sanitize.js';
import { defaultSaveName, withSuffix } from './filename.js';
import { claim, held } from './lock.js';
import { tryResumable, type Resumable } from './resume.js';
import { askedCount, block, questionCount, timeText, type View } from './screens.js';
import { cleanComment } from './session.js';

const MAX_NAME = 200;

export interface StartDeps {
  prompter: Prompter;
  print: (text: string) => void;
  view: View;
}

/** The complete questionnaire, unless the person picks the express one. */
export async function chooseQuestionnaire<T extends { questionnaire: Questionnaire }>(deps: StartDeps, complete: T, express: T): Promise<T> {
  const { view } = deps;
  const option = (x: T, value: 'complete' | 'express') => ({
    value,
    name: view.t.questionnaireChoice(value === 'express', questionCount(x.questionnaire), timeText(view, x.questionnaire)),
  });
  const choice = await deps.prompter.select({ message: view.t.pickQuestionnaire, choices: [option(complete, 'complete'), option(express, 'express')], default: 'complete' });
  return choice === 'express' ? express : complete;
}

export async function askTerritory(deps: StartDeps): Promise<string> {
  const { t } = deps.view;
  const answer = await deps.prompter.input({
    message: t.territory,
    validate: (v) => (!cleanComment(v) ? t.territoryRequired : cleanComment(v).length > MAX_NAME ? t.tooLong(MAX_NAME) : true),
  });
  return cleanComment(answer);
}

export async function askRespondent(deps: StartDeps, q: Questionnaire): Promise<{ sector: string; name?: string }> {
  const { t, lang } = deps.view;
  const sector = await deps.prompter.select({
    message: t.sector,
    choices: q.sectors.map((s) => ({ value: s.id, name: oneLine(localize(s.label, lang)) })),
    pageSize: q.sectors.length,
  });
  const name = cleanComment(await deps.prompter.input({ message: t.name, validate: (v) => (cleanComment(v).length > MAX_NAME ? t.tooLong(MAX_NAME) : true) }));
  return name ? { sector, name } : { sector };
}

/** The date written on a paper questionnaire (`assess --quick`): today's when left empty. */
export async function askDate(deps: StartDeps, today: string): Promise<string> {
  const { t } = deps.view;
  const valid = (v: string) => DATE.test(v.trim()) && isCalendarDate(v.trim());
  const answer = await deps.prompter.input({ message: t.date(today), validate: (v) => (!v.trim() || valid(v) ? true : t.dateInvalid) });
  return answer.trim() || today;
}

export type SaveTarget = { path: string; resume?: undefined } | { path: string; resume: Resumable };

/**
 * Where a new session saves: `impact-collectif-<territory>-<date>.yaml` in `cwd`. A file of that name is
 * never overwritten: if it is a response to the same questionnaire, the person may resume it;
 * otherwise the first free name with a -2, -3… suffix is used. A new file is claimed at once (created
 * empty, exclusively): two sessions started together never pick the same one.
 */
export async function pickSavePath(
  deps: StartDeps & { cwd: string; show: (path: string) => string },
  q: Questionnaire,
  territory: string,
  date: string,
  questionnaireRef?: string,
  /** Never offer to resume the file of that name (one paper questionnaire after another): the next free name. */
  fresh = false,
): Promise<SaveTarget> {
  const { t } = deps.view;
  const name = defaultSaveName(q.id, territory, date);
  const path = resolve(deps.cwd, name);
  if (claim(path)) return { path };
  const nextFree = () => {
    let n = 2;
    while (existsSync(resolve(deps.cwd, withSuffix(name, n)))) n++;
    return resolve(deps.cwd, withSuffix(name, n));
  };
  const claimNext = () => {
    for (;;) {
      const next = nextFree();
      if (claim(next)) return next;
    }
  };
  const warn = (text: string) => deps.print(`${deps.view.c.yellow(block(deps.view, text))}\n`);
  if (fresh) return { path: claimNext() };
  if (held(path)) {
    const next = claimNext();
    warn(t.lock.inUse(oneLine(deps.show(path)), oneLine(deps.show(next))));
    return { path: next };
  }
  const existing = await tryResumable(path, t, q.id, questionnaireRef);
  if (!existing) {
    const next = claimNext();
    warn(t.existing.notAnswers(oneLine(deps.show(path)), oneLine(deps.show(next))));
    return { path: next };
  }
  const total = askedCount(existing.loaded.questionnaire, existing.response.respondent.sector);
  const answered = existing.response.answers.size;
  deps.print(`${block(deps.view, t.existing.message(oneLine(deps.show(path))))}\n`);
  const choice = await deps.prompter.select({
    message: t.existing.what,
    choices: [
      { value: 'resume', name: t.existing.resume(answered, total) },
      { value: 'fresh', name: t.existing.fresh, description: oneLine(deps.show(nextFree())) },
    ],
  });
  return choice === 'resume' ? { path, resume: existing } : { path: claimNext() };
}
