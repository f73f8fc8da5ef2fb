// Markdown escaping: every string that comes from a file goes through `escapeMarkdown` before it reaches the report.
import { oneLine } from '../../io/sanitize.js';

/** What would start a link or a reference: see escapeMarkdown. */
const INERT = /(www)\.|[@#]|!(?=\d)|:(?=\/\/)|(?<=mailto|xmpp):/gi;

/**
 * Text from a file, made inert: on one line, trimmed, with a backslash before every character that could
 * start emphasis, code, a link or image ([), raw HTML or an entity (<, &), a heading, a blockquote, a
 * table cell break (|), strikethrough (~) or GitHub math ($), and before a leading list or thematic-break
 * marker ("- ", "+ ", "---", "1. "), since the text may open a list item. Parentheses and "!" need none
 * once "[" is escaped.
 *
 * Nothing from a file becomes a link either: GitHub's autolinks (GFM "autolinks (extension)": "http://…",
 * "www.…", "mailto:", e-mail addresses) and references (@mentions, #1, and GitLab's !1) start at a ":" before
 * "//" or after mailto/xmpp, at "www.", "@", "#" or "!" before a digit. Those characters are written as HTML
 * character references (&#58; &#46; &#64; &#35; &#33;): they show as themselves, but no longer trigger
 * anything (a backslash would not do: "\@" and "\#" still leave "@" and "#" in the rendered text).
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .trim()
    .replace(/[\\`*_[\]<>|~$&]/g, '\\$&')
    .replace(INERT, (m: string, www?: string) => (www ? `${www}&#46;` : `&#${m.codePointAt(0)};`))
    .replace(/^[-+](?=\s|-|$)/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
