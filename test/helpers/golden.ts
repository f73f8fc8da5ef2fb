// Golden files under test/fixtures/golden/: compare, or rewrite them with UPDATE_GOLDEN=1 (then read the diff).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect } from 'vitest';
import { fixture } from './cli.js';

export function expectGolden(actual: string, name: string): void {
  const file = fixture(`golden/${name}`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden file ${name} did not exist: written, read it and run again`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
