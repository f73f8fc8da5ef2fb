// Terminal-safe strings: what comes from a file or argv is printed with its control characters made visible.

// C0 controls except tab and newline, DEL, C1 controls, and bidirectional overrides.
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Makes a string from a file or argv safe to print: control characters become visible escapes. */
export function sanitize(s: string): string {
  return s.replace(CONTROL_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Same as sanitize, and folds newlines and tabs into spaces, for one-line output. */
export function oneLine(s: string): string {
  return sanitize(s).replace(/[\t\n]+/g, ' ');
}
