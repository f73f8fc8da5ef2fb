// Golden files of the report command: compare, or rewrite them with UPDATE_GOLDEN=1 (then read the diff).
import { expect } from 'vitest';
import { cli, fixture } from '../helpers/cli.js';
import { expectGolden as expectGoldenFile } from '../helpers/golden.js';

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

/** A golden file of the report command, under test/fixtures/golden/report/. */
export function expectGolden(actual: string, name: string): void {
  expectGoldenFile(actual, `report/${name}`);
}
