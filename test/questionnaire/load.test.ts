import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import { InputError } from '../../src/core/errors.js';
import { render } from '../../src/i18n/messages/index.js';
import { fixture } from '../helpers/cli.js';

const mini = readFileSync(fixture('questionnaires/mini.yaml'), 'utf8');

/** The problems (as "line:col: path: message") of a questionnaire text, or [] when it is valid. */
function problems(text: string): string[] {
  try {
    parseQuestionnaire(text, 'q.yaml');
    return [];
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return err.problems.map((p) => `${p.line}:${p.col}: ${p.path ?? ''}: ${render(p, 'en')}`);
  }
}

/** Line number (1-based) of the first line containing `needle`, after `from`. */
function lineOf(text: string, needle: string, from = ''): number {
  const start = from ? text.indexOf(from) : 0;
  return text.slice(0, text.indexOf(needle, start)).split('\n').length;
}

describe('questionnaire validation', () => {
  it('accepts the mini questionnaire', () => {
    expect(problems(mini)).toEqual([]);
  });

  it('names the line of a duplicate question id', () => {
    const text = mini.replace('id: aspiration-partagee.q2', 'id: aspiration-partagee.q1');
    const line = text.split('\n').lastIndexOf('      - id: aspiration-partagee.q1') + 1;
    expect(problems(text)).toEqual([
      `${line}:13: dimensions[3].questions[1].id: duplicate question id "aspiration-partagee.q1" (first at dimensions.3.questions.0.id)`,
      // the practice that served the renamed question now serves nothing that exists: said at once too
      `${lineOf(text, 'serves: [aspiration-partagee.q2]')}:47: dimensions[3].practices[3].serves[0]: unknown question "aspiration-partagee.q2"`,
    ]);
  });

  it('names the line of a challenge naming an unknown dimension', () => {
    const text = mini.replace('dimensions: [aspiration-partagee]', 'dimensions: [aspiration]');
    const line = lineOf(text, 'dimensions: [aspiration]');
    expect(problems(text)).toEqual([`${line}:71: challenges[1].dimensions[0]: unknown dimension "aspiration"`]);
  });

  it('names the line of a missing English text', () => {
    const text = mini.replace('summary: { fr: "Résumé noyau.", en: "Summary noyau." }', 'summary: { fr: "Résumé noyau." }');
    const line = lineOf(text, 'summary: { fr: "Résumé noyau." }');
    expect(problems(text)).toEqual([`${line}:14: dimensions[1].summary.en: missing "en" text (the questionnaire declares it)`]);
  });

  it('names the line and column of a YAML syntax error', () => {
    const text = mini.replace('title: { fr: "Mini questionnaire", en: "Mini questionnaire" }', 'title: { fr: "Mini questionnaire", en: "Mini }');
    const found = problems(text);
    expect(found[0]).toMatch(/^\d+:\d+: : YAML syntax error: /);
    expect(found.length).toBeGreaterThan(0);
  });

  it('reports a duplicate key at its line', () => {
    const text = mini.replace('version: "1.0"', 'version: "1.0"\nversion: "2.0"');
    expect(problems(text)).toEqual([`${lineOf(text, 'version: "2.0"')}:1: : duplicate key "version"`]);
  });

  it('refuses an empty file and a file that is not a mapping', () => {
    expect(problems('')).toEqual(['undefined:undefined: : is empty']);
    expect(problems('- a\n- b\n')).toEqual(['1:1: : a questionnaire must be a YAML mapping']);
  });

  it('checks that bands cover 0–100 without gaps', () => {
    const text = mini.replace('{ id: emergent, min: 25,', '{ id: emergent, min: 30,');
    expect(problems(text)).toEqual([`${lineOf(text, 'id: emergent')}:26: bands[1].min: must be 25, the previous band's max (no gap, no overlap)`]);
  });

  it('checks practices: unique ids, what they serve exists, enough of them per challenge and per dimension', () => {
    const text = mini
      .replace('serves: [urgence.q2]', 'serves: [urgence.q3]')
      .replace('id: noyau-1, serves: [c1, noyau.q1]', 'id: noyau-1, serves: [strategie-levier, noyau.q1]')
      .replace('id: noyau-2,', 'id: noyau-1,')
      .replace(/\n.*Piste ressources [234].*/g, '')
      .replace('id: aspiration-partagee-1, serves: [c2, ', 'id: aspiration-partagee-1, serves: [');
    const practice = (needle: string) => lineOf(text, needle);
    expect(problems(text)).toEqual([
      `${practice('id: urgence-4')}:35: dimensions[0].practices[3].serves[0]: unknown question "urgence.q3"`,
      `${practice('serves: [strategie-levier')}:33: dimensions[1].practices[0].serves[0]: unknown challenge or precondition (a component cannot be served as a whole) "strategie-levier"`,
      `${practice('Piste noyau 2.')}:15: dimensions[1].practices[1].id: duplicate practice id "noyau-1" (first at dimensions.1.practices.0.id)`,
      `${practice('Piste ressources 1.')}:7: dimensions[2].practices: must declare at least 2 practices (it has 1)`,
      `${lineOf(text, '{ id: c2,')}:11: challenges[1].id: must be served by at least 3 practices (serves: [c2]); 2 serve it`,
    ]);
  });

  it("a precondition's readiness advice is declared under that precondition", () => {
    const text = mini.replace('id: noyau-4, serves: [noyau.q1]', 'id: noyau-4, serves: [noyau, urgence]');
    expect(problems(text)).toEqual([
      `${lineOf(text, 'id: noyau-4')}:40: dimensions[1].practices[3].serves[1]: serves the precondition "urgence" as a whole (its readiness advice): it must be declared under "urgence"`,
    ]);
  });

  it('checks the framework dimensions, in order', () => {
    const text = mini.replace('- id: noyau\n    kind: precondition', '- id: noyau\n    kind: component');
    expect(problems(text)).toEqual([`${lineOf(text, 'kind: component')}:11: dimensions[1].kind: must be "precondition"`]);
  });

  it('reports every problem at once, in file order', () => {
    const text = mini
      .replace('summary: { fr: "Résumé noyau.", en: "Summary noyau." }', 'summary: { fr: "Résumé noyau." }')
      .replace('dimensions: [aspiration-partagee]', 'dimensions: [aspiration]');
    const found = problems(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('dimensions[1].summary.en: missing');
    expect(found[1]).toContain('challenges[1].dimensions[0]: unknown dimension "aspiration"');
  });

  it('reports every schema problem at once', () => {
    const text = mini.replace('weight: 2', 'weight: 0').replace('kind: component', 'kind: composante');
    const found = problems(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^\d+:\d+: dimensions\[0\]\.questions\[1\]\.weight: must be greater than 0$/);
    expect(found[1]).toMatch(/^\d+:\d+: dimensions\[3\]\.kind: /);
  });
});

describe('validate on a broken questionnaire file', () => {
  it('exits 2 with one line per problem naming file, line and column', async () => {
    const { cli } = await import('../helpers/cli.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'ic-')), 'q.yaml');
    writeFileSync(file, mini.replace('dimensions: [aspiration-partagee]', 'dimensions: [aspiration]').replace('en: "Summary noyau." ', ''));
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:\\d+:\\d+: dimensions\\[1\\]\\.summary\\.en: missing "en" text`)),
      expect.stringMatching(new RegExp(`^${file}:\\d+:71: challenges\\[1\\]\\.dimensions\\[0\\]: unknown dimension "aspiration"$`)),
    ]);
  });
});
