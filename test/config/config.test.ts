// The configuration file: discovery, precedence (flag > file > default), line-precise errors, exit codes of
// error and warn assertions, --max-warnings, and `schema config`.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/scoring/report.js';
import { cli, fixture } from '../helpers/cli.js';

const SEVERAL = fixture('answers/express/several');
const CONFIG = fixture('config/thresholds.yaml');
const tmp = mkdtempSync(join(tmpdir(), 'ic-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let count = 0;

/** A folder holding `impact-collectif.config.<ext>` with `text`, and a subfolder to run from. */
function project(text: string, ext = 'yaml'): { dir: string; sub: string; file: string } {
  const dir = join(tmp, `p${count++}`);
  const sub = join(dir, 'answers', 'deep');
  mkdirSync(sub, { recursive: true });
  const file = join(dir, `impact-collectif.config.${ext}`);
  writeFileSync(file, text);
  return { dir, sub, file };
}

const json = (stdout: string) => JSON.parse(stdout) as Report;

describe('finding the configuration file', () => {
  it('is found in the current folder or above it, YAML or JSON', async () => {
    for (const [text, ext] of [['target: 60\n', 'yaml'], ['{ "target": 60 }\n', 'json']] as const) {
      const { sub } = project(text, ext);
      const r = await cli(['report', SEVERAL, '--format', 'json'], { cwd: sub });
      expect(r.code, r.stderr).toBe(0);
      expect(json(r.stdout).dimensions.every((d) => d.target === 60)).toBe(true);
    }
  });

  it('--config names one; --no-config ignores the one found', async () => {
    const { sub } = project('target: 60\n');
    const named = await cli(['report', SEVERAL, '--format', 'json', '--config', CONFIG], { cwd: sub });
    expect(json(named.stdout).thresholds).toHaveLength(4);
    expect(json(named.stdout).dimensions[0]!.target).toBe(75);
    const none = await cli(['report', SEVERAL, '--format', 'json', '--no-config'], { cwd: sub });
    expect(none.code).toBe(0);
    expect(json(none.stdout).dimensions[0]!.target).toBe(75);
    expect(json(none.stdout).thresholds).toBeUndefined();
  });

  it('without a file, the report has no thresholds key and the JSON is unchanged', async () => {
    const r = await cli(['report', SEVERAL, '--format', 'json'], { cwd: tmp });
    expect(Object.keys(json(r.stdout))).not.toContain('thresholds');
  });

  it('a questionnaire path in the file is relative to the file', async () => {
    const { sub, dir } = project('questionnaire: q/mini.yaml\n');
    mkdirSync(join(dir, 'q'));
    writeFileSync(join(dir, 'q', 'mini.yaml'), readFileSync(fixture('questionnaires/mini.yaml')));
    const r = await cli(['report', fixture('answers/mini/several'), '--format', 'json'], { cwd: sub });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).questionnaire.id).toBe('mini');
  });
});

describe('precedence: flag, then file, then the default', () => {
  it('lang: --lang over the file over the locale', async () => {
    const { sub } = project('lang: fr\n');
    expect((await cli(['report', SEVERAL], { cwd: sub })).stdout).toContain('Rapport d’écarts');
    expect((await cli(['report', SEVERAL, '--lang', 'en'], { cwd: sub })).stdout).toContain('Gap report');
    expect((await cli(['--lang', 'en', 'report', SEVERAL], { cwd: sub })).stdout).toContain('Gap report');
    expect((await cli(['report', SEVERAL], { cwd: tmp, env: { LANG: 'en_US.UTF-8' } })).stdout).toContain('Gap report');
  });

  it('target: --target over the file over the questionnaire', async () => {
    const { sub } = project('target: 60\n');
    const targets = async (args: string[], cwd: string) => json((await cli(['report', SEVERAL, '--format', 'json', ...args], { cwd })).stdout).dimensions.map((d) => d.target);
    expect(new Set(await targets(['--target', '90'], sub))).toEqual(new Set([90]));
    expect(new Set(await targets([], sub))).toEqual(new Set([60]));
    expect(new Set(await targets([], tmp))).toEqual(new Set([75]));
  });

  it('--fail-under replaces the file\'s assertion on the components index, keeping its place among the others', async () => {
    const r = await cli(['report', SEVERAL, '--format', 'json', '--config', CONFIG, '--fail-under', '40']);
    const t = json(r.stdout).thresholds!;
    expect(t.map((x) => x.id)).toEqual(['preconditions', 'gate', 'apprentissage-strategique', 'components']);
    expect(t.find((x) => x.id === 'components')).toEqual({ id: 'components', level: 'error', limit: 40, value: 45.3, met: true });
    // Still exit 1: the gate is an error-level assertion of the file, and it is not met.
    expect(r.code).toBe(1);
  });

  it('minGroupSize: the file\'s key is --min-group-size, and the flag overrides it', async () => {
    const { sub } = project('minGroupSize: 1\n');
    const r = await cli(['report', SEVERAL], { cwd: sub });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-group-size 1 would show a single person');
    expect((await cli(['report', SEVERAL, '--min-group-size', '2'], { cwd: sub })).code).toBe(0);
  });

  it('--questionnaire over the file', async () => {
    const { sub } = project('questionnaire: impact-collectif\n');
    const r = await cli(['report', SEVERAL, '--format', 'json', '-q', 'impact-collectif-express'], { cwd: sub });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout).questionnaire.id).toBe('impact-collectif-express');
  });
});

describe('exit codes', () => {
  it('an unmet error-level assertion: exit 1, one stderr line per unmet assertion, the report still written', async () => {
    const r = await cli(['report', SEVERAL, '--config', CONFIG, '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('## Thresholds');
    expect(r.stderr).toBe(
      [
        'impact-collectif: threshold not met: components index 45.3, below 50',
        'impact-collectif: threshold not met: not every precondition is met (lowest: 40.0, threshold 50)',
        'impact-collectif: warning: Strategic learning 33.3, below 40',
        '',
      ].join('\n'),
    );
  });

  it('warnings alone exit 0, unless more than --max-warnings', async () => {
    const passing = fixture('config/passing.yaml');
    const ok = await cli(['report', SEVERAL, '--config', passing, '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
    expect(json(ok.stdout).thresholds).toEqual([
      { id: 'components', level: 'error', limit: 40, value: 45.3, met: true },
      { id: 'apprentissage-strategique', level: 'warn', limit: 30, value: 33.3, met: true },
    ]);
    const { file } = project('thresholds:\n  - { on: apprentissage-strategique, min: 40, level: warn }\n  - { on: preconditions, min: 90, level: warn }\n');
    const warned = await cli(['report', SEVERAL, '--config', file, '--lang', 'fr']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe('impact-collectif: avertissement : Apprentissage stratégique 33,3, sous 40\nimpact-collectif: avertissement : indice des préconditions 57,8, sous 90\n');
    expect((await cli(['report', SEVERAL, '--config', file, '--max-warnings', '2'])).code).toBe(0);
    const over = await cli(['report', SEVERAL, '--config', file, '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('impact-collectif: 2 threshold warnings, more than --max-warnings 1\n');
    const zero = await cli(['report', SEVERAL, '--config', file, '--max-warnings', '0', '--lang', 'fr']);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toContain('2 avertissements de seuil, plus que --max-warnings 0');
  });

  it('maxWarnings in the file, overridden by the flag', async () => {
    const { sub } = project('maxWarnings: 0\nthresholds:\n  - { on: apprentissage-strategique, min: 40, level: warn }\n');
    expect((await cli(['report', SEVERAL], { cwd: sub })).code).toBe(1);
    expect((await cli(['report', SEVERAL, '--max-warnings', '1'], { cwd: sub })).code).toBe(0);
  });

  it('--max-warnings takes a whole number from 0', async () => {
    const r = await cli(['report', SEVERAL, '--max-warnings', '-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('impact-collectif: --max-warnings takes a whole number (0 or more), not "-1"\n');
  });
});

describe('a bad configuration file: one line per problem, at its line and column, exit 2, nothing on stdout', () => {
  const cases: [string, string, string, string][] = [
    ['a score out of range', 'lang: en\nthresholds:\n  - { on: components, min: 150 }\n', ':3:28: thresholds[0].min: must be at most 100', ':3:28: thresholds[0].min: doit valoir au plus 100'],
    ['a minimum missing', 'thresholds:\n  - on: components\n    level: warn\n', ':2:5: thresholds[0].min: is missing: give the lowest passing score (min: 0 to 100)', ':2:5: thresholds[0].min: manque'],
    ['a level that does not exist', 'thresholds:\n  - { on: gate, level: fatal }\n', ':2:24: thresholds[0].level: must be one of: error, warn', ':2:24: thresholds[0].level: doit'],
    ['an unknown key', 'treshold: []\n', ':1:1: treshold: unknown key', ':1:1: treshold: clé inconnue'],
    ['a YAML syntax error', 'thresholds:\n  - { on: gate\n', ':3:1: YAML syntax error: a closing } is missing', ':3:1: erreur de syntaxe YAML'],
    ['a dimension the questionnaire lacks', 'thresholds:\n  - { on: components, min: 10 }\n  - { on: apprentisage-strategique, min: 40 }\n', ':3:11: thresholds[1].on: "apprentisage-strategique" is neither components, preconditions, gate nor a dimension of the questionnaire (did you mean "apprentissage-strategique"?)', ':3:11: thresholds[1].on: « apprentisage-strategique » n’est ni'],
  ];
  it.each(cases)('%s', async (_name, text, en, fr) => {
    const { sub, file } = project(text);
    for (const [lang, expected] of [['en', en], ['fr', fr]] as const) {
      const r = await cli(['report', SEVERAL, '--lang', lang], { cwd: sub });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      expect(r.stderr).toContain(`${file}${expected}`);
    }
  });

  it('a file named with --config that does not exist', async () => {
    const r = await cli(['report', SEVERAL, '--config', join(tmp, 'nope.yaml')]);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`${join(tmp, 'nope.yaml')}: no such file or directory\n`);
  });
});

describe('schema config', () => {
  it('prints the JSON Schema of the file, with the assertions', async () => {
    const r = await cli(['schema', 'config']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { title: string; properties: Record<string, { items?: { properties: Record<string, unknown> } }> };
    expect(s.title).toBe('impact-collectif config');
    expect(Object.keys(s.properties)).toEqual(['$schema', 'questionnaire', 'lang', 'target', 'minGroupSize', 'maxWarnings', 'thresholds']);
    expect(Object.keys(s.properties.thresholds!.items!.properties)).toEqual(['on', 'min', 'level']);
  });
});

describe('compare', () => {
  it('takes the file\'s lang and questionnaire too; --no-config ignores it', async () => {
    const { sub } = project('lang: fr\nquestionnaire: impact-collectif-express\n');
    const before = fixture('answers/express/one.yaml');
    const r = await cli(['compare', before, SEVERAL, '--format', 'json'], { cwd: sub });
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { lang: string }).lang).toBe('fr');
    const none = await cli(['compare', before, SEVERAL, '--format', 'json', '--no-config'], { cwd: sub });
    expect((JSON.parse(none.stdout) as { lang: string }).lang).toBe('en');
  });
});

describe('a roll-up of several territories', () => {
  it('says on standard error that the file’s thresholds are not checked there, rather than passing silently', async () => {
    const T = fixture('answers/territories');
    const { sub } = project('thresholds:\n  - { on: components, min: 99, level: error }\n');
    const r = await cli(['report', `${T}/2025`, '--group-by', 'territory', '--territory-map', `${T}/map.yaml`, '--format', 'json', '--lang', 'fr'], { cwd: sub });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/impact-collectif\.config\.yaml: les seuils du fichier de configuration .* ne sont pas vérifiés sur une synthèse --group-by/);
    const quiet = await cli(['report', `${T}/2025`, '--group-by', 'territory', '--territory-map', `${T}/map.yaml`, '--format', 'json', '--no-config'], { cwd: sub });
    expect(quiet.stderr).not.toMatch(/config/);
  });
});
