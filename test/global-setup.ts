// Builds dist/ before the tests that run the real binary, only when it is stale (scripts/build-if-stale.mjs).
import { join } from 'node:path';
import { buildIfStale } from '../scripts/build-if-stale.mjs';

export default function setup(): void {
  buildIfStale(join(import.meta.dirname, '..'));
}
