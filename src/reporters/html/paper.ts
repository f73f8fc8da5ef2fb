// The paper questionnaire (`template --format html`): an A4 form to print, one audience's questions with the four
// situations as tick boxes, « je ne sais pas » and a comment line, numbered as `assess --quick` asks them.
import { estimateMinutes } from '../../assess/estimate.js';
import { itemsOf } from '../../assess/items.js';
import { assessText } from '../../i18n/assess.js';
import { commandText } from '../../i18n/commands.js';
import { localize } from '../../i18n/localize.js';
import { audienceOf, forAudience } from '../../questionnaire/audience.js';
import type { Lang, LocalizedText, Questionnaire } from '../../questionnaire/schema.js';
import { VERSION } from '../../core/version.js';
import { esc } from './escape.js';
import { page } from './page.js';

export interface PaperOptions {
  lang: Lang;
  territory?: string;
  /** The respondents' sector: the form is its audience's (the sector printed, not ticked); without, the professionals'. */
  sector?: string;
}

/** French spacing: the space before « ? : ! ; » » and after « « » cannot break (a browser may break a plain one). */
function typeset(s: string, lang: Lang): string {
  return lang === 'fr' ? s.replace(/ ([?!:;\u00bb])/g, '\u00a0$1').replace(/\u00ab /g, '\u00ab\u00a0') : s;
}

const tick = '<span class="tick" aria-hidden="true"></span>';

export function paperQuestionnaire(full: Questionnaire, opts: PaperOptions): string {
  const { lang } = opts;
  const t = commandText[lang].template;
  const p = t.paper;
  const colon = assessText[lang].colon.replace(/^ /, '\u00a0');
  const L = (text: LocalizedText | undefined) => esc(typeset(localize(text, lang), lang));
  const T = (text: string) => esc(typeset(text, lang));
  const sector = opts.sector === undefined ? undefined : full.sectors.find((s) => s.id === opts.sector);
  const audience = audienceOf(full, opts.sector ?? '');
  const q = forAudience(full, audience);
  const items = itemsOf(q);
  const [low, high] = estimateMinutes(q, lang);
  const time = low === high ? assessText[lang].time.about(low) : assessText[lang].time.range(low, high);

  const field = (label: string, value?: string) =>
    `<p class="field"><span class="label">${T(label)}${colon}</span><span class="blank">${value === undefined ? '' : esc(value)}</span></p>`;
  const out: string[] = ['<header class="paper-header">'];
  out.push(`<p class="kicker">${T(p.kicker)} · ${esc(q.id)} ${esc(q.version)}</p>`, `<h1>${L(q.title)}</h1>`);
  out.push('<section class="respondent">', field(p.territory, opts.territory));
  if (sector) out.push(field(p.sector, localize(sector.label, lang)));
  else {
    out.push(`<p class="field"><span class="label">${T(p.sector)}${colon}</span><span class="hint">${T(p.sectorHint)}</span></p>`, '<ul class="sectors">');
    for (const s of q.sectors.filter((x) => x.audience === audience)) out.push(`<li>${tick}${L(s.label)}</li>`);
    out.push('</ul>');
  }
  out.push(field(p.name), field(p.date), '</section>');
  out.push('<section class="how">', `<h2>${T(p.howTo)}</h2>`, '<ul>', ...p.howToLines.map((l) => `<li>${T(l)}</li>`), '</ul>');
  out.push(`<p class="length">${T(p.length(items.length, time))}</p>`, '</section>', '</header>', '<main>');

  const totals = { precondition: 0, component: 0 };
  for (const d of q.dimensions) totals[d.kind]++;
  const seen = { precondition: 0, component: 0 };
  for (const d of q.dimensions) {
    seen[d.kind]++;
    const mine = items.filter((i) => i.dimension.id === d.id);
    if (!mine.length) continue;
    out.push(`<section class="dimension dimension-${d.kind}">`);
    // The dimension's heading never ends a page: it is held together with its first question.
    out.push('<div class="keep">', `<h2><span class="kind">${T(t[d.kind])} ${seen[d.kind]}/${totals[d.kind]}</span> ${L(d.title)}</h2>`);
    // The summaries are written for professionals: residents read only their questions, in their words.
    if (audience === 'professionnels') out.push(`<p class="summary">${L(d.summary)}</p>`);
    for (const [n, item] of mine.entries()) {
      const x = item.question;
      if (n === 1) out.push('</div>');
      out.push(`<section class="question" id="${esc(`q-${x.id}`)}">`);
      out.push(`<h3><span class="number">${item.number}.</span> ${L(x.text)}</h3>`);
      if (x.help) out.push(`<p class="help">${L(x.help)}</p>`);
      out.push('<ul class="levels">');
      x.levels.forEach((level, i) => out.push(`<li>${tick}<span class="digit">${i}</span> ${L(level)}</li>`));
      out.push(`<li class="unknown">${tick}<span class="digit">?</span> ${T(p.unknown)}</li>`, '</ul>');
      out.push(`<p class="comment-line"><span class="label">${T(p.comment)}${colon}</span><span class="blank"></span></p>`, '</section>');
    }
    if (mine.length === 1) out.push('</div>');
    out.push('</section>');
  }
  out.push('</main>');
  const entry = ['impact-collectif', 'assess', '--quick', '-q', q.id, ...(lang === 'en' ? ['--lang', 'en'] : [])].join(' ');
  out.push(`<footer><p>${T(p.entry(entry))}</p></footer>`);
  return page({ lang, title: `${localize(q.title, lang)} — ${p.kicker}`, generator: `impact-collectif ${VERSION}`, body: out.join('\n'), css: paperCss(`${q.id} ${q.version}`) });
}

/** The form's stylesheet: A4, large tick boxes drawn as borders (they print without background graphics), page numbers. */
function paperCss(footer: string): string {
  // In a CSS string: only characters that cannot end it or escape from it.
  const mark = footer.replace(/[^\w .-]/g, '');
  return `
:root { color-scheme: light; --line: #8c8c8c; --muted: #4d4d4d; --blue: #000091; }
* { box-sizing: border-box; }
html { background: #ffffff; color: #1a1a1a; font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
body { margin: 0 auto; max-width: 820px; padding: 24px 32px; }
h1 { font-size: 24px; margin: 2px 0 12px; line-height: 1.2; }
h2 { font-size: 18px; margin: 18px 0 4px; line-height: 1.25; }
h3 { font-size: 15px; margin: 0 0 4px; line-height: 1.3; }
p { margin: 0 0 6px; }
.paper-header { border-bottom: 3px solid var(--blue); padding-bottom: 8px; margin-bottom: 8px; }
.kicker { margin: 0; font-size: 12px; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
.respondent { display: grid; grid-template-columns: 1fr 1fr; column-gap: 24px; }
.field { display: flex; align-items: flex-end; gap: 6px; margin: 0 0 10px; min-height: 26px; }
.field .label { font-weight: 600; white-space: nowrap; }
.field .blank { flex: 1; border-bottom: 1px solid #1a1a1a; min-height: 20px; padding: 0 4px; }
.field .hint { color: var(--muted); font-size: 13px; }
.respondent .field:first-child, .respondent .field:nth-child(2), .respondent ul.sectors { grid-column: 1 / -1; }
ul.sectors { list-style: none; margin: -4px 0 10px; padding: 0; columns: 2; column-gap: 24px; font-size: 13px; }
ul.sectors li { break-inside: avoid; display: flex; gap: 6px; align-items: flex-start; margin-bottom: 3px; }
.how h2 { font-size: 15px; margin: 4px 0 2px; }
.how ul { margin: 0 0 4px; padding-left: 18px; font-size: 13px; }
.how .length { font-size: 13px; color: var(--muted); }
.dimension > h2 { border-bottom: 1px solid var(--line); padding-bottom: 2px; break-after: avoid; }
.kind { display: block; font-size: 12px; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); }
.summary { font-size: 13px; color: var(--muted); break-after: avoid; }
.keep, .question { break-inside: avoid; }
.question { border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px 4px; margin: 0 0 8px; }
.number { color: var(--blue); }
.help { font-size: 13px; color: var(--muted); font-style: italic; }
ul.levels { list-style: none; margin: 4px 0 2px; padding: 0; }
ul.levels li { display: flex; gap: 8px; align-items: flex-start; padding: 2px 0; }
.tick { flex: none; width: 15px; height: 15px; border: 1.5px solid #1a1a1a; border-radius: 2px; margin-top: 2px; background: #ffffff; }
.digit { flex: none; width: 1.1em; font-weight: 700; font-variant-numeric: tabular-nums; }
li.unknown { color: var(--muted); }
.comment-line { display: flex; align-items: flex-end; gap: 6px; margin: 6px 0 4px; min-height: 24px; }
.comment-line .label { font-size: 13px; color: var(--muted); }
.comment-line .blank { flex: 1; border-bottom: 1px dotted #1a1a1a; min-height: 18px; }
footer { margin-top: 16px; padding-top: 6px; border-top: 1px solid var(--line); font-size: 12px; color: var(--muted); }
@page { size: A4; margin: 12mm 14mm 14mm; @bottom-left { content: "${mark}"; font-size: 8pt; color: #4d4d4d; } @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #4d4d4d; } }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1 { font-size: 17pt; }
  h2 { font-size: 12.5pt; }
  h3, .field, ul.levels { font-size: 10pt; }
  .kicker, .kind, .help, .summary, .how ul, .how .length, ul.sectors, .field .hint, .comment-line .label, footer { font-size: 8.5pt; }
  .question { padding: 5px 8px 2px; margin-bottom: 6px; }
  .tick { width: 3.6mm; height: 3.6mm; border-width: 1.2pt; }
  footer { break-inside: avoid; }
}
`;
}
