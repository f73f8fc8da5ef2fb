// `questionnaire export`, the built-in id suggested for a typo in -q, and the top-level help's examples.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bin, cli, ROOT } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ic-questionnaire-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const builtin = (id: string) => readFileSync(join(ROOT, 'questionnaires', `${id}.yaml`), 'utf8');

describe('questionnaire export', () => {
  it.each(['impact-collectif', 'impact-collectif-express'])('prints %s as its own file, comments and sources kept', async (id) => {
    for (const argv of [['questionnaire', 'export', id], ['questionnaire', 'export', id, '--output', '-']]) {
      const r = await cli(argv);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(builtin(id));
      expect(r.stdout).toMatch(/^# /);
      expect(r.stdout).toContain('source:');
    }
  });

  it('writes a file that validates and drives template, from the built binary run elsewhere (as after a global install)', () => {
    const r = bin(['questionnaire', 'export', 'impact-collectif', '--output', 'mon/questionnaire.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'mon/questionnaire.yaml'), 'utf8')).toBe(builtin('impact-collectif'));
    expect(bin(['validate', 'mon/questionnaire.yaml'], { cwd: dir })).toEqual({ code: 0, stdout: 'mon/questionnaire.yaml: ok (questionnaire)\n', stderr: '' });
    const t = bin(['template', '-q', 'mon/questionnaire.yaml'], { cwd: dir });
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('questionnaire: impact-collectif');
  });

  it('refuses an unknown id, suggesting the closest, in English and French', async () => {
    const en = await cli(['questionnaire', 'export', 'impact-collectif-expres']);
    expect(en).toEqual({
      code: 2,
      stdout: '',
      stderr: 'impact-collectif: unknown built-in questionnaire "impact-collectif-expres" (did you mean "impact-collectif-express"?); questionnaires: impact-collectif, impact-collectif-express\n',
    });
    const fr = await cli(['questionnaire', 'export', 'nope', '--lang', 'fr']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toBe('impact-collectif: questionnaire intégré inconnu « nope » ; questionnaires : impact-collectif, impact-collectif-express\n');
  });

  it('has a help with examples, in both languages', async () => {
    const en = await cli(['questionnaire', 'export', '--help']);
    expect(en.stdout).toContain('Examples:');
    expect(en.stdout).toContain('$ impact-collectif questionnaire export impact-collectif --output mon-questionnaire.yaml');
    const fr = await cli(['questionnaire', 'export', '--help', '--lang', 'fr']);
    expect(fr.stdout).toContain('Exemples :');
    expect(fr.stdout).toContain('commentaires');
  });
});

describe('a mistyped built-in id in -q', () => {
  it.each([
    ['template', ['template', '-q', 'impact-collectif-expres']],
    ['report', ['report', '-q', 'impact-collectif-expres', '-']],
  ])('%s suggests the closest built-in', async (_, argv) => {
    const r = await cli(argv, { stdin: 'questionnaire: impact-collectif-express\nterritory: T\nrespondent: { sector: etat }\nanswers: {}\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('impact-collectif-expres: no such file, nor a built-in questionnaire (did you mean "impact-collectif-express"?)\n');
  });

  it('lists the built-ins when none is close', async () => {
    const r = await cli(['template', '-q', 'zzz']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('zzz: no such file, nor a built-in questionnaire (built-in ones: impact-collectif, impact-collectif-express)\n');
  });
});

describe('the top-level help', () => {
  it('has examples, in both languages, each of a command it lists', async () => {
    for (const [argv, title] of [[['--help'], 'Examples:'], [['--help', '--lang', 'fr'], 'Exemples :']] as const) {
      const r = await cli([...argv]);
      expect(r.code).toBe(0);
      const examples = r.stdout.slice(r.stdout.indexOf(title));
      expect(examples).toContain('$ impact-collectif report ');
      expect(examples).toContain('$ impact-collectif questionnaire export ');
    }
  });

  it('no longer points validate at a questionnaires/ folder that a global install does not give', async () => {
    const r = await cli(['validate', '--help']);
    expect(r.stdout).not.toContain('questionnaires/');
  });
});
