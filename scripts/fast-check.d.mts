// Types of scripts/fast-check.mjs, for the test that checks src/answers/fast.ts is its output.
export function generate(schema: unknown, known: readonly object[]): string;
