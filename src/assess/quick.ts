// `assess --quick`: typing in paper answers, one line per question: a digit 0–3 or ? (and an optional comment), Enter.
import type { AnswerValue } from '../answers/schema.js';
import { MAX_COMMENT } from '../answers/schema.js';
import { localize } from '../i18n/localize.js';
import { oneLine } from '../io/sanitize.js';
import { displayWidth, truncate } from '../io/width.js';
import type { Item } from './items.js';
import { block } from './screens.js';
import type { SessionDeps } from './session.js';
import { cleanComment } from './session.js';
import { reduce, type State } from './state.js';

/** What one typed line means. Empty: keep the current answer (or none) and go on. */
export type QuickEntry =
  | { kind: 'answer'; value: AnswerValue; comment?: string }
  | { kind: 'next' }
  | { kind: 'back' }
  | { kind: 'levels' }
  | { kind: 'invalid' };

/** `2`, `?`, `3 un commentaire`, `<` or `-` (back), `h` (the levels' texts), empty (next). */
export function parseQuickEntry(text: string): QuickEntry {
  const s = text.trim();
  if (!s) return { kind: 'next' };
  if (s === '<' || s === '-') return { kind: 'back' };
  if (/^h$/i.test(s)) return { kind: 'levels' };
  const m = /^([0-3?])(?:\s+([\s\S]*))?$/.exec(s);
  if (!m) return { kind: 'invalid' };
  const value: AnswerValue = m[1] === '?' ? 'unknown' : (Number(m[1]) as 0 | 1 | 2 | 3);
  const comment = cleanComment(m[2] ?? '');
  return comment ? { kind: 'answer', value, comment } : { kind: 'answer', value };
}

/** Where quick entry resumes: after the last question answered (the blanks before it were left blank on paper). */
export function resumeIndex(ids: readonly string[], answers: ReadonlyMap<string, unknown>): number {
  for (let i = ids.length - 1; i >= 0; i--) if (answers.has(ids[i]!)) return i + 1;
  return 0;
}

/**
 * Asks every question from `state.index` on a line of its own, then, at the end, a line to finish or to go back to
 * a question by its number (it then comes back to the end). Answers and comments are persisted as soon as typed.
 */
export async function askQuick(deps: SessionDeps, items: readonly Item[], state: State): Promise<State> {
  const { prompter, print, view } = deps;
  const { t, c } = view;
  const k = t.quick;
  const ids = items.map((i) => i.id);
  const width = Math.max(40, Math.min(view.width, 100));
  let s = state;
  let shownDimension = '';
  let fromEnd = false;
  print(`${c.dim(block(view, k.keys))}\n`);
  for (;;) {
    while (s.index < items.length) {
      const item = items[s.index]!;
      if (item.dimension.id !== shownDimension) {
        print(`${c.bold(truncate(`── ${t.kind[item.dimension.kind]} ${item.kindNumber}/${item.kindTotal} · ${oneLine(localize(item.dimension.title, view.lang))}`, width - 1))}\n`);
        shownDimension = item.dimension.id;
      }
      const current = s.answers.get(item.id);
      const head = `${item.number}/${item.total}`;
      // The question's start, the typed answer and a comment's first words fit on the line ("? " before, 10 columns after).
      const message = `${c.cyan(head)} ${truncate(oneLine(localize(item.question.text, view.lang)), width - 3 - displayWidth(head) - 1 - 12)}`;
      const typed = await prompter.input({
        message,
        default: current === undefined ? undefined : current.value === 'unknown' ? '?' : String(current.value),
        validate: (v) => valid(v, k.invalid),
      });
      const entry = parseQuickEntry(typed);
      if (entry.kind === 'levels') {
        print(`${levelsText(view, item)}\n`);
        continue;
      }
      if (entry.kind === 'back') {
        if (s.index > 0) s = reduce(ids, s, { type: 'back' });
        fromEnd = false;
        continue;
      }
      if (entry.kind === 'answer') {
        const answered = reduce(ids, s, { type: 'answer', value: entry.value });
        s = entry.comment ? reduce(ids, answered, { type: 'comment', id: item.id, text: entry.comment }) : answered;
        await deps.persist(s.answers);
      } else s = reduce(ids, s, { type: 'goto', index: s.index + 1 });
      if (fromEnd) s = reduce(ids, s, { type: 'goto', index: items.length });
    }
    // The end: what is missing, then Enter to finish or a question's number to correct it.
    const missing = items.filter((i) => !s.answers.has(i.id)).map((i) => i.number);
    print(`${block(view, missing.length ? k.missing(missing) : k.complete(items.length))}\n`);
    const typed = await prompter.input({ message: k.end(items.length), validate: (v) => endValid(v, items.length, k.endInvalid(items.length)) });
    const v = typed.trim();
    if (!v) return s;
    s = reduce(ids, s, { type: 'goto', index: v === '<' || v === '-' ? items.length - 1 : Number(v) - 1 });
    shownDimension = '';
    fromEnd = true;
  }
}

function valid(v: string, invalid: string): true | string {
  const entry = parseQuickEntry(v);
  if (entry.kind === 'invalid') return invalid;
  if (entry.kind === 'answer' && (entry.comment?.length ?? 0) > MAX_COMMENT) return invalid;
  return true;
}

function endValid(v: string, total: number, invalid: string): true | string {
  const s = v.trim();
  if (!s || s === '<' || s === '-') return true;
  return /^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= total ? true : invalid;
}

/** The question in full, with its help and its four levels, on request (h). */
function levelsText(view: Parameters<typeof block>[0], item: Item): string {
  const L = (text: Parameters<typeof localize>[0]) => oneLine(localize(text, view.lang));
  const lines = [block(view, L(item.question.text), '  ')];
  if (item.question.help) lines.push(view.c.dim(block(view, L(item.question.help), '  ')));
  item.question.levels.forEach((level, i) => lines.push(block(view, `${i} · ${L(level)}`, '    ').replace(/^ {4}/, '  ')));
  lines.push(block(view, `? · ${view.t.choices.unknown}`, '  '));
  return lines.join('\n');
}
