// Markdown escaping: every string that comes from a file goes through `escapeMarkdown` before it reaches the report.
import { oneLine } from '../../io/sanitize.js';

/**
 * Text from a file, made inert: on one line, trimmed, with a backslash before every character that could
 * start emphasis, code, a link or image ([), raw HTML or an entity (<, &), a heading, a blockquote, a
 * table cell break (|), strikethrough (~) or GitHub math ($), and before a leading list or thematic-break
 * marker ("- ", "+ ", "---", "1. "), since the text may open a list item. Parentheses and "!" need none
 * once "[" is escaped.
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .trim()
    .replace(/[\\`*_[\]<>#|~$&]/g, '\\$&')
    .replace(/^[-+](?=\s|-|$)/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
