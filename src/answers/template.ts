// An answer-file skeleton: every question with its text and four level descriptions as YAML comments.
import { stringify } from 'yaml';
import { commandText } from '../i18n/commands.js';
import type { Lang, Questionnaire } from '../questionnaire/schema.js';
import { audienceOf, forAudience } from '../questionnaire/audience.js';
import { localize } from '../i18n/localize.js';
import { wrapParagraphs } from '../io/width.js';

export interface TemplateOptions {
  lang: Lang;
  territory?: string;
  sector?: string;
}

const WIDTH = 100;

/** With a sector, only the questions meant for its audience, in their words for it; without, every question. */
export function renderTemplate(full: Questionnaire, opts: TemplateOptions): string {
  const q = opts.sector === undefined ? full : forAudience(full, audienceOf(full, opts.sector));
  const t = commandText[opts.lang].template;
  const L = (text: Parameters<typeof localize>[0]) => localize(text, opts.lang);
  const lines: string[] = [];
  const comment = (text: string, indent = '', hanging = '') => lines.push(...wrapParagraphs(text, WIDTH - indent.length - 2, hanging).map((l) => `${indent}# ${l}`.trimEnd()));
  const scalar = (v: string) => stringify(v, { lineWidth: 0 }).trimEnd();

  comment(t.header(L(q.title), q.version));
  lines.push('#');
  t.howTo.forEach((l) => comment(l));
  lines.push(`questionnaire: ${q.id}`, `version: ${scalar(q.version)}`);
  comment(t.territory);
  lines.push(`territory: ${opts.territory !== undefined ? scalar(opts.territory) : ''}`.trimEnd());
  lines.push('respondent:');
  comment(t.sector(q.sectors.map((s) => `${s.id} (${L(s.label)})`).join(', ')), '  ');
  lines.push(`  sector: ${opts.sector ?? ''}`.trimEnd());
  comment(t.name, '  ');
  lines.push('  # name: ');
  comment(t.date);
  lines.push('# date: 2025-02-04');
  lines.push('answers:');

  const total = q.dimensions.reduce((n, d) => n + d.questions.length, 0);
  let number = 0;
  const counts = { precondition: 0, component: 0 };
  const totals = {
    precondition: q.dimensions.filter((d) => d.kind === 'precondition').length,
    component: q.dimensions.filter((d) => d.kind === 'component').length,
  };
  for (const d of q.dimensions) {
    counts[d.kind]++;
    if (!d.questions.length) continue;
    lines.push('');
    comment(`── ${t[d.kind]} ${counts[d.kind]}/${totals[d.kind]} · ${L(d.title)} ──`, '  ');
    comment(L(d.summary), '  ');
    for (const question of d.questions) {
      number++;
      lines.push('');
      comment(`${number}/${total}. ${L(question.text)}`, '  ', '   ');
      if (question.help) comment(L(question.help), '  ', '   ');
      question.levels.forEach((level, i) => comment(`${i} — ${L(level)}`, '  ', '    '));
      lines.push(`  ${question.id}:`);
    }
  }
  return `${lines.join('\n')}\n`;
}
