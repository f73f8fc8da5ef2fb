// A catalogue code where a library takes a message string (zod's `message`): input/problems.ts finds it there.
// Kept apart from the texts, so that the schemas do not load every language.
import type { Code } from './types.js';

export function code(c: Code): Code {
  return c;
}
