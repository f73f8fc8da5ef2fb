// Golden files of the report command: compare, or rewrite them with UPDATE_GOLDEN=1 (then read the diff).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';
import { cli, fixture } from '../helpers/cli.js';

export const MINI = fixture('questionnaires/mini.yaml');

/** The report cases: answer paths (under test/fixtures/answers/) and extra arguments. */
export const CASES = {
  'express-one': ['express/one.yaml'],
  'express-several': ['express/several'],
  'express-gate-failed': ['express/gate-failed.yaml'],
  'express-all-unknown': ['express/all-unknown.yaml'],
  'mini-several': ['mini/several', '--questionnaire', MINI],
} as const;
export type CaseName = keyof typeof CASES;

/** Runs `report` in-process on a case; the run must succeed with nothing on stderr. */
export async function reportOf(name: CaseName, args: string[]): Promise<string> {
  const [path, ...rest] = CASES[name];
  const r = await cli(['report', fixture(`answers/${path}`), ...rest, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

export function expectGolden(actual: string, name: string): void {
  const file = fixture(`golden/report/${name}`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden file ${name} did not exist: written, read it and run again`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
