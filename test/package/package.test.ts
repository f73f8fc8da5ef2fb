// What a user installs: the tarball `npm pack` makes (only what runs, no runtime dependency, no install script),
// installed into a temporary prefix with --ignore-scripts and no network, then run from another folder; and the
// CI examples of examples/ci/, whose commands are run here as their CI services would run them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isBuiltin } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixture, ROOT } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
};
const tmp = mkdtempSync(join(tmpdir(), 'ic-package-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** npm as a user runs it: its own cache folder, no update check, nothing from the test runner's npm settings. */
function npmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const keep = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return {
    ...keep,
    // The Node running the tests first (Node 22 or 24 in CI), for npm and for the installed command.
    PATH: [dirname(process.execPath), process.env.PATH].join(delimiter),
    npm_config_cache: join(tmp, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    ...extra,
  };
}

function sh(command: string, cwd: string, env: NodeJS.ProcessEnv) {
  const r = spawnSync('bash', ['-e', '-c', command], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let tarball = '';
beforeAll(() => {
  // dist/ is built by the test set-up: packed as it is (--ignore-scripts skips prepack's build, which makes the same).
  const r = sh(`npm pack --ignore-scripts --pack-destination ${JSON.stringify(tmp)} --json`, ROOT, npmEnv());
  expect(r.code, r.stderr).toBe(0);
  const [info] = JSON.parse(r.stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(tmp, info!.filename);
  packed = info!.files.map((f) => f.path).sort();
}, 120_000);
let packed: string[] = [];

describe('the package', () => {
  it('builds on prepack, not on install: no prepare, preinstall, install or postinstall script', () => {
    expect(pkg.scripts.prepack).toBe('npm run --silent build');
    for (const s of ['prepare', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts[s], s).toBeUndefined();
  });

  it('has no runtime dependency: esbuild bundles every library into dist/', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    // What dist/ requires is Node's own modules and dist/ itself.
    for (const file of ['dist/main.cjs', ...readdirSync(join(ROOT, 'dist', 'vendor')).map((f) => `dist/vendor/${f}`)]) {
      const required = [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!);
      const outside = required.filter((id) => !isBuiltin(id) && !id.startsWith('./vendor/'));
      expect(outside, file).toEqual([]);
    }
  });

  it('ships only what users need: the launcher, the bundle, the questionnaires, the README', () => {
    expect(packed).toContain('bin/impact-collectif.js');
    expect(packed).toContain('dist/main.cjs');
    expect(packed).toContain('dist/vendor/yaml.cjs');
    expect(packed).toContain('questionnaires/impact-collectif.yaml');
    const allowed = /^(bin\/[\w.-]+\.(js|cjs|json)|dist\/.+|questionnaires\/.+\.(yaml|md)|README\.md|package\.json|LICENSE)$/;
    expect(packed.filter((p) => !allowed.test(p))).toEqual([]);
    expect(packed.filter((p) => /^(src|test|examples|scripts|node_modules|\.ci)\//.test(p))).toEqual([]);
  });

  it('installs into an empty prefix with --ignore-scripts and --offline, and runs from another folder', () => {
    const prefix = join(tmp, 'prefix');
    const install = sh(`npm install -g --prefix ${JSON.stringify(prefix)} ${JSON.stringify(tarball)} --ignore-scripts --offline`, tmp, npmEnv());
    expect(install.code, install.stderr).toBe(0);
    const installed = join(prefix, 'lib', 'node_modules', 'impact-collectif');
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    const elsewhere = join(tmp, 'elsewhere');
    mkdirSync(elsewhere);
    cpSync(fixture('answers/express/several'), join(elsewhere, 'reponses'), { recursive: true });
    const env = npmEnv({ PATH: [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter) });
    const version = sh('impact-collectif --version', elsewhere, env);
    expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const list = sh('impact-collectif list', elsewhere, env);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('impact-collectif-express');
    const report = sh('impact-collectif report reponses/ --format markdown --fail-under 40', elsewhere, env);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('# Gap report — Cité éducative des Tilleuls');
    // A bad file is explained by the `yaml` package, bundled too.
    writeFileSync(join(elsewhere, 'reponses', 'bad.yaml'), 'questionnaire: impact-collectif-express\nanswers: { a: 1\n');
    const bad = sh('impact-collectif report reponses/', elsewhere, env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^reponses\/bad\.yaml:3:1: YAML syntax error/);
  });
});

/** A repository as the examples expect it: the answers, the configuration, the tarball in tools/. */
function repository(name: string): string {
  const repo = join(tmp, name);
  cpSync(fixture('answers/collective'), join(repo, 'reponses'), { recursive: true });
  cpSync(join(ROOT, 'examples', 'ci', 'impact-collectif.config.yaml'), join(repo, 'impact-collectif.config.yaml'));
  mkdirSync(join(repo, 'tools'));
  cpSync(tarball, join(repo, 'tools', `impact-collectif-${pkg.version}.tgz`));
  return repo;
}

/** A CI runner's environment: a global npm prefix of its own (so `npm install -g` stays in the test's folder). */
function runner(repo: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const prefix = join(repo, '..', `${repo.split('/').pop()}-prefix`);
  return npmEnv({ npm_config_prefix: prefix, PATH: [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter), LANG: 'C.UTF-8', ...extra });
}

describe('the CI examples run as written', () => {
  it('GitHub Actions: every run step, in order, as `bash -e`; the summary, and the artifacts it uploads', () => {
    const workflow = parse(readFileSync(join(ROOT, 'examples', 'ci', 'github-actions.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { run?: string; uses?: string; with?: { path?: string } }[] }>;
    };
    const steps = workflow.jobs.report!.steps;
    const repo = repository('github');
    const summary = join(tmp, 'step-summary.md');
    writeFileSync(summary, '');
    const env = runner(repo, { GITHUB_STEP_SUMMARY: summary, CI: 'true', GITHUB_ACTIONS: 'true' });
    const runs = steps.filter((s) => s.run !== undefined);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const step of runs) {
      const r = sh(step.run!, repo, env);
      expect(r.code, `${step.run}\n${r.stderr}`).toBe(0);
    }
    const text = readFileSync(summary, 'utf8');
    expect(text).toContain('## Auto-évaluation de la coopération');
    expect(text).toContain('<details>');
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const dir = join(repo, upload.with!.path!);
    expect(readdirSync(dir).sort()).toEqual(['rapport.html', 'rapport.json']);
    const report = JSON.parse(readFileSync(join(dir, 'rapport.json'), 'utf8')) as { lang: string; thresholds: { id: string; met: boolean }[] };
    expect(report.lang).toBe('fr');
    expect(report.thresholds.map((t) => t.id)).toEqual(['components', 'preconditions', 'gate', 'apprentissage-strategique']);
  });

  it('GitHub Actions: a threshold not met fails the summary step, not the artifact step', () => {
    const workflow = parse(readFileSync(join(ROOT, 'examples', 'ci', 'github-actions.yml'), 'utf8')) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const repo = repository('github-failing');
    writeFileSync(join(repo, 'impact-collectif.config.yaml'), 'thresholds:\n  - { on: components, min: 90 }\n');
    const summary = join(tmp, 'step-summary-failing.md');
    const env = runner(repo, { GITHUB_STEP_SUMMARY: summary });
    const [install, artifacts, gate] = workflow.jobs.report!.steps.filter((s) => s.run !== undefined).map((s) => sh(s.run!, repo, env));
    expect(install!.code).toBe(0);
    expect(artifacts!.code).toBe(0);
    expect(gate!.code).toBe(1);
    expect(gate!.stderr).toContain('impact-collectif: threshold not met: components index 42.6, below 90');
    expect(readFileSync(summary, 'utf8')).toContain('❌ **1 threshold checked: 1 error, 0 warnings.**');
  });

  it('GitLab CI: the script, as one `bash -e` script; the artifacts it keeps', () => {
    const job = (parse(readFileSync(join(ROOT, 'examples', 'ci', 'gitlab-ci.yml'), 'utf8')) as Record<string, { script: string[]; artifacts: { paths: string[] } }>)['cooperation-report']!;
    const repo = repository('gitlab');
    const r = sh(job.script.join('\n'), repo, runner(repo, { CI: 'true', GITLAB_CI: 'true' }));
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(repo, job.artifacts.paths[0]!)).sort()).toEqual(['rapport.html', 'rapport.json', 'rapport.md']);
    expect(readFileSync(join(repo, 'rapport', 'rapport.md'), 'utf8')).toContain('## Seuils');
  });
});
