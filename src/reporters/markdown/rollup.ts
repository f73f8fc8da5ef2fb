// The roll-up in Markdown: the territories' table (linked to their reports in an --output-dir), then the spread.
import { rollupText } from '../../i18n/rollup.js';
import { dateRange, num, targetText } from '../format.js';
import type { RollupReporter } from '../types.js';
import { cellsOf, columnLabels, columnTitles, gateMark, quartileMark } from '../rollup.js';
import { escapeMarkdown as md } from './escape.js';

export const rollup: RollupReporter = (r, ctx) => {
  const t = rollupText[ctx.lang];
  const labels = columnLabels(r, ctx.lang);
  const titles = columnTitles(r, ctx.lang);
  const colon = ctx.lang === 'fr' ? ' :' : ':';
  const q = r.questionnaire;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const right = (n: number) => Array.from({ length: n }, () => '---:');
  const name = (x: (typeof r.territories)[number]) => {
    // A file name made by fileStems: letters, digits, hyphens and a dot, nothing to escape.
    const text = x.file ? `[${md(x.territory)}](${x.file})` : md(x.territory);
    return x.spellings.length ? `${text}<br>_${md(t.spellings(x.spellings.join(', ')))}_` : text;
  };
  const lines = [
    `# ${t.title}`,
    '',
    `- **${t.questionnaire}${colon}** ${md(q.title)} (${t.version(md(q.version))})`,
    `- **${t.period}${colon}** ${dateRange(r.dates, ctx.lang)}`,
    `- ${t.territories(r.territories.length)}, ${t.responses(r.responses)}`,
    '',
    row([t.head.territory, t.head.responses, t.head.sectors, ...labels, t.head.gate]),
    row(['---', ...right(2 + labels.length), ':---:']),
    ...r.territories.map((x) =>
      row([name(x), String(x.responses), String(x.sectors), ...cellsOf(x).map((s) => `${num(s.score, ctx.lang)}${quartileMark(s) ? ` ${quartileMark(s)}` : ''}`), gateMark(x)]),
    ),
    '',
    `_${labels.map((l, i) => `${l}${colon} ${md(titles[i]!)}`).join(' · ')}._`,
    '',
    `_${t.marks} ${t.gateLegend(targetText(r.gateThreshold, ctx.lang))}_`,
    '',
    `_${t.privacy}_`,
    '',
    `## ${t.spread}`,
    '',
    t.spreadIntro,
    '',
    row(Object.values(t.spreadHead)),
    row(['---', ...right(7)]),
    ...r.spread.map((s, i) =>
      row([`${labels[i]} ${md(titles[i]!)}`, String(s.territories), ...[s.min, s.q1, s.median, s.q3, s.max].map((v) => num(v, ctx.lang)), i < r.dimensions.length ? targetText(r.dimensions[i]!.target, ctx.lang) : '']),
    ),
    '',
  ];
  return lines.join('\n');
};
