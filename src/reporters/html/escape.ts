// Escaping for HTML and SVG output: every string that comes from a file goes through `esc` before it reaches markup.
import { sanitize } from '../../io/sanitize.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values (HTML and XML alike). */
export function esc(s: string): string {
  return sanitize(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
