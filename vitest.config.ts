import { defineConfig } from 'vitest/config';

/**
 * The slow tests, which need more than Node: tmux, Chromium, real processes killed or starved of disk, the built
 * binary run many times over. `npm run test:unit` leaves them out; `npm test` runs both projects.
 * Wall-time checks are in test/bench, run by `npm run bench` (vitest.bench.config.ts), not here.
 * (Globs, not folders of their own: a file keeps its place beside the tests of the same subject.)
 */
const E2E = ['test/e2e/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/durability/**/*.test.ts', 'test/startup/**/*.test.ts', 'test/hostile/binary.test.ts', 'test/hostile/size.test.ts', 'test/package/**/*.test.ts'];

export default defineConfig({
  test: {
    // Generous: property tests run thousands of cases, and a loaded machine (CI, parallel work) slows them several times.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Builds dist/ when its inputs changed since the last build (a few unit tests run the binary too).
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...E2E, 'test/bench/**'] } },
      // Real processes, many of them: on a loaded machine (CI, the unit tests running beside) they need more time.
      // In CI, one more try for a test of this project that failed: a terminal or browser driven by timing, on a
      // shared machine, can miss a beat; a second failure fails the run (and the failure is printed either way).
      { extends: true, test: { name: 'e2e', include: E2E, testTimeout: 60_000, retry: process.env.CI ? 1 : 0 } },
    ],
  },
});
