// The Markdown report: golden files, GFM structure (tables, task list, alert), and inert file texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Response } from '../../src/answers/schema.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { score } from '../../src/scoring/score.js';
import { collectiveMarkdown } from '../../src/reporters/markdown/collective.js';
import { escapeMarkdown } from '../../src/reporters/markdown/escape.js';
import { report as markdown } from '../../src/reporters/markdown/report.js';
import type { ReporterContext } from '../../src/reporters/types.js';
import type { Report } from '../../src/scoring/report.js';
import { fixture } from '../helpers/cli.js';
import { expectGolden, reportOf, type CaseName } from './report-golden.js';

const mini = parseQuestionnaire(readFileSync(fixture('questionnaires/mini.yaml'), 'utf8'), 'mini.yaml');

function response(answers: Record<string, 0 | 1 | 2 | 3 | 'unknown'>, territory = 'Territoire test'): Response {
  return { file: 't.yaml', doc: 0, questionnaire: 'mini', territory, respondent: { sector: 'etat' }, answers: new Map(Object.entries(answers).map(([k, value]) => [k, { value }])) };
}

/** This reporter's own part of the output: before the collective sections, which are tested elsewhere, and the prompts. */
function own(report: Report, ctx: ReporterContext): string {
  const out = markdown(report, ctx);
  const collective = collectiveMarkdown(report, ctx);
  const at = out.lastIndexOf(collective);
  expect(at).toBeGreaterThan(0);
  expect(out.slice(at + collective.length)).toMatch(/^(\n## .*\n\n(\d\. .*\n)+)?$/);
  return out.slice(0, at);
}

/** The report of a case, without the collective sections. */
async function ownOf(name: CaseName, lang: 'fr' | 'en'): Promise<string> {
  const report = JSON.parse(await reportOf(name, ['--format', 'json', '--lang', lang])) as Report;
  return own(report, { lang, color: false });
}

/** Cells of a GFM table row: split on the pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  return row.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
}

/** Every table of a Markdown text, as arrays of rows of cells. */
function tables(text: string): string[][][] {
  const out: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('|')) (current ??= (out.push([]), out[out.length - 1]!)).push(cells(line));
    else current = undefined;
  }
  return out;
}

describe('markdown golden files', () => {
  const goldens: [CaseName, 'fr' | 'en'][] = [
    ['express-one', 'fr'],
    ['express-several', 'fr'],
    ['express-gate-failed', 'fr'],
    ['express-gate-failed', 'en'],
    ['express-all-unknown', 'fr'],
    ['mini-several', 'fr'],
  ];
  for (const [name, lang] of goldens) {
    it(`${name} (${lang})`, async () => {
      expectGolden(await reportOf(name, ['--format', 'markdown', '--lang', lang]), `${name}.${lang}.md`);
    });
  }
});

describe('markdown structure', () => {
  it('has two well-formed tables (header, alignment row, one row per dimension, same cell count)', async () => {
    const found = tables(await ownOf('express-several', 'en'));
    expect(found).toHaveLength(2);
    expect(found.map((t) => t.length - 2)).toEqual([3, 5]);
    for (const t of found) {
      expect(t[1]!.every((c) => /^:?-+:?$/.test(c))).toBe(true);
      expect(new Set(t.map((r) => r.length))).toEqual(new Set([7]));
    }
  });

  it('opens with a warning alert naming the missing preconditions, before the tables', async () => {
    const out = await ownOf('express-gate-failed', 'en');
    const lines = out.split('\n');
    const alert = lines.indexOf('> [!WARNING]');
    expect(alert).toBeGreaterThan(0);
    expect(alert).toBeLessThan(lines.findIndex((l) => l.startsWith('|')));
    expect(lines.slice(alert + 1, alert + 6)).toEqual([
      '> **Some preconditions are not yet met.**',
      '>',
      '> - ❌ Sense of urgency to act: 16.7 — to build first',
      '> - ❔ Courageous core group: not enough answers — to check: with whom can it be assessed?',
      '> - 🟡 Necessary resources: 50.0 — fragile, to consolidate',
    ]);
  });

  it('has no alert when the gate is met, and says first that a score is not a verdict', async () => {
    const out = await ownOf('express-one', 'en');
    expect(out).not.toContain('[!WARNING]');
    expect(out).toContain('\n\n_A score is not a verdict: it is a basis for discussing together');
    expect(out.indexOf('not a verdict')).toBeLessThan(out.indexOf('|'));
  });

  it('ends with three discussion prompts drawn from the report', async () => {
    const out = await reportOf('mini-several', ['--format', 'markdown', '--lang', 'en']);
    const end = out.slice(out.lastIndexOf('## To discuss'));
    expect(end.split('\n').filter((l) => /^\d\. /.test(l))).toEqual([
      '1. The lowest dimension is "Title engagement-inclusif" (16.7/100): what explains it, and what would it take for it to progress within a year?',
      '2. "Question urgence 1?" divides the group (1 at 1, 1 at 3): what did some see that the others did not?',
      '3. Nobody from the sectors "Local authority", "State services", "Residents", "Business" answered: what would they say, and who can go and meet them?',
    ]);
  });

  it('lists the recommendations as a task list, their practices nested under them', async () => {
    const out = await ownOf('mini-several', 'en');
    const section = out.slice(out.indexOf('## Priority recommendations'));
    const tasks = section.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(tasks).toEqual([
      '- [ ] **1. Build first: Title urgence** (Title urgence: 44.4/100, threshold 50)',
      '- [ ] **2. Challenge 3** (Title engagement-inclusif: 16.7/100, target 75)',
      '- [ ] **3. Challenge 1** (Title noyau: 50.0/100, target 75)',
      '- [ ] **4. Also work on: Title apprentissage-strategique** (Title apprentissage-strategique: 33.3/100, target 75)',
      '- [ ] **5. Also work on: Title ressources** (Title ressources: 66.7/100, target 75)',
      '- [ ] **6. Also work on: Title strategie-levier** (Title strategie-levier: 66.7/100, target 75)',
    ]);
    expect(section).toContain(
      '- [ ] **2. Challenge 3** (Title engagement-inclusif: 16.7/100, target 75)\n  - To try:\n    - Practice engagement-inclusif 1.\n    - Practice engagement-inclusif 2.\n    - Practice engagement-inclusif 3.\n',
    );
  });

  it('says so when nothing is below its target, and when nothing could be scored', async () => {
    const none = score(mini, [response({ 'urgence.q1': 3, 'noyau.q1': 3, 'ressources.q1': 3 })], { lang: 'en' });
    expect(own(none, { lang: 'en', color: false })).toContain('No scored dimension is below its target');
    expect(await ownOf('express-all-unknown', 'en')).toContain('Not enough numeric answers to compute any score');
  });

  it('never has colour codes, even when colour is asked for', async () => {
    const r = score(mini, [response({ 'urgence.q1': 1 })], { lang: 'fr' });
    expect(markdown(r, { lang: 'fr', color: true })).not.toContain('\u001b');
  });
});

describe('markdown escaping of file texts', () => {
  it('escapes every character that could make markup', () => {
    expect(escapeMarkdown('a|b\\c*d_e`f<g>h[i]j#k~l$m&n')).toBe('a\\|b\\\\c\\*d\\_e\\`f\\<g\\>h\\[i\\]j&#35;k\\~l\\$m\\&n');
    expect(escapeMarkdown('deux\nlignes\tet\u0007')).toBe('deux lignes et\\\\u0007');
    expect(escapeMarkdown("l'aspiration (partagée) !")).toBe("l'aspiration (partagée) !");
    expect(escapeMarkdown('# Titre')).toBe('&#35; Titre');
  });

  it('leaves nothing that GitHub or GitLab would turn into a link or a reference', () => {
    const cases: [string, string][] = [
      ['https://evil.example/login', 'https&#58;//evil.example/login'],
      ['HTTP://x.org', 'HTTP&#58;//x.org'],
      ['voir www.evil.example', 'voir www&#46;evil.example'],
      ['WWW.evil.example', 'WWW&#46;evil.example'],
      ['contact@evil.example', 'contact&#64;evil.example'],
      ['mailto:a et xmpp:b', 'mailto&#58;a et xmpp&#58;b'],
      ['merci @bob', 'merci &#64;bob'],
      ['ticket #12 et !34', 'ticket &#35;12 et &#33;34'],
      ['Ensemble ! Impact : oui', 'Ensemble ! Impact : oui'],
    ];
    for (const [text, inert] of cases) expect(escapeMarkdown(text)).toBe(inert);
    // What GFM's autolink extension and the reference filters look for, in the escaped text of any string.
    const trigger = /(?:^|[\s*_~(])(?:www\.|[a-z][a-z0-9+.-]*:\/\/)|[\w.+-]@[\w-]+\.|(?:^|\s)@\w|(?:^|\s)[#!]\d/i;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('http', 's', '://', 'www', '.', '@', '#', '!', '1', 'a', ' ', 'mailto:', '('), { maxLength: 12 }), (parts) => {
        expect(escapeMarkdown(parts.join(''))).not.toMatch(trigger);
      }),
    );
    expect(['- a', '+ b', '1. d', '12) e', '  - f', '---', '2.', '1.0.0', '-1', '+33 1'].map(escapeMarkdown)).toEqual([
      '\\- a', '\\+ b', '1\\. d', '12\\) e', '\\- f', '\\---', '2\\.', '1.0.0', '-1', '+33 1',
    ]);
  });

  it('keeps hostile titles, bands, territory and practices inside their cells and items', () => {
    const q: Questionnaire = structuredClone(mini);
    const hostile = '| <img src=x onerror=alert(1)> **gras** [lien](http://x) `code` # $x$ ~~barré~~ &amp;';
    q.dimensions.forEach((d) => (d.title = { fr: `${d.title.fr} ${hostile}`, en: hostile }));
    q.dimensions.forEach((d) => d.practices.forEach((p) => (p.text = { fr: `- [x] ${hostile}\n# titre`, en: hostile })));
    q.bands.forEach((b) => (b.label = { fr: hostile, en: hostile }));
    q.challenges.forEach((c) => (c.text = { fr: `${hostile}\n\n## pas un titre`, en: hostile }));
    const r = score(q, [response({ 'urgence.q1': 1, 'noyau.q1': 0, 'aspiration-partagee.q1': 1 }, `Territoire ${hostile}`)], { lang: 'fr' });
    const out = own(r, { lang: 'fr', color: false });

    for (const t of tables(out)) expect(new Set(t.map((row) => row.length))).toEqual(new Set([7]));
    expect(out).not.toMatch(/(?<!\\)</); // no raw HTML
    expect(out).not.toMatch(/^(?!>).*(?<!\\)>/m); // ">" only to open the alerts
    expect(out).toContain('\n    - \\- \\[x\\] \\| '); // a practice that looks like a task stays text
    expect(out).not.toMatch(/(?<!\\)\[(?! \]|!WARNING\]|!NOTE\])/); // no link: every "[" is escaped, but for task boxes and alerts
    expect(out.replace(/`[█▌░│]+`/g, '')).not.toMatch(/(?<!\\)`/); // code spans only around bars
    expect(out).not.toMatch(/(?<!\\)[$~]|(?<!\\)&(?!#\d+;)/); // "&" only in the character references that keep links out
    expect(out.split('\n').filter((l) => /^#{1,6} /.test(l))).toEqual(['# Rapport d’écarts — Territoire \\| \\<img src=x onerror=alert(1)\\> \\*\\*gras\\*\\* \\[lien\\](http&#58;//x) \\`code\\` &#35; \\$x\\$ \\~\\~barré\\~\\~ \\&amp;', '## Préconditions', '## Composantes', '## Pistes prioritaires']);
    const prompts = markdown(r, { lang: 'fr', color: false }).split('## Pour en discuter')[1]!;
    expect(prompts).not.toMatch(/(?<!\\)[<[`$~|]|(?<!\\)&(?!#\d+;)/);
    expect(out.split('\n').filter((l) => l.startsWith('- ['))).toHaveLength(r.recommendations.length);
  });
});
