// What the built CLI loads: nothing heavy to start (--help, --version), neither zod nor yaml for a report of
// well-formed files (they are loaded only to explain a problem), no prompt library, no HTML code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT } from '../helpers/cli.js';

const HOOK = join(ROOT, 'test', 'startup', 'record-loads.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'impact-collectif-startup-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let count = 0;

/** The packages and source files whose code a run of the built CLI loaded (esbuild heads each module with its path). */
function loaded(argv: string[]): { code: number; packages: Set<string>; sources: Set<string> } {
  const log = join(tmp, `loads-${count++}.txt`);
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...argv], {
    env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', RECORD_LOADS: log },
    encoding: 'utf8',
    timeout: 20_000,
  });
  const packages = new Set<string>();
  const sources = new Set<string>();
  const add = (path: string) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
    if (pkg) packages.add(pkg);
    else if (path.startsWith('src/')) sources.add(path);
  };
  for (const entry of readFileSync(log, 'utf8').split('\n').filter(Boolean)) {
    const file = entry.startsWith('file:') ? fileURLToPath(entry) : entry;
    if (file.startsWith(join(ROOT, 'dist'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/^\/\/ ((?:src|node_modules)\/\S+)$/gm)) add(m[1]!);
    } else add(file);
  }
  return { code: r.status ?? -1, packages, sources };
}

const ONE = fixture('answers/collective/01-college-jean-zay.yaml');
const HEAVY = ['zod', 'yaml', '@inquirer/prompts', '@inquirer/core'];

describe('start-up of the built CLI', () => {
  it.each([['--help'], ['--version'], ['report', '--help']])('%s loads commander and the CLI texts only', (...argv) => {
    const r = loaded(argv);
    expect(r.code).toBe(0);
    expect([...r.packages]).toEqual(['commander']);
    // No reading, no checking, no reporting: only registries (index.ts) and texts.
    expect([...r.sources].filter((s) => /schema\.ts$|^src\/(answers|input|questionnaire)\/|^src\/reporters\/(?!(compare\/)?index\.ts$)/.test(s))).toEqual([]);
  });

  it('a report of one well-formed file loads neither zod nor yaml, nor prompts, nor HTML', () => {
    for (const format of ['terminal', 'json']) {
      const r = loaded(['report', ONE, '--format', format]);
      expect(r.code).toBe(0);
      expect(HEAVY.filter((p) => r.packages.has(p))).toEqual([]);
      expect([...r.sources].filter((s) => /^src\/(reporters\/(html|svg)|prompts\.ts|assess\/|commands\/assess)|schema\.ts$/.test(s))).toEqual([]);
      if (format === 'json') expect(['chalk', 'cli-table3'].filter((p) => r.packages.has(p))).toEqual([]);
    }
  });

  it('loads zod and yaml to explain a file that is not well formed', () => {
    const bad = join(tmp, 'bad.yaml');
    const text = readFileSync(ONE, 'utf8').replace('urgence.enjeu-precis: 2', 'urgence.enjeu-precis: 7');
    writeFileSync(bad, text);
    const r = loaded(['report', bad]);
    expect(r.code).toBe(2);
    expect(['zod', 'yaml'].filter((p) => r.packages.has(p))).toEqual(['zod', 'yaml']);
  });
});
