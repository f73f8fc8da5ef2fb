// The facilitator's kit in Markdown: the same content as the HTML kit, to edit, share or paste into a wiki.
import { reportText } from '../../i18n/report.js';
import { workshopText } from '../../i18n/workshop.js';
import type { Kit, Placemat } from '../../workshop/kit.js';
import { coverageWords, gateHeadline, preconditionLines, reasonText, recommendationHeading } from '../advice.js';
import { distributionText, levelText, scaleLegend, splitText } from '../collective.js';
import { num, targetText } from '../format.js';
import { escapeMarkdown as md } from './escape.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function agenda(kit: Kit): string[] {
  const t = workshopText[kit.lang];
  const colon = kit.lang === 'fr' ? ' :' : ':';
  const clock = (m: number) => t.agenda.clock(m % (24 * 60));
  const out = [`## ${t.agenda.title}`, '', t.agenda.intro, ''];
  for (const s of kit.agenda) {
    const step = t.steps[s.id];
    out.push(`### ${clock(s.from)} – ${clock(s.from + s.minutes)} · ${step.title} (${t.agenda.minutes(s.minutes)})`, '');
    for (const f of s.facts) out.push(`*${md(f)}*`, '');
    out.push(`**${t.agenda.says}${colon}** ${step.says}`, '', `**${t.agenda.asks}${colon}**`, '', ...step.asks.map((a) => `- ${a}`), '');
  }
  out.push(t.agenda.material);
  return out;
}

function placemat(kit: Kit, p: Placemat): string[] {
  const t = workshopText[kit.lang].placemat;
  const L = kit.lang;
  const d = p.dimension;
  const colon = L === 'fr' ? ' :' : ':';
  const figures = [
    `**${t.score}${colon}** ${d.score === null ? t.notScored : `${num(d.score, L)}/100`}`,
    `${t.band}${colon} ${d.band ? md(d.band.label) : '—'}`,
    `${t.target}${colon} ${targetText(d.target, L)}`,
    `${t.gap}${colon} ${num(d.gap, L)}`,
  ].join(' · ');
  const out = [
    `### ${t.kind[d.kind]} — ${md(d.title)}`,
    '',
    `*${md(d.summary)}*`,
    '',
    figures,
    '',
    coverageWords(d, L).join(' · '),
    '',
    row([t.question, t.answers, t.mean, t.unknown]),
    row([':--', ':--', '--:', '--:']),
    ...d.questions.map((q) => row([`${md(q.text)}${p.divergent.includes(q.id) ? ` ⚠ *${t.divergent}*` : ''}`, `\`${distributionText(q.distribution)}\``, num(q.mean, L), String(q.unknown)])),
    '',
    t.legend(md(scaleLegend(kit.report))),
    '',
    `**${t.asks}**`,
    '',
    ...p.asks.map((a) => `- ${md(a)}`),
  ];
  if (p.comments.length) {
    out.push('', `**${t.comments}**`, '');
    for (const c of p.comments) out.push(`> **${md(levelText(kit.report, c.value as 0 | 1 | 2 | 3 | 'unknown', L))}** — ${md(c.text)}`, '');
    if (p.moreComments) out.push(t.moreComments(p.moreComments));
    else out.pop();
  }
  out.push('', `**${t.notes}**${L === 'fr' ? ' :' : ':'} …`);
  return out;
}

function divergences(kit: Kit): string[] {
  const t = workshopText[kit.lang].divergences;
  const out = [`## ${t.title}`, ''];
  if (kit.report.responses < 2) return [...out, t.single];
  if (!kit.divergences.length) return [...out, t.none];
  out.push(t.intro, '');
  kit.divergences.forEach((x, i) => {
    out.push(`### ${i + 1}. ${md(x.divergence.text)}`, '', `${md(x.dimension)} · ${splitText(x.divergence, kit.lang)} · \`${distributionText(x.divergence.distribution)}\``, '');
    out.push(...x.prompts.map((p, k) => `${k + 1}. ${p}`), '');
  });
  out.push(md(scaleLegend(kit.report)));
  return out;
}

function recommendations(kit: Kit): string[] {
  const t = workshopText[kit.lang].recommendations;
  const rt = reportText[kit.lang];
  const report = kit.report;
  const out = [`## ${t.title}`, ''];
  if (!report.recommendations.length) return [...out, t.none];
  out.push(t.intro, '');
  for (const r of report.recommendations) {
    out.push(`### ${r.rank}. ${recommendationHeading(r, report, kit.lang, md)}`, '', `*${reasonText(r, report, kit.lang, md)}*`, '');
    if (r.practices.length) out.push(`**${t.practices}**`, '', ...r.practices.map((p) => `- [ ] ${md(p.text)}`), '');
    else if (r.seeAlso.length) out.push(t.seeAlso(r.seeAlso.join(', ')), '');
    else out.push(rt.noPractice, '');
  }
  out.pop();
  return out;
}

function planGrid(kit: Kit): string[] {
  const t = workshopText[kit.lang].plan;
  const empty = row(t.columns.map(() => ' '));
  return [
    `## ${t.title}`,
    '',
    t.intro('`impact-collectif plan init rapport.json --pick 1,3,4 --output plan.yaml`'),
    '',
    row(t.columns),
    row(t.columns.map(() => '---')),
    ...Array.from({ length: 8 }, () => empty),
  ];
}

export function workshopMarkdown(kit: Kit): string {
  const t = workshopText[kit.lang];
  const report = kit.report;
  const represented = report.sectors.filter((s) => s.responses > 0).length;
  const gate = [`**${gateHeadline(report, kit.lang).text}**`, '', ...preconditionLines(report, kit.lang, md).map((p) => `- ${p.text}`)];
  const blocks = [
    [`# ${t.docTitle(md(report.territory))}`, '', `${md(report.questionnaire.title)} · ${t.subtitle(report.responses, represented, t.duration[kit.duration])}`, '', ...gate],
    agenda(kit),
    [`## ${t.placemat.title}`],
    ...kit.placemats.map((p) => placemat(kit, p)),
    divergences(kit),
    recommendations(kit),
    planGrid(kit),
    [`*${t.disclaimer}*`],
  ];
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
