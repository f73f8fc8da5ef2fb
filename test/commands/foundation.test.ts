import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cli, fixture } from '../helpers/cli.js';
import { VERSION } from '../../src/core/version.js';
import { detectLang, langFromArgv } from '../../src/i18n/index.js';
import { builtinIds, loadQuestionnaire } from '../../src/questionnaire/builtin.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'ic-'));

describe('built-in questionnaires', () => {
  it('both pass validate', async () => {
    const r = await cli(['validate', 'questionnaires/impact-collectif.yaml', 'questionnaires/impact-collectif-express.yaml']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('questionnaires/impact-collectif.yaml: ok (questionnaire)\nquestionnaires/impact-collectif-express.yaml: ok (questionnaire)\n');
    expect(r.code).toBe(0);
  });

  it.each(builtinIds())('%s has the structure the framework asks for', async (id) => {
    const { questionnaire: q } = await loadQuestionnaire(id);
    expect(q.dimensions.map((d) => `${d.kind}:${d.id}`)).toEqual([
      'precondition:urgence',
      'precondition:noyau',
      'precondition:ressources',
      'component:aspiration-partagee',
      'component:engagement-inclusif',
      'component:strategie-levier',
      'component:apprentissage-strategique',
      'component:structure-soutien',
    ]);
    expect(q.sectors.map((s) => s.id)).toEqual(['education-nationale', 'collectivite', 'etat', 'association', 'habitants', 'entreprise', 'caf', 'bailleurs', 'parents', 'autre']);
    expect(q.sectors.filter((s) => s.audience === 'habitants').map((s) => s.id)).toEqual(['habitants']);
    for (const s of q.sectors.filter((x) => !x.catchAll)) expect(s.brings?.fr && s.brings.en, s.id).toBeTruthy();
    const questions = q.dimensions.flatMap((d) => d.questions);
    if (id === 'impact-collectif-express') expect(questions.length).toBeGreaterThanOrEqual(8);
    if (id === 'impact-collectif-express') expect(questions.length).toBeLessThanOrEqual(10);
    // every question says who is asked, and residents are asked some of them
    expect(questions.every((x) => x.audience?.length)).toBe(true);
    expect(questions.some((x) => x.audience!.includes('habitants'))).toBe(true);
    expect(q.challenges).toHaveLength(8);
    for (const c of q.challenges) expect(c.dimensions.length).toBeGreaterThan(0);
    for (const d of q.dimensions) {
      const count = d.questions.length;
      if (id === 'impact-collectif') expect(count, d.id).toBeGreaterThanOrEqual(4);
      if (id === 'impact-collectif') expect(count, d.id).toBeLessThanOrEqual(7);
      if (id === 'impact-collectif-express') expect(count, d.id).toBeGreaterThanOrEqual(1);
      if (id === 'impact-collectif-express') expect(count, d.id).toBeLessThanOrEqual(2);
      if (d.kind === 'component') expect(d.practices.length, d.id).toBeGreaterThanOrEqual(5);
      else expect(d.practices.length, d.id).toBeGreaterThanOrEqual(3);
      for (const question of d.questions) {
        expect(question.levels).toHaveLength(4);
        for (const level of question.levels) {
          expect(level.fr, question.id).toBeTruthy();
          expect(level.en, question.id).toBeTruthy();
        }
      }
    }
  });

  it('the express questionnaire shares the complete one\'s dimensions, sectors, bands and challenges', async () => {
    const { questionnaire: full } = await loadQuestionnaire('impact-collectif');
    const { questionnaire: express } = await loadQuestionnaire('impact-collectif-express');
    expect(express.sectors).toEqual(full.sectors);
    expect(express.bands).toEqual(full.bands);
    expect(express.challenges).toEqual(full.challenges);
    // a practice both files declare says the same thing, from the same source
    const practices = new Map(full.dimensions.flatMap((d) => d.practices.map((p) => [p.id, p])));
    for (const p of express.dimensions.flatMap((d) => d.practices)) {
      expect(practices.has(p.id), p.id).toBe(true);
      expect({ text: p.text, source: p.source, seed: p.seed }, p.id).toEqual({ text: practices.get(p.id)!.text, source: practices.get(p.id)!.source, seed: practices.get(p.id)!.seed });
    }
    expect(express.dimensions.map((d) => d.title)).toEqual(full.dimensions.map((d) => d.title));
  });
});

describe('list', () => {
  it('lists the built-ins with their question counts, in English and French', async () => {
    const en = await cli(['list']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/impact-collectif\s.*Collective impact.*\s46\s.*fr, en/);
    expect(en.stdout).toMatch(/impact-collectif-express\s.*\s9\s/);
    const fr = await cli(['list', '--lang', 'fr']);
    expect(fr.stdout).toMatch(/Impact collectif : auto-diagnostic\s+46 {2}fr, en\n {26}de la coopération territoriale\n/);
    expect(fr.stdout).toContain('Identifiant');
  });
});

describe('template', () => {
  it.each([
    ['impact-collectif', 'fr'],
    ['impact-collectif-express', 'en'],
  ])('for %s (%s), filled with any valid values, passes validate', async (id, lang) => {
    const dir = tmp();
    const file = join(dir, 'answers.yaml');
    const r = await cli(['template', '-q', id, '--lang', lang, '--output', file, '--territory', 'Cité éducative: Nanterre "Sud"']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const text = readFileSync(file, 'utf8');
    const { questionnaire: q } = await loadQuestionnaire(id);
    const ids = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
    // every question is listed with its four levels as comments, in the chosen language
    for (const question of q.dimensions.flatMap((d) => d.questions)) {
      expect(text).toContain(`\n  ${question.id}:\n`);
      expect(text).toContain(`# 3 — ${question.levels[3]![lang as 'fr' | 'en']!.split(' ').slice(0, 4).join(' ')}`);
    }
    // not filled yet: validate points at every blank line
    const blank = await cli(['validate', file]);
    expect(blank.code).toBe(2);
    expect(blank.stderr.trim().split('\n')).toHaveLength(ids.length + 1);
    expect(blank.stderr).toMatch(/answers\.yaml:\d+:\d+: respondent\.sector: /);
    // filled with values: every kind of answer, and a comment
    const values = ['0', '1', '2', '3', 'unknown', '{ value: 1, comment: "Manque de temps : à revoir" }'];
    let i = 0;
    const filled = text
      .replace(/^ {2}sector:$/m, '  sector: association')
      .replace(/^( {2}[a-z-]+\.[a-z0-9-]+):$/gm, (_, key: string) => `${key}: ${values[i++ % values.length]}`);
    writeFileSync(file, filled);
    const ok = await cli(['validate', file]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(parse(filled).territory).toBe('Cité éducative: Nanterre "Sud"');
  });

  it('refuses an unknown sector, suggesting the closest', async () => {
    const r = await cli(['template', '--sector', 'asociation']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('impact-collectif: --sector: unknown sector "asociation" (did you mean "association"?); one of: education-nationale, collectivite, etat, association, habitants, entreprise, caf, bailleurs, parents, autre\n');
  });

  it('writes the same bytes twice', async () => {
    const a = await cli(['template', '--lang', 'fr']);
    const b = await cli(['template', '--lang', 'fr']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.split('\n').every((l) => l.length <= 100)).toBe(true);
  });
});

describe('validate answer files', () => {
  const write = (text: string) => {
    const file = join(tmp(), 'a.yaml');
    writeFileSync(file, text);
    return file;
  };
  const base = 'questionnaire: impact-collectif-express\nterritory: Nanterre\nrespondent: { sector: association }\nanswers:\n';

  it('accepts a partial answer file and several documents', async () => {
    const file = write(`${base}  urgence.constat-partage: 2\n---\n${base}  noyau.collectif-porteur: unknown\n`);
    expect(await cli(['validate', file])).toEqual({ code: 0, stdout: `${file}: ok (answers)\n`, stderr: '' });
  });

  it('suggests the closest id for a typo, at its line and column', async () => {
    const file = write(`${base}  urgence.constat-partag: 2\n`);
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${file}:5:3: answers.urgence.constat-partag: unknown question id "urgence.constat-partag" (did you mean "urgence.constat-partage"?)\n`);
  });

  it('refuses values out of range or of the wrong type', async () => {
    for (const [value, col] of [['4', 28], ['"2"', 28], ['2.5', 28], ['-1', 28], ['[]', 28], ['.nan', 28]] as const) {
      const r = await cli(['validate', write(`${base}  urgence.constat-partage: ${value}\n`)]);
      expect(r.code, value).toBe(2);
      expect(r.stderr, value).toMatch(new RegExp(`:5:${col}: answers\\.urgence\\.constat-partage: must be 0, 1, 2, 3 or unknown`));
    }
  });

  it('names an unknown sector with the list of sectors', async () => {
    const file = write(base.replace('association', 'mairie') + '  urgence.constat-partage: 1\n');
    const r = await cli(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/:3:23: respondent\.sector: unknown sector "mairie"; one of: education-nationale, /);
  });

  it('names an unknown questionnaire', async () => {
    const r = await cli(['validate', write(base.replace('impact-collectif-express', 'impact'))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.yaml:1:16: questionnaire: unknown questionnaire "impact": not a built-in one/);
  });

  it('says when a file is neither a questionnaire nor an answer file', async () => {
    const r = await cli(['validate', write('hello: world\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.yaml:1:1: is neither a questionnaire/);
  });

  it('validates answers against a questionnaire file given with --questionnaire', async () => {
    const file = write('questionnaire: mini\nterritory: T\nrespondent: { sector: etat }\nanswers: { urgence.q2: 3 }\n');
    expect((await cli(['validate', file])).code).toBe(2);
    const r = await cli(['validate', '-q', fixture('questionnaires/mini.yaml'), file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('schema', () => {
  it.each(['questionnaire', 'answers', 'report', 'compare', 'rollup'])('prints the %s JSON Schema', async (format) => {
    const r = await cli(['schema', format]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
  });

  it('the answers schema describes the answer values', async () => {
    const schema = JSON.parse((await cli(['schema', 'answers'])).stdout);
    expect(schema.required).toEqual(['questionnaire', 'territory', 'respondent']);
    expect(JSON.stringify(schema.properties.answers)).toContain('"unknown"');
  });

  it('refuses an unknown format', async () => {
    const r = await cli(['schema', 'rapport']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'impact-collectif: unknown format "rapport" (did you mean "report"?); formats: questionnaire, answers, report, compare, trend, plan, config, rollup\n' });
  });
});

describe('command line', () => {
  it('the version matches package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
    expect((await cli(['--version'])).stdout).toBe(`${pkg.version}\n`);
  });

  it('picks French from the locale, and --lang wins', () => {
    expect(detectLang({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(detectLang({ LC_ALL: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(detectLang({ LC_MESSAGES: 'fr_CA', LANG: 'C' })).toBe('fr');
    expect(detectLang({})).toBe('en');
    expect(langFromArgv(['list', '--lang', 'fr'])).toBe('fr');
    expect(langFromArgv(['list', '--lang=en'])).toBe('en');
  });

  it('every command has a help with an example, in both languages', async () => {
    for (const command of ['list', 'validate', 'schema', 'template']) {
      const en = await cli([command, '--help']);
      expect(en.code, command).toBe(0);
      expect(en.stdout).toContain('Examples:');
      expect(en.stdout).toContain(`$ impact-collectif ${command}`);
      const fr = await cli([command, '--help'], { env: { LANG: 'fr_FR.UTF-8' } });
      expect(fr.stdout).toContain('Exemples :');
      expect(fr.stdout).toContain('Utilisation :');
    }
  });

  it('an unknown option or a bad --lang is a usage error (exit 2)', async () => {
    expect((await cli(['list', '--nope'])).code).toBe(2);
    const r = await cli(['list', '--lang', 'de']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'impact-collectif: unknown language "de": fr or en\n' });
  });
});
