// The job summary (report --format summary, for $GITHUB_STEP_SUMMARY): the verdict, the scores with bars, the gate
// and the first challenges in a few kilobytes, the full Markdown report folded below, always under 1 MiB.
import { reportText } from '../../i18n/report.js';
import { summaryText } from '../../i18n/summary.js';
import { gateHeadline, indexText, KINDS, preconditionLines, reasonText, recommendationHeading } from '../advice.js';
import { barText } from '../bar.js';
import { num, targetText } from '../format.js';
import { escapeMarkdown as md } from '../markdown/escape.js';
import { report as markdownReport } from '../markdown/report.js';
import { verdictMarkdown } from '../markdown/verdict.js';
import type { Reporter } from '../types.js';
import { withDetails } from './details.js';

const TOP = 3;
const GATE = { met: '✅', fragile: '🟡', unmet: '❌', unknown: '❔' } as const;

export const report: Reporter = (report, ctx) => {
  const t = summaryText[ctx.lang];
  const rt = reportText[ctx.lang];
  const L = ctx.lang;
  const verdict = verdictMarkdown(report, ctx, 3);
  const head = gateHeadline(report, L);
  const top = report.recommendations.slice(0, TOP);
  const compact = [
    `## ${t.title(md(report.territory))}`,
    '',
    `_${t.facts(report.responses, `${md(report.questionnaire.title)} ${md(report.questionnaire.version)}`)}_`,
    '',
    verdict || `ℹ️ ${t.noThresholds}`,
    '',
    `### ${t.scores}`,
    '',
    `| ${rt.table.dimension} | ${rt.table.score} | ${rt.table.bar} | ${rt.table.target} |`,
    '| :-- | --: | :-- | --: |',
    ...report.dimensions.map((d) => `| ${md(d.title)} | ${num(d.score, L)} | ${d.score === null ? '' : `\`${barText(d.score, d.target)}\``} | ${targetText(d.target, L)} |`),
    '',
    ...KINDS.map((kind) => {
      const index = indexText(report.indices[kind === 'precondition' ? 'preconditions' : 'components'], L);
      return `- **${rt.indices[kind]}${L === 'fr' ? ' :' : ':'} ${index.value}** ${index.rest}`;
    }),
    '',
    `### ${t.gate}`,
    '',
    `${GATE[head.status]} ${head.text}`,
    '',
    ...preconditionLines(report, L, md).map((p) => `- ${GATE[p.status]} ${p.text}`),
    '',
    `### ${t.challenges(top.length || TOP)}`,
    '',
    ...(top.length ? top.map((r) => `${r.rank}. **${recommendationHeading(r, report, L, md)}** (${reasonText(r, report, L, md)})`) : [t.noChallenge]),
    '',
  ].join('\n');
  return withDetails(compact, t.full, markdownReport(report, { ...ctx, color: false }), L);
};
