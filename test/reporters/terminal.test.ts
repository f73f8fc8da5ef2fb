// The terminal report: golden files, 80 columns, colour never the only signal, file texts made safe.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import stringWidth from 'string-width';
import type { Response } from '../../src/answers/schema.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { score } from '../../src/scoring/score.js';
import { displayWidth, wrap } from '../../src/io/width.js';
import { BAR, barText } from '../../src/reporters/bar.js';
import { report as terminal } from '../../src/reporters/terminal/report.js';
import { fixture } from '../helpers/cli.js';
import { CASES, expectGolden, reportOf, type CaseName } from './report-golden.js';

const mini = parseQuestionnaire(readFileSync(fixture('questionnaires/mini.yaml'), 'utf8'), 'mini.yaml');

function response(answers: Record<string, 0 | 1 | 2 | 3 | 'unknown'>, territory = 'Territoire test'): Response {
  return { file: 't.yaml', doc: 0, questionnaire: 'mini', territory, respondent: { sector: 'etat' }, answers: new Map(Object.entries(answers).map(([k, value]) => [k, { value }])) };
}

/** Columns a line takes, counted independently of the code under test: code points, ANSI removed. */
const columns = (line: string) => [...stripVTControlCharacters(line)].length;

describe('terminal golden files', () => {
  const goldens: [CaseName, 'fr' | 'en'][] = [
    ['express-one', 'fr'],
    ['express-several', 'fr'],
    ['express-several', 'en'],
    ['express-gate-failed', 'fr'],
    ['express-gate-failed', 'en'],
    ['express-all-unknown', 'fr'],
    ['mini-several', 'fr'],
  ];
  for (const [name, lang] of goldens) {
    it(`${name} (${lang})`, async () => {
      expectGolden(await reportOf(name, ['--lang', lang]), `${name}.${lang}.txt`);
    });
  }
});

describe('terminal layout', () => {
  it('fits 80 columns on every case, in both languages', async () => {
    for (const name of Object.keys(CASES) as CaseName[]) {
      for (const lang of ['fr', 'en']) {
        const lines = (await reportOf(name, ['--lang', lang])).split('\n');
        const wide = lines.filter((l) => columns(l) > 80);
        expect(wide, `${name} ${lang}`).toEqual([]);
      }
    }
  });

  it('fits 80 columns with very long titles, band labels and territory', () => {
    const q: Questionnaire = structuredClone(mini);
    const long = 'Une dimension au titre particulièrement long, Anticonstitutionnellementissimementextraordinaire, qui ne tient pas';
    q.dimensions.forEach((d) => (d.title = { fr: long, en: long }));
    q.bands.forEach((b) => (b.label = { fr: 'Un niveau au libellé très très long', en: 'A level with a very very long label' }));
    q.challenges[0]!.text = { fr: long.repeat(3), en: long };
    const r = score(q, [response({ 'urgence.q1': 1, 'noyau.q1': 2, 'structure-soutien.q1': 0 }, 'Un territoire '.repeat(12))], { lang: 'fr' });
    const out = terminal(r, { lang: 'fr', color: true });
    expect(out.split('\n').filter((l) => columns(l) > 80)).toEqual([]);
    expect(stripVTControlCharacters(out)).toContain('Anticonstitutionnellement');
  });

  it('says first that the preconditions are not there, naming them', async () => {
    const out = await reportOf('express-gate-failed', ['--lang', 'fr']);
    const gate = out.indexOf('✗ Des préconditions ne sont pas encore réunies.');
    expect(gate).toBeGreaterThan(out.indexOf('Un score n’est pas un verdict'));
    expect(gate).toBeLessThan(out.indexOf('Dimension'));
    const lines = out.slice(gate, out.indexOf('Dimension')).split('\n');
    expect(lines.slice(1, 4)).toEqual([
      "  ✗ Sentiment d'urgence à agir : 16,7 — à construire d’abord",
      "  ? Noyau d'acteurs courageux : pas assez de réponses — à vérifier : avec qui",
      '    peut-on la situer ?',
    ]);
  });

  it('lists the preconditions, then the components, in questionnaire order', async () => {
    const all = await reportOf('mini-several', ['--lang', 'en']);
    const out = all.slice(all.indexOf('PRECONDITIONS'));
    const order = ['PRECONDITIONS', 'Title urgence', 'Title noyau', 'Title ressources', 'COMPONENTS', 'Title aspiration-partagee', 'Title structure-soutien'];
    const at = order.map((s) => out.indexOf(s));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('says so when nothing is below its target', () => {
    const r = score(mini, [response({ 'urgence.q1': 3, 'urgence.q2': 3, 'noyau.q1': 3, 'ressources.q1': 3, 'aspiration-partagee.q1': 3 })], { lang: 'en' });
    const out = terminal(r, { lang: 'en', color: false });
    expect(out).toContain('No scored dimension is below its target');
    expect(out).not.toContain(' 1. ');
  });
});

describe('terminal colour', () => {
  const r = score(mini, [response({ 'urgence.q1': 1, 'noyau.q1': 3, 'structure-soutien.q1': 0 })], { lang: 'fr' });

  it('has no escape code without colour', () => {
    expect(terminal(r, { lang: 'fr', color: false })).not.toContain('\u001b');
  });

  it('with colour, says exactly the same text once the colours are removed', () => {
    const coloured = terminal(r, { lang: 'fr', color: true });
    expect(coloured).toContain('\u001b[');
    expect(stripVTControlCharacters(coloured)).toBe(terminal(r, { lang: 'fr', color: false }));
  });
});

describe('file texts are made safe for the terminal', () => {
  it('escapes control characters and folds newlines in texts from files', () => {
    const q: Questionnaire = structuredClone(mini);
    q.dimensions[0]!.title = { fr: 'Titre\u001b[31m rouge\nsur deux lignes', en: 'x' };
    q.challenges[2]!.text = { fr: 'Défi\u0007 qui sonne', en: 'x' };
    const r = score(q, [response({ 'urgence.q1': 0 }, 'Terri\u009btoire')], { lang: 'fr' });
    const out = terminal(r, { lang: 'fr', color: false });
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('Titre\\u001b[31m rouge sur deux lignes');
    expect(out).toContain('Défi\\u0007 qui sonne');
    expect(out).toContain('Terri\\u009btoire');
  });
});

describe('bars and wrapping', () => {
  it('draws 20 cells of 5 points, a half cell from 2.5, the target marker between cells', () => {
    expect(barText(41.7, 75)).toBe(`${BAR.full.repeat(8)}${BAR.empty.repeat(7)}${BAR.target}${BAR.empty.repeat(5)}`);
    expect(barText(33.3, 75)).toBe(`${BAR.full.repeat(6)}${BAR.half}${BAR.empty.repeat(8)}${BAR.target}${BAR.empty.repeat(5)}`);
    expect(barText(80, 75)).toBe(`${BAR.full.repeat(15)}${BAR.target}${BAR.full}${BAR.empty.repeat(4)}`);
    expect(barText(100, 100)).toBe(`${BAR.full.repeat(20)}${BAR.target}`);
    expect(barText(0, 0)).toBe(`${BAR.target}${BAR.empty.repeat(20)}`);
    expect(barText(97.5, 62.5)).toBe(`${BAR.full.repeat(13)}${BAR.target}${BAR.full.repeat(6)}${BAR.half}`);
  });

  it('wraps on spaces, cuts a word longer than the line, counts wide characters as two columns', () => {
    expect(wrap('un deux trois quatre', 9)).toEqual(['un deux', 'trois', 'quatre']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(displayWidth('écart')).toBe(5);
    expect(displayWidth('e\u0301cart')).toBe(5);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('\u001b[1mgras\u001b[22m')).toBe(4);
    expect(wrap('日本語の', 1)).toEqual(['日', '本', '語', 'の']);
  });

  it('wraps as a plain greedy reference does: whole words while they fit, long words cut', () => {
    // The reference measures every candidate line from scratch (as the reporters did before).
    const reference = (text: string, width: number): string[] => {
      const lines: string[] = [];
      let line = '';
      for (const word of text.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (displayWidth(candidate) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        let rest = word;
        while (displayWidth(rest) > width) {
          let cut = '';
          for (const c of rest) if (displayWidth(cut + c) <= width) cut += c; else break;
          lines.push(cut);
          rest = rest.slice(cut.length);
        }
        line = rest;
      }
      if (line) lines.push(line);
      return lines.length ? lines : [''];
    };
    const word = fc.array(fc.constantFrom('a', 'é', 'e\u0301', '日', '█', '—', 'x'), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''));
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '\t')), { maxLength: 20 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(text, fc.integer({ min: 2, max: 30 }), (t, width) => {
      expect(wrap(t, width)).toEqual(reference(t, width));
    }), { numRuns: 1000 });
  });
});

describe('narrower terminals', () => {
  it('fits a 72-column terminal when the context says so', () => {
    const r = score(mini, [response({ 'urgence.q1': 1, 'noyau.q1': 2, 'apprentissage-strategique.q1': 'unknown' })], { lang: 'fr' });
    const out = terminal(r, { lang: 'fr', color: false, width: 72 });
    expect(out.split('\n').filter((l) => columns(l) > 72)).toEqual([]);
    expect(terminal(r, { lang: 'fr', color: false, width: 200 }).split('\n').some((l) => columns(l) > 80)).toBe(false);
  });
});

describe('incomplete responses', () => {
  const ids = ['urgence.q1', 'urgence.q2', 'noyau.q1', 'ressources.q1', 'aspiration-partagee.q1', 'aspiration-partagee.q2', 'engagement-inclusif.q1', 'strategie-levier.q1', 'apprentissage-strategique.q1', 'structure-soutien.q1'];
  const answering = (n: number, name?: string): Response => {
    const r = response(Object.fromEntries(ids.slice(0, n).map((id) => [id, 2 as const])));
    return name ? { ...r, respondent: { ...r.respondent, name } } : r;
  };

  it('says in words when a response answers fewer than half of its questions, naming it only with --with-names', () => {
    const responses = [answering(10), answering(4, 'Camille'), answering(5)];
    const r = score(mini, responses, { lang: 'fr' });
    expect(r.collective.incomplete).toEqual([{ sector: 'etat', answered: 4, asked: 10 }]);
    const out = stripVTControlCharacters(terminal(r, { lang: 'fr', color: false })).replace(/\s+/g, ' ');
    expect(out).toContain('⚠ Une réponse est remplie à moins de la moitié : État, 4 questions sur 10.');
    expect(out).not.toContain('Camille');
    const named = score(mini, responses, { lang: 'en', withNames: true });
    expect(stripVTControlCharacters(terminal(named, { lang: 'en', color: false, withNames: true })).replace(/\s+/g, ' ')).toContain(
      'One response is less than half complete: State services, Camille, 4 of 10 questions.',
    );
  });
});

describe('alignment with emoji, CJK and combining accents', () => {
  // The oracle is another library (string-width), not the width the code under test uses.
  const width = (s: string) => stringWidth(stripVTControlCharacters(s));
  const wide = structuredClone(mini);
  const titles = ['🚀 Urgence à agir 🚀', '東京の協力 urgence', 'Noyau e\u0301lu co\u0302te\u0301', '👩‍👩‍👧 Ressources partagées'];
  wide.dimensions.forEach((d, i) => (d.title = { fr: titles[i % titles.length]!, en: titles[i % titles.length]! }));

  it('keeps every line within the width and the score column aligned', () => {
    const r = { ...response({ 'urgence.q1': 1, 'noyau.q1': 2, 'ressources.q1': 3, 'urgence.q2': 'unknown' }, '🌍 Territoire 東京 Zoé'), file: 'a.yaml' };
    const withComment: Response = { ...r, answers: new Map([...r.answers, ['noyau.q1', { value: 2, comment: 'Très bien 👍 協力 ça marche e\u0301' }]]) };
    const report = score(wide, [withComment, r], { lang: 'fr' });
    for (const w of [72, 80]) {
      const lines = terminal(report, { lang: 'fr', color: true, width: w, comments: true, bySector: true }).split('\n');
      expect(lines.filter((l) => width(l) > w)).toEqual([]);
      // In the dimension table, the score ends at the same column on every row that has one.
      const rows = lines.filter((l) => /\s\d+,\d\s{2}[█▌░│]/.test(stripVTControlCharacters(l)));
      expect(rows.length).toBe(3);
      const ends = rows.map((l) => { const s = stripVTControlCharacters(l); const m = /\d+,\d(?=\s{2}[█▌░│])/.exec(s)!; return width(s.slice(0, m.index + m[0].length)); });
      expect(new Set(ends).size).toBe(1);
    }
  });
});
