// Types of scripts/build-if-stale.mjs, for the tests' global set-up.
export function buildIfStale(root: string): void;
