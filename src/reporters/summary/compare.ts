// A comparison as a job summary: the Markdown comparison folded in <details>, under GitHub's 1 MiB limit.
import { summaryText } from '../../i18n/summary.js';
import { compare as markdownCompare } from '../markdown/compare.js';
import type { CompareReporter } from '../types.js';
import { withDetails } from './details.js';

export const compare: CompareReporter = (comparison, ctx) => {
  const full = markdownCompare(comparison, { ...ctx, color: false });
  // The comparison's own first lines (title and headline) stay visible; the rest is folded.
  const lines = full.split('\n');
  const cut = lines.findIndex((l, i) => i > 0 && l.startsWith('## '));
  const [head, rest] = cut > 0 ? [`${lines.slice(0, cut).join('\n').trimEnd()}\n`, lines.slice(cut).join('\n')] : ['', full];
  return withDetails(head, summaryText[ctx.lang].compareFull, rest, ctx.lang);
};
