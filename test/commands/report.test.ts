// The `report` command end to end: inputs, options, thresholds, colour, bad input, and the built binary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/scoring/report.js';
import { bin, cli, fixture } from '../helpers/cli.js';

const MINI = fixture('questionnaires/mini.yaml');
const SEVERAL = fixture('answers/mini/several');
const ANSI = /\u001b\[/;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ic-report-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const json = (stdout: string) => JSON.parse(stdout) as Report;

describe('inputs', () => {
  it('reads a directory: every *.yaml inside, sorted, other files ignored; each file may hold several responses', async () => {
    const r = await cli(['report', SEVERAL, '-q', MINI, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.responses).toBe(3);
    expect(report.dates).toEqual({ from: '2025-01-10', to: '2025-02-03' });
    // the numbers computed by hand in test/scoring/score.test.ts
    expect(report.dimensions.map((d) => d.score)).toEqual([44.4, 50, 66.7, 75, 16.7, 66.7, 33.3, 83.3]);
    expect(report.indices).toEqual({ preconditions: 53.7, components: 55 });
  });

  it('reads standard input with "-", mixed with files', async () => {
    const text = readFileSync(fixture('answers/mini/one.yaml'), 'utf8');
    const r = await cli(['report', '-', join(SEVERAL, 'a.yaml'), '-q', MINI, '--format', 'json'], { stdin: text });
    expect(r.stderr).toBe('');
    expect(json(r.stdout).responses).toBe(2);
  });

  it('uses the questionnaire the responses name when no --questionnaire is given', async () => {
    const r = await cli(['report', fixture('answers/express/one.yaml'), '--format', 'json']);
    expect(json(r.stdout).questionnaire.id).toBe('impact-collectif-express');
  });
});

describe('versions of a built-in questionnaire', () => {
  it('scores 1.0.0 answer files with the archived 1.0.0, whether they name it or only fit it', async () => {
    const named = json((await cli(['report', fixture('answers/express/one.yaml'), '--format', 'json'])).stdout);
    const fitting = json((await cli(['report', fixture('answers/collective'), '--format', 'json'])).stdout);
    const current = json((await cli(['report', fixture('answers/collective-2027'), '--format', 'json'])).stdout);
    expect([named.questionnaire.version, fitting.questionnaire.version, current.questionnaire.version]).toEqual(['1.0.0', '1.0.0', '1.1.0']);
    expect(fitting.dimensions.flatMap((d) => d.questions)).toHaveLength(42);
    // naming the built-in questionnaire does not change which of its versions scores the files
    const explicit = json((await cli(['report', fixture('answers/collective'), '-q', 'impact-collectif', '--format', 'json'])).stdout);
    expect(explicit.questionnaire.version).toBe('1.0.0');
    expect(current.dimensions.flatMap((d) => d.questions)).toHaveLength(46);
  });

  it('refuses two versions in one report, in one line naming both files', async () => {
    const r = await cli(['report', fixture('answers/collective'), fixture('answers/collective-2027'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/collective\/01-college-jean-zay\.yaml:\d+:\d+: answers: fits version 1\.0\.0 of "impact-collectif", but .*collective-2027\/01-college-jean-zay\.yaml is version 1\.1\.0: a report covers one version/);
  });
});

describe('options', () => {
  it('--target overrides every target; --top keeps N challenges', async () => {
    const r = json((await cli(['report', SEVERAL, '-q', MINI, '--format', 'json', '--target', '60', '--top', '1'])).stdout);
    expect(r.dimensions.every((d) => d.target === 60)).toBe(true);
    expect(r.recommendations.filter((x) => x.challenge).map((x) => [x.challenge, x.reason.dimension, x.reason.target])).toEqual([
      ['c3', 'engagement-inclusif', 60],
    ]);
  });

  it('--gate-threshold moves the line below which a precondition is to build first', async () => {
    const at50 = json((await cli(['report', SEVERAL, '-q', MINI, '--format', 'json'])).stdout);
    const at40 = json((await cli(['report', SEVERAL, '-q', MINI, '--format', 'json', '--gate-threshold', '40'])).stdout);
    expect([at50.gate.threshold, at50.gate.preconditions[0]!.status, at50.recommendations[0]!.reason.rule]).toEqual([50, 'unmet', 'unmet-precondition']);
    expect([at40.gate.threshold, at40.gate.preconditions[0]!.status, at40.recommendations[0]!.reason.rule]).toEqual([40, 'fragile', 'largest-gap']);
    const bad = await cli(['report', SEVERAL, '-q', MINI, '--gate-threshold', '120']);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
  });

  it('--explain says under each recommendation why it is there, in French and English', async () => {
    const fr = (await cli(['report', SEVERAL, '-q', MINI, '--explain', '--lang', 'fr'])).stdout;
    const plain = (await cli(['report', SEVERAL, '-q', MINI, '--lang', 'fr'])).stdout;
    expect(fr).toContain('Pourquoi ici : précondition sous le seuil de 50');
    expect(fr).toContain('(choisie pour « Question urgence 2 ? » (moyenne 1,0 sur 3))');
    expect(plain).not.toContain('Pourquoi ici');
    const en = (await cli(['report', SEVERAL, '-q', MINI, '--explain', '--lang', 'en', '--format', 'markdown'])).stdout;
    expect(en).toContain('_Why here: a challenge ranked by the largest gap to target among its dimensions (Title engagement-inclusif, gap 58.3)');
  });

  it('--lang chooses the language of the report', async () => {
    const fr = await cli(['report', SEVERAL, '-q', MINI, '--lang', 'fr']);
    const en = await cli(['report', SEVERAL, '-q', MINI, '--lang', 'en']);
    expect(fr.stdout).toContain('Rapport d’écarts — Territoire test');
    expect(fr.stdout).toContain('44,4');
    expect(en.stdout).toContain('Gap report — Territoire test');
    expect(en.stdout).toContain('44.4');
  });

  it.each([
    [['--format', 'pdf'], /--format: "pdf" is not possible; choices: terminal, markdown, json/],
    [['--target', '120'], /--target takes a number from 0 to 100, not "120"/],
    [['--top', '0'], /--top takes a positive whole number, not "0"/],
    [['--fail-under', 'beaucoup'], /--fail-under takes a number from 0 to 100/],
    [['--min-dimension', '-1'], /--min-dimension takes a number from 0 to 100/],
  ])('refuses %j with exit 2 and one line', async (args, message) => {
    const r = await cli(['report', SEVERAL, '-q', MINI, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--help shows a consultant example and a CI example', async () => {
    const r = await cli(['report', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('impact-collectif report reponses/ --format markdown --output rapport.md');
    expect(r.stdout).toContain('impact-collectif report reponses/ --format summary --fail-under 50 >> "$GITHUB_STEP_SUMMARY"');
    expect((await cli(['report', '--help', '--lang', 'fr'])).stdout).toContain("rapport d’écarts à partir de fichiers de réponses");
  });
});

describe('--output', () => {
  it('writes the report to the file, nothing on stdout, no temporary file left', async () => {
    const out = join(dir, 'rapport.md');
    const r = await cli(['report', SEVERAL, '-q', MINI, '--format', 'markdown', '--output', out]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe((await cli(['report', SEVERAL, '-q', MINI, '--format', 'markdown'])).stdout);
    expect(readdirSync(dir)).toEqual(['rapport.md']);
  });

  it('refuses to overwrite an input file or the questionnaire', async () => {
    const copy = join(dir, 'q.yaml');
    writeFileSync(copy, readFileSync(MINI));
    const answers = join(dir, 'a.yaml');
    writeFileSync(answers, readFileSync(join(SEVERAL, 'a.yaml')));
    for (const target of [answers, copy]) {
      const before = readFileSync(target, 'utf8');
      const r = await cli(['report', answers, '-q', copy, '--output', target]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is one of the input files');
      expect(readFileSync(target, 'utf8')).toBe(before);
    }
  });
});

describe('thresholds', () => {
  it('--fail-under: exit 1 when the components index is below N, the report still printed', async () => {
    const r = await cli(['report', SEVERAL, '-q', MINI, '--fail-under', '60']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Gap report');
    expect(r.stderr).toBe('impact-collectif: components index 55.0 is below --fail-under 60\n');
    expect((await cli(['report', SEVERAL, '-q', MINI, '--fail-under', '55'])).code).toBe(0);
  });

  it('--min-dimension: exit 1 when a scored dimension is below N, naming it', async () => {
    const r = await cli(['report', SEVERAL, '-q', MINI, '--min-dimension', '40', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Gap report');
    expect(r.stderr).toBe('impact-collectif: below --min-dimension 40: Title engagement-inclusif (16.7), Title apprentissage-strategique (33.3)\n');
    expect((await cli(['report', SEVERAL, '-q', MINI, '--min-dimension', '16.7'])).code).toBe(0);
  });

  it('one line per failed threshold; the --output file is still written', async () => {
    const out = join(dir, 'report.json');
    const r = await cli(['report', SEVERAL, '-q', MINI, '--fail-under', '90', '--min-dimension', '20', '--format', 'json', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(json(readFileSync(out, 'utf8')).indices.components).toBe(55);
  });

  it('an index that cannot be computed does not pass --fail-under; --min-dimension ignores unscored dimensions', async () => {
    const unknown = fixture('answers/mini/all-unknown.yaml');
    const failUnder = await cli(['report', unknown, '-q', MINI, '--fail-under', '0', '--lang', 'fr']);
    expect(failUnder.code).toBe(1);
    expect(failUnder.stderr).toContain('indice des composantes non calculé');
    expect((await cli(['report', unknown, '-q', MINI, '--min-dimension', '100'])).code).toBe(0);
  });
});

describe('colour', () => {
  const run = (env: NodeJS.ProcessEnv, tty: boolean, args: string[] = []) => cli(['report', SEVERAL, '-q', MINI, ...args], { env, tty });

  it('colours a terminal, not a pipe', async () => {
    expect((await run({}, true)).stdout).toMatch(ANSI);
    expect((await run({}, false)).stdout).not.toMatch(ANSI);
  });

  it('respects NO_COLOR and FORCE_COLOR (FORCE_COLOR=0 turns it off)', async () => {
    expect((await run({ NO_COLOR: '1' }, true)).stdout).not.toMatch(ANSI);
    expect((await run({ NO_COLOR: '' }, true)).stdout).toMatch(ANSI);
    expect((await run({ FORCE_COLOR: '1' }, false)).stdout).toMatch(ANSI);
    expect((await run({ FORCE_COLOR: '1', NO_COLOR: '1' }, false)).stdout).toMatch(ANSI);
    expect((await run({ FORCE_COLOR: '0' }, true)).stdout).not.toMatch(ANSI);
  });

  it('never colours Markdown or JSON, nor a file written from a terminal', async () => {
    expect((await run({ FORCE_COLOR: '1' }, true, ['--format', 'markdown'])).stdout).not.toMatch(ANSI);
    expect((await run({ FORCE_COLOR: '1' }, true, ['--format', 'json'])).stdout).not.toMatch(ANSI);
    const out = join(dir, 'r.txt');
    await run({}, true, ['--output', out]);
    expect(readFileSync(out, 'utf8')).not.toMatch(ANSI);
  });
});

describe('bad input: exit 2, one line naming file, line and column, nothing on stdout, no output file', () => {
  const header = 'questionnaire: mini\nterritory: T\nrespondent: { sector: etat }\nanswers:\n';
  const cases: [string, string, RegExp][] = [
    ['YAML syntax error', 'questionnaire: mini\nterritory: T\nrespondent: { sector: etat\nanswers: {}\n', /^FILE:\d+:\d+: /],
    ['unknown answer id', `${header}  urgence.q1: 2\n  urgence.q3: 1\n`, /^FILE:6:3: answers\.urgence\.q3: unknown question id "urgence\.q3" \(did you mean "urgence\.q1"\?\)$/],
    ['value out of range', `${header}  urgence.q1: 4\n`, /^FILE:5:15: answers\.urgence\.q1: must be 0, 1, 2, 3 or unknown/],
    ['value of the wrong type', `${header}  urgence.q1: deux\n`, /^FILE:5:15: answers\.urgence\.q1: must be 0, 1, 2, 3 or unknown/],
    ['unknown sector', 'questionnaire: mini\nterritory: T\nrespondent: { sector: etta }\n', /^FILE:3:23: respondent\.sector: unknown sector "etta" \(did you mean "etat"\?\)/],
    ['another questionnaire', `${header.replace('mini', 'impact-collectif-express')}`, /^FILE:1:16: questionnaire: uses questionnaire "impact-collectif-express", but the questionnaire is "mini"/],
    ['empty file', '', /^FILE: is empty/],
  ];
  for (const [what, text, message] of cases) {
    it(what, async () => {
      const file = join(dir, 'bad.yaml');
      writeFileSync(file, text);
      const out = join(dir, 'rapport.md');
      const r = await cli(['report', join(SEVERAL, 'a.yaml'), file, '-q', MINI, '--output', out]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(message.source.replace('FILE', file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))));
      expect(existsSync(out)).toBe(false);
    });
  }

  it('responses of two questionnaires, without --questionnaire: names the odd file', async () => {
    const r = await cli(['report', fixture('answers/express/one.yaml'), join(SEVERAL, 'a.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.yaml:2:16: questionnaire: uses questionnaire "mini", but the first response uses "impact-collectif-express"/);
  });

  it('an empty directory, a path that does not exist', async () => {
    const empty = join(dir, 'vide');
    mkdirSync(empty);
    const r1 = await cli(['report', empty, '-q', MINI]);
    expect([r1.code, r1.stdout, r1.stderr]).toEqual([2, '', `${empty}: directory has no *.yaml, *.yml or *.json file\n`]);
    const r2 = await cli(['report', join(dir, 'absent.yaml'), '-q', MINI]);
    expect([r2.code, r2.stdout, r2.stderr]).toEqual([2, '', `${join(dir, 'absent.yaml')}: no such file or directory\n`]);
  });

  it('leaves an existing --output file untouched', async () => {
    const out = join(dir, 'rapport.md');
    writeFileSync(out, 'previous report\n');
    const r = await cli(['report', join(dir, 'absent.yaml'), '-q', MINI, '--output', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous report\n');
  });
});

describe('the built binary', () => {
  it('prints the report in both languages, the same bytes on every run', () => {
    for (const lang of ['fr', 'en']) {
      const a = bin(['report', fixture('answers/express/several'), '--lang', lang]);
      expect(a.stderr).toBe('');
      expect(a.code).toBe(0);
      expect(a.stdout).toContain(lang === 'fr' ? 'Pistes prioritaires' : 'Priority recommendations');
      expect(a.stdout).not.toMatch(ANSI);
      expect(bin(['report', fixture('answers/express/several'), '--lang', lang]).stdout).toBe(a.stdout);
    }
  });

  it('reads standard input and gives exit 1 on a threshold', () => {
    const r = bin(['report', '-', '--format', 'markdown', '--fail-under', '50'], { stdin: readFileSync(fixture('answers/express/gate-failed.yaml'), 'utf8') });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('> [!WARNING]');
    expect(r.stderr).toBe('impact-collectif: components index 33.3 is below --fail-under 50\n');
  });

  it('honours FORCE_COLOR', () => {
    expect(bin(['report', fixture('answers/express/one.yaml')], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
  });
});
