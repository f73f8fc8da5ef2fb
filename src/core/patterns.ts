// The rules of the file formats that are not structure (patterns, lengths), without zod: the schemas use them,
// and so does the quick check of answers/fast.ts, which must never accept what a schema refuses.

/**
 * Characters that change what a terminal shows rather than showing themselves: C0 controls except tab and
 * newline, DEL, C1 controls, bidirectional marks, embeddings, overrides and isolates (ALM, LRM, RLM, U+202A–E,
 * U+2066–9), and the line and paragraph separators U+2028 and U+2029. A text read from a file is refused when it
 * holds one (SAFE_TEXT); what is printed from elsewhere (file names, argv) shows them escaped (io/sanitize.ts).
 */
export const CONTROL_CLASS = '\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069';

/** Any text read from a file: none of the characters above. */
export const SAFE_TEXT = new RegExp(`^[^${CONTROL_CLASS}]*$`);
export const MAX_ID = 80;
export const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_QUESTION_ID = 2 * MAX_ID;
export const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Answer files: territory and respondent's name, version, comment. */
export const MAX_NAME = 200;
export const MAX_VERSION = 40;
export const MAX_COMMENT = 2000;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Numbers stay numbers: every number a questionnaire or a JSON report carries is bounded, so that no sum or
 * product of them overflows to Infinity or NaN (weights of 1e308 made a score NaN, and a NaN passed the gate).
 * Scores and targets are 0–100, levels 0–3; a weight is above 0 and at most MAX_WEIGHT; a count at most MAX_COUNT.
 */
export const MAX_WEIGHT = 1000;
export const MAX_COUNT = 1_000_000_000;

/** 2025-02-30 has the right shape but is no day: it would sort and print as if it were. */
export function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** Who answers: professionals of the partner organisations, or residents (families, young people). */
export const AUDIENCES = ['professionnels', 'habitants'] as const;

/** The two kinds of dimension: the preconditions first, then the components. */
export const DIMENSION_KINDS = ['precondition', 'component'] as const;
