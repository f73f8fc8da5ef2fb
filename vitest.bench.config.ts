import { defineConfig } from 'vitest/config';

/** The wall-time checks (`npm run bench`, after test/bench/bench.mjs): one file at a time, nothing else running. */
export default defineConfig({
  test: {
    include: ['test/bench/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['test/global-setup.ts'],
  },
});
