// What a job summary holds below its compact part: the full Markdown inside <details>, cut to fit GitHub's limit.
import type { Lang } from '../../i18n/index.js';
import { summaryText } from '../../i18n/summary.js';

/** GitHub refuses a step summary over 1 MiB; this leaves room for what a job appends after it. */
export const SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024;

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** `head`, then `full` folded in <details>, whole lines of it only, with a note when it had to be cut. */
export function withDetails(head: string, label: string, full: string, lang: Lang): string {
  const open = `\n<details>\n<summary>${label}</summary>\n\n`;
  const close = '\n\n</details>\n';
  const whole = `${head}${open}${full.trimEnd()}${close}`;
  if (bytes(whole) <= SUMMARY_LIMIT) return whole;
  const total = bytes(full);
  // The note's length hardly depends on the figures in it: measured with the total twice, then kept whole lines.
  const note = (shown: number) => `\n\n> ${summaryText[lang].truncated(shown.toLocaleString(lang), total.toLocaleString(lang))}`;
  const budget = SUMMARY_LIMIT - bytes(head) - bytes(open) - bytes(close) - bytes(note(total));
  let used = 0;
  let end = 0;
  for (const line of full.split('\n')) {
    const size = bytes(line) + 1;
    if (used + size > budget) break;
    used += size;
    end += line.length + 1;
  }
  return `${head}${open}${full.slice(0, end).trimEnd()}${note(used)}${close}`;
}
