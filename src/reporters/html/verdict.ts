// The threshold verdict in the HTML report: a section with a headline and a table, after the readiness gate.
import type { Lang } from '../../i18n/index.js';
import { verdictText } from '../../i18n/verdict.js';
import type { Report } from '../../scoring/report.js';
import { verdictOf } from '../verdict.js';
import { esc } from './escape.js';

const MARK = { met: '✓', error: '✗', warn: '!' } as const;

export function verdictSection(report: Report, lang: Lang): string {
  const v = verdictOf(report, lang);
  if (!v) return '';
  const t = verdictText[lang];
  const rows = v.rows.map(
    (r) =>
      `<tr class="verdict-${r.status}"><td>${esc(r.label)}</td><td>${esc(r.level)}</td><td class="num">${esc(r.limit)}</td>` +
      `<td class="num">${esc(r.value)}</td><td><span aria-hidden="true">${MARK[r.status]}</span> ${esc(r.result)}</td></tr>`,
  );
  return [
    `<section class="verdict verdict-${v.status}" id="thresholds" aria-labelledby="thresholds-heading">`,
    `<h2 id="thresholds-heading">${esc(t.title)}</h2>`,
    `<p><strong>${esc(v.headline)}</strong></p>`,
    '<div class="table-wrap">',
    '<table class="thresholds compact">',
    `<thead><tr><th scope="col">${esc(t.head.assertion)}</th><th scope="col">${esc(t.head.level)}</th><th scope="col" class="num">${esc(t.head.limit)}</th>` +
      `<th scope="col" class="num">${esc(t.head.value)}</th><th scope="col">${esc(t.head.status)}</th></tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    '</div>',
    '</section>',
  ].join('\n');
}
