// What the session prints: readable in 80 columns and 24 rows, levels written for each question, both languages.
import { Chalk } from 'chalk';
import stringWidth from 'fast-string-width';
import { describe, expect, it } from 'vitest';
import { itemsOf } from '../../src/assess/items.js';
import { dimensionIntro, endScreen, questionChoices, questionHeader, reviewChoices, startScreen, type View } from '../../src/assess/screens.js';
import { FORMATS } from '../../src/reporters/index.js';
import { assessText } from '../../src/i18n/assess.js';
import { builtinIds, loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import { localize } from '../../src/i18n/localize.js';

const builtins = await Promise.all(builtinIds().map(async (id) => (await loadQuestionnaire(id)).questionnaire));
const view = (lang: 'fr' | 'en', width = 80): View => ({ lang, t: assessText[lang], width, c: new Chalk({ level: 0 }) });
const scale = ['Absent', 'Emerging', 'Developing', 'Established'];

describe.each(['fr', 'en'] as const)('screens (%s)', (lang) => {
  it('the start screen fits 80 columns and leaves room for the first prompt in 24 rows', () => {
    for (const q of builtins) {
      // The choice between complete and express is offered on the complete one's screen.
      for (const choice of q.id === 'impact-collectif' ? [true, false] : [false]) {
        const text = startScreen(view(lang), q, { example: `${q.id}-<territoire>-2025-02-04.yaml` }, choice);
        const lines = text.trimEnd().split('\n');
        for (const l of lines) expect(l.length, l).toBeLessThan(80);
        // Below it: a blank line, then the questionnaire select (5 rows) or the territory prompt (1 row).
        expect(lines.length).toBeLessThanOrEqual(choice ? 24 - 6 : 24 - 2);
        for (const d of q.dimensions) expect(text).toContain(localize(d.title, lang));
      }
    }
  });

  it('every question of the built-ins shows its own four level descriptions, wrapped under their text', () => {
    for (const q of builtins) {
      const items = itemsOf(q);
      items.forEach((item, i) => {
        const { choices, pageSize } = questionChoices(view(lang), item, { canGoBack: i > 0, hasComment: false, scale });
        const levels = choices.slice(0, 4);
        levels.forEach((c, level) => {
          expect(c.value).toBe(String(level));
          expect(c.name.startsWith(`${level} · `)).toBe(true);
          expect(c.name.replace(/\n\s+/g, ' ')).toBe(`${level} · ${localize(item.question.levels[level], lang)}`);
          for (const l of c.name.split('\n')) expect(`❯ ${l}`.length).toBeLessThan(80);
        });
        expect(choices.map((c) => c.value).slice(4)).toEqual(i > 0 ? ['unknown', 'comment', 'back'] : ['unknown', 'comment']);
        // Every line of every choice is on the page: nothing scrolls out of sight.
        expect(pageSize).toBe(choices.reduce((n, c) => n + c.name.split('\n').length, 0));
        // The question, its help, the choices and the key line fit in 24 rows.
        const header = questionHeader(view(lang), item).trim().split('\n').length;
        expect(header + 2 + pageSize + 2).toBeLessThanOrEqual(24);
      });
    }
  });

  it('the review of all answers fits 80 columns and 24 rows, a line per question with its answer; the key lines fit too', () => {
    const t = assessText[lang];
    for (const l of [t.keysTip, t.questionKeys]) expect(l.length).toBeLessThan(80);
    for (const q of builtins) {
      const items = itemsOf(q);
      const answers = new Map(items.slice(1).map((item, i) => [item.id, { value: i % 5 === 4 ? ('unknown' as const) : i % 4 }]));
      const choices = reviewChoices(view(lang), items, answers);
      expect(choices).toHaveLength(items.length + 1);
      expect(choices[1]!.name).toMatch(new RegExp(`^ 1\\. ${t.review.none} · `));
      expect(choices[2]!.name).toMatch(/^ 2\. 0 · /);
      for (const c of choices) expect(`❯ ${c.name}`.length, c.name).toBeLessThan(80);
    }
  });

  it('the review cuts long texts by the columns a terminal draws: wide characters and emoji count twice', () => {
    const q = builtins[0]!;
    const wide = ['東京の教育委員会と学校と家庭の協力はどの程度進んでいますか'.repeat(3), '🚀 '.repeat(60), `${'é'.repeat(30)} ${'e\u0301'.repeat(60)}`];
    const items = itemsOf(q).slice(0, wide.length).map((item, i) => ({ ...item, question: { ...item.question, text: { fr: wide[i]!, en: wide[i]! } } }));
    for (const width of [40, 80, 100]) {
      const choices = reviewChoices(view(lang, width), items, new Map());
      choices.slice(1).forEach((c, i) => {
        // By the library, not by the code's own count: the line and the list's "❯ " fit the terminal.
        expect(stringWidth(`❯ ${c.name}`), c.name).toBeLessThan(width);
        const shown = c.name.replace(/^ *\d+\. \S+ · /, '');
        expect(shown.endsWith('…')).toBe(true);
        expect(wide[i]!.startsWith(shown.slice(0, -1))).toBe(true);
      });
      // A text without spaces is cut at the last character that fits, not far before.
      expect(stringWidth(`❯ ${choices[1]!.name}`)).toBeGreaterThanOrEqual(width - 3);
    }
  });

  it('introduces a dimension with its kind, rank, title and summary', () => {
    const q = builtins[0]!;
    const items = itemsOf(q);
    const last = items.at(-1)!;
    const text = dimensionIntro(view(lang), last);
    expect(text).toContain(`${assessText[lang].kind[last.dimension.kind]} ${last.kindNumber}/${last.kindTotal}`);
    expect(text.replace(/\s+/g, ' ')).toContain(localize(last.dimension.summary, lang));
  });

  it('every question screen names its dimension, with its kind and rank, and the question number (the intro scrolls off)', () => {
    const t = assessText[lang];
    for (const q of builtins) {
      for (const item of itemsOf(q)) {
        const text = questionHeader(view(lang), item);
        expect(text).toContain(`Question ${item.number}/${item.total}`);
        expect(text).toContain(`${t.kind[item.dimension.kind]} ${item.kindNumber}/${item.kindTotal}`);
        for (const l of text.split('\n')) expect(l.length, l).toBeLessThan(80);
      }
    }
  });

  it('before the questionnaire is chosen, the start screen names no file (its name depends on the choice)', () => {
    const q = builtins.find((x) => x.id === 'impact-collectif')!;
    const text = startScreen(view(lang), q, { folder: true }, true);
    expect(text).not.toMatch(/impact-collectif-/);
    expect(text.replace(/\s+/g, ' ')).toContain(assessText[lang].start.savedInFolder);
  });

  it('shows the progress, the help and the comment already written', () => {
    const item = itemsOf(builtins[0]!).find((i) => i.question.help)!;
    const text = questionHeader(view(lang), item, 'déjà\u001b[31m noté');
    const t = assessText[lang];
    expect(text.replace(/\s+/g, ' ')).toContain(t.progress(item.number, item.total, `${t.kind[item.dimension.kind]} ${item.kindNumber}/${item.kindTotal}`, localize(item.dimension.title, lang)));
    expect(text.replace(/\s+/g, ' ')).toContain(localize(item.question.help, lang));
    // A comment is text from a file: control characters are shown, not sent to the terminal.
    expect(text).not.toContain('\u001b');
  });
});

describe('endScreen', () => {
  it('gives commands that work as pasted: the path quoted, the options the file needs, each export format there is', () => {
    const text = endScreen(view('en'), ['npm', 'start', '--'], "l'école.yaml", ['--lang', 'en']);
    expect(text).toContain(`  l'école.yaml`);
    if ((FORMATS as string[]).includes('markdown')) expect(text).toContain(`npm start -- report 'l'\\''école.yaml' --lang en --format markdown --output report.md`);
    if (!(FORMATS as string[]).includes('html')) expect(text).not.toContain('--format html');
    expect(text).toContain(`npm start -- assess --resume 'l'\\''école.yaml' --lang en`);
  });
});

describe('resuming', () => {
  it('counts answers in the singular for one (and none, in French)', () => {
    expect(assessText.fr.resumed('a.yaml', 1, 42)).toBe('Reprise de a.yaml : 1 réponse sur 42.');
    expect(assessText.fr.resumed('a.yaml', 0, 42)).toBe('Reprise de a.yaml : 0 réponse sur 42.');
    expect(assessText.fr.resumed('a.yaml', 2, 42)).toBe('Reprise de a.yaml : 2 réponses sur 42.');
    expect(assessText.en.resumed('a.yaml', 1, 42)).toBe('Resuming a.yaml: 1 answer out of 42.');
    expect(assessText.en.resumed('a.yaml', 0, 42)).toBe('Resuming a.yaml: 0 answers out of 42.');
  });
});
