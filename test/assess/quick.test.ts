// assess --quick: what a typed line means, and the entry loop (answers, comments, skip, back, levels, the end's corrections).
import { Chalk } from 'chalk';
import stringWidth from 'fast-string-width';
import { describe, expect, it } from 'vitest';
import { itemsOf } from '../../src/assess/items.js';
import type { Prompter } from '../../src/assess/prompts.js';
import { askQuick, parseQuickEntry, resumeIndex } from '../../src/assess/quick.js';
import type { View } from '../../src/assess/screens.js';
import { initialState, type Answer } from '../../src/assess/state.js';
import { assessText } from '../../src/i18n/assess.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';

const { questionnaire: q } = await loadQuestionnaire('impact-collectif');
const items = itemsOf(q);
const ids = items.map((i) => i.id);

describe('parseQuickEntry', () => {
  it.each([
    ['2', { kind: 'answer', value: 2 }],
    [' 0 ', { kind: 'answer', value: 0 }],
    ['?', { kind: 'answer', value: 'unknown' }],
    ['3 manque de temps ', { kind: 'answer', value: 3, comment: 'manque de temps' }],
    ['? personne ne sait\u0007', { kind: 'answer', value: 'unknown', comment: 'personne ne sait' }],
    ['', { kind: 'next' }],
    ['<', { kind: 'back' }],
    ['-', { kind: 'back' }],
    ['h', { kind: 'levels' }],
    ['H', { kind: 'levels' }],
    ['4', { kind: 'invalid' }],
    ['23', { kind: 'invalid' }],
    ['2,5', { kind: 'invalid' }],
    ['deux', { kind: 'invalid' }],
    ['-1', { kind: 'invalid' }],
  ])('%j', (typed, entry) => expect(parseQuickEntry(typed)).toEqual(entry));
});

/** A prompter that types the given lines, refusing (as Inquirer does) what validate refuses. */
function typist(lines: string[]) {
  const asked: string[] = [];
  const refused: string[] = [];
  const prompter: Prompter = {
    select: () => Promise.reject(new Error('no select in quick entry')),
    input: async (o) => {
      asked.push(o.message);
      for (;;) {
        const line = lines.shift();
        if (line === undefined) throw new Error(`no line left for: ${o.message}`);
        const ok = o.validate ? o.validate(line) : true;
        if (ok === true) return line === '' && o.default !== undefined ? o.default : line;
        refused.push(line);
      }
    },
  };
  return { prompter, asked, refused };
}

async function run(lang: 'fr' | 'en', lines: string[], answers: [string, Answer][] = []) {
  const view: View = { lang, t: assessText[lang], width: 80, c: new Chalk({ level: 0 }) };
  const { prompter, asked, refused } = typist(lines);
  const saved: Record<string, Answer>[] = [];
  let printed = '';
  const state = await askQuick(
    { prompter, view, print: (s) => void (printed += s), scale: [], persist: async (a) => void saved.push(Object.fromEntries(a)) },
    items,
    initialState(ids, new Map(answers)),
  );
  return { state, saved, asked, refused, printed };
}

describe('askQuick', () => {
  it('46 lines and Enter: every answer saved as typed, comments with them, skipped questions left out', async () => {
    const typed = ids.map((_, i) => ['0', '1', '2', '3', '?', '', '2 manque de temps'][i % 7]!);
    const r = await run('fr', [...typed, '']);
    const expected = Object.fromEntries(
      ids.flatMap((id, i) => {
        const line = typed[i]!;
        if (!line) return [];
        const value = line[0] === '?' ? 'unknown' : Number(line[0]);
        return [[id, line.length > 1 ? { value, comment: line.slice(2) } : { value }]];
      }),
    );
    expect(Object.fromEntries(r.state.answers)).toEqual(expected);
    expect(r.saved.at(-1)).toEqual(expected);
    // Saved after every answer: once per line that was an answer.
    expect(r.saved).toHaveLength(Object.keys(expected).length);
    // The end says which are missing, by their numbers.
    const missing = ids.map((_, i) => i + 1).filter((n) => typed[n - 1] === '');
    expect(r.printed).toContain(`${missing.length} questions sans réponse : ${missing.join(', ')}.`);
  });

  it('refuses what is not an answer, goes back with <, shows the levels with h, and keeps an answer on Enter', async () => {
    const r = await run('en', ['7', '2', '<', 'h', '', '3 too late', '<', '<', '1', '', ...ids.slice(2).map(() => ''), '']);
    expect(r.refused).toEqual(['7']);
    // 1: 2; back to 1; h shows its levels; Enter keeps 2; 2: 3 with a comment; back twice; 1: 1 now; Enter: question 2 keeps its answer, comment included.
    expect(Object.fromEntries(r.state.answers)).toEqual({ [ids[0]!]: { value: 1 }, [ids[1]!]: { value: 3, comment: 'too late' } });
    expect(r.printed).toContain(`0 · ${items[0]!.question.levels[0]!.en}`);
    expect(r.printed).toContain(`3 · ${items[0]!.question.levels[3]!.en}`);
  });

  it('at the end, a number goes back to that question, then to the end again', async () => {
    const all = ids.map(() => '2');
    const r = await run('en', [...all, '12', '0', '']);
    expect(r.state.answers.get(ids[11]!)).toEqual({ value: 0 });
    expect(r.state.answers.get(ids[12]!)).toEqual({ value: 2 });
    expect(r.asked.filter((m) => m.startsWith(assessText.en.quick.end(46).slice(0, 10)))).toHaveLength(2);
    expect(r.printed).toContain(assessText.en.quick.complete(46));
  });

  it('a finished file resumed opens on the end; every question line fits 80 columns with its answer', async () => {
    const answers = ids.map((id) => [id, { value: 2 }] as [string, Answer]);
    const r = await run('fr', [''], answers);
    expect(r.asked).toHaveLength(1);
    const all = await run('fr', [...ids.map(() => '3'), '']);
    for (const m of all.asked.slice(0, -1)) expect(stringWidth(`? ${m} 3`), m).toBeLessThanOrEqual(79);
    for (const l of all.printed.split('\n')) expect(stringWidth(l), l).toBeLessThanOrEqual(79);
  });
});

describe('resumeIndex', () => {
  it('resumes after the last answer, not at the first blank', () => {
    expect(resumeIndex(['a', 'b', 'c', 'd'], new Map())).toBe(0);
    expect(resumeIndex(['a', 'b', 'c', 'd'], new Map([['a', 1], ['c', 2]]))).toBe(3);
    expect(resumeIndex(['a', 'b', 'c', 'd'], new Map([['d', 1]]))).toBe(4);
  });
});
