// The one test for "a mapping" in parsed YAML or JSON.

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An absent or null mapping read as an empty one (an answer file's `answers:` left empty). */
export function orEmpty<T extends object>(v: T | null | undefined): T | Record<string, never> {
  return v ?? {};
}
