// Terminal-safe strings: what comes from a file or argv is printed with its control characters made visible.

import { CONTROL_CLASS } from '../core/patterns.js';

/** The characters of CONTROL_CLASS: C0 and C1 controls (but tab and newline), bidi controls, U+2028 and U+2029. */
export const CONTROL_CHARS = new RegExp(`[${CONTROL_CLASS}]`, 'g');

/** Makes a string from a file or argv safe to print: control characters become visible escapes. */
export function sanitize(s: string): string {
  return s.replace(CONTROL_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Same as sanitize, and folds newlines and tabs into spaces, for one-line output. */
export function oneLine(s: string): string {
  return sanitize(s).replace(/[\t\n]+/g, ' ');
}
