// assess on the command line, without a person: refusal without a terminal, bad options, files it will not resume.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, bin, cli, ROOT } from '../helpers/cli.js';

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ic-assess-cli-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('assess without a terminal', () => {
  it.each([
    ['assess', ['assess'], {}],
    ['no command at all', [], {}],
    ['--lang fr', ['assess', '--lang', 'fr'], {}],
    ['a terminal, but CI set', ['assess'], { tty: true, env: { CI: 'true' } }],
  ] as [string, string[], { tty?: boolean; env?: NodeJS.ProcessEnv }][])('%s: exit 2, pointing to template and report, never a prompt', async (_name, argv, opts) => {
    const r = await cli(argv, opts);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('impact-collectif template');
    expect(r.stderr).toContain('impact-collectif report');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('under `npm start` (a clone, the binary not on the PATH) the commands it suggests are `npm start -- …`', async () => {
    for (const lang of ['en', 'fr']) {
      const r = await cli(['assess', '--lang', lang], { env: { npm_lifecycle_event: 'start' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('npm start -- template --output');
      expect(r.stderr).toContain('npm start -- report');
      expect(r.stderr).not.toContain('impact-collectif template');
    }
  });

  it('the built binary with no argument and a pipe for stdin refuses at once (no hang)', () => {
    // bin() gives up after 20 s: a hang fails with no exit code.
    const r = bin([], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('impact-collectif template');
  });

  it('loads Inquirer only for a real session: not for other commands, not to refuse', () => {
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', join(ROOT, 'test/assess/trace-inquirer.mjs'), BIN, ...args], { input: '', encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
    // The tracer works: loading Inquirer is seen, as an ES module and as the built CLI loads it.
    const control = spawnSync(process.execPath, ['--import', join(ROOT, 'test/assess/trace-inquirer.mjs'), '--input-type=module', '-e', "await import('@inquirer/prompts')"], { cwd: ROOT, encoding: 'utf8' });
    expect(control.stderr).toContain('INQUIRER @inquirer/prompts');
    const built = spawnSync(process.execPath, ['--import', join(ROOT, 'test/assess/trace-inquirer.mjs'), '-e', "require('./dist/vendor/inquirer.cjs')"], { cwd: ROOT, encoding: 'utf8' });
    expect(built.stderr).toContain(join('dist', 'vendor', 'inquirer.cjs'));
    for (const args of [['list'], ['assess'], []]) {
      const r = run(args);
      expect(r.stderr).not.toContain('INQUIRER');
    }
  });

  it('a mistyped command is an unknown command, with a suggestion', async () => {
    const r = await cli(['lsit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "lsit"');
    expect(r.stderr).toContain('"list"');
  });

  it('documents its options', async () => {
    const r = await cli(['assess', '--help']);
    expect(r.code).toBe(0);
    for (const o of ['--questionnaire', '--save', '--resume', '--format', '--output', '--lang']) expect(r.stdout).toContain(o);
  });
});

describe('assess refuses before any prompt', () => {
  it('--resume and --save together', async () => {
    const r = await cli(['assess', '--resume', 'a.yaml', '--save', 'b.yaml'], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--resume');
  });

  it('an unknown --format', async () => {
    const r = await cli(['assess', '--format', 'pdf'], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format');
  });

  it('--resume on a missing file', async () => {
    const dir = tmp();
    const r = await cli(['assess', '--resume', join(dir, 'nope.yaml')], { tty: true, cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.yaml');
  });

  it('--resume or --save on a file that is not a valid answer file: its problems, and it is left alone', async () => {
    const dir = tmp();
    const file = join(dir, 'notes.yaml');
    writeFileSync(file, 'questionnaire: impact-collectif-express\nterritory: X\nrespondent: { sector: nowhere }\n');
    for (const flag of ['--resume', '--save']) {
      const r = await cli(['assess', flag, file], { tty: true, cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/notes\.yaml:3:\d+: respondent\.sector: unknown sector "nowhere"/);
    }
  });

  it('--resume on a file with several responses', async () => {
    const dir = tmp();
    const file = join(dir, 'two.yaml');
    const one = 'questionnaire: impact-collectif-express\nterritory: X\nrespondent: { sector: autre }\nanswers: {}\n';
    writeFileSync(file, `${one}---\n${one}`);
    const r = await cli(['assess', '--resume', file], { tty: true, cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2 responses');
  });
});
