// What the session shows between prompts, as strings: start screen, dimension intros, progress, choices.
import type { Paint } from '../io/colour.js';
import { displayWidth, truncate, wrapParagraphs as wrap } from '../io/width.js';
import type { AssessText } from '../i18n/assess.js';
import { audienceOf, forAudience } from '../questionnaire/audience.js';
import type { Lang, Questionnaire } from '../questionnaire/schema.js';
import type { Choice } from './prompts.js';
import { FORMATS } from '../reporters/index.js';
import { localize } from '../i18n/localize.js';
import { oneLine } from '../io/sanitize.js';
import { estimateMinutes } from './estimate.js';
import type { Item } from './items.js';
import type { Resumable } from './resume.js';
import { commandLine } from './shell.js';

export interface View {
  lang: Lang;
  t: AssessText;
  /** Columns available; text is wrapped to it (at most 100: longer lines are hard to read). */
  width: number;
  c: Paint;
}

/** One answer of the question select: a level, "don't know", or an action. */
export type QuestionChoice = '0' | '1' | '2' | '3' | 'unknown' | 'comment' | 'back' | 'goto' | 'review';

const MAX_WIDTH = 100;
const cols = (v: View) => Math.max(40, Math.min(v.width, MAX_WIDTH));
const L = (v: View, text: Parameters<typeof localize>[0]) => oneLine(localize(text, v.lang));

/** Wraps text to the view, each line starting with `indent`. */
export function block(v: View, text: string, indent = ''): string {
  return wrap(text, cols(v) - 1 - indent.length, '').map((l) => `${indent}${l}`.trimEnd()).join('\n');
}

export function timeText(v: View, q: Questionnaire): string {
  const [low, high] = estimateMinutes(q, v.lang);
  return low === high ? v.t.time.about(low) : v.t.time.range(low, high);
}

export function questionCount(q: Questionnaire): number {
  return q.dimensions.reduce((n, d) => n + d.questions.length, 0);
}

/** How many questions a respondent of `sector` is asked (residents are not asked every question). */
export function askedCount(q: Questionnaire, sector: string): number {
  return questionCount(forAudience(q, audienceOf(q, sector)));
}

/**
 * The start screen: what the tool does, the dimensions in a line each, the length of the questionnaire
 * (or of each version when the person has to choose), where the answers go, and how to pause.
 */
export function startScreen(v: View, q: Questionnaire, save: { path: string } | { example: string } | { folder: true }, choice?: boolean): string {
  const { t, c } = v;
  const out = [c.bold(t.start.title), '', block(v, t.start.intro), ''];
  for (const kind of ['precondition', 'component'] as const) {
    const dims = q.dimensions.filter((d) => d.kind === kind);
    if (!dims.length) continue;
    out.push(kind === 'precondition' ? t.start.preconditions(dims.length) : t.start.components(dims.length));
    for (const d of dims) {
      // One line each: the gloss only when it fits beside the title.
      const gloss = t.start.glosses[d.id];
      const withGloss = `${L(v, d.title)} — ${gloss}`;
      const line = gloss && withGloss.length <= cols(v) - 5 ? withGloss : L(v, d.title);
      out.push(wrap(line, cols(v) - 5, '    ').map((l, i) => (i === 0 ? `  · ${l}` : l)).join('\n'));
    }
  }
  out.push('');
  if (!choice) out.push(block(v, t.start.length(questionCount(q), timeText(v, q))));
  out.push(block(v, 'path' in save ? t.start.savedIn(oneLine(save.path)) : 'example' in save ? t.start.savedInDefault(oneLine(save.example)) : t.start.savedInFolder));
  out.push(c.dim(block(v, t.start.keys)));
  return `${out.join('\n')}\n`;
}

/** Shown once when the session enters a dimension: its kind and rank, title and summary. */
export function dimensionIntro(v: View, item: Item): string {
  const { t, c } = v;
  const d = item.dimension;
  const head = `${t.kind[d.kind]} ${item.kindNumber}/${item.kindTotal} · ${L(v, d.title)}`;
  const rule = c.dim('─'.repeat(Math.min(cols(v) - 1, Math.max(20, head.length))));
  return `\n${rule}\n${c.bold(block(v, head))}\n${block(v, L(v, d.summary))}\n${rule}\n`;
}

/** The progress line and the question's help, printed just above its prompt. */
export function questionHeader(v: View, item: Item, comment?: string): string {
  const { t, c } = v;
  // The dimension's rank too: its introduction scrolls off after a few questions.
  const place = `${t.kind[item.dimension.kind]} ${item.kindNumber}/${item.kindTotal}`;
  const lines = [c.cyan(block(v, t.progress(item.number, item.total, place, L(v, item.dimension.title))))];
  if (item.question.help) lines.push(c.dim(block(v, L(v, item.question.help))));
  if (comment) lines.push(c.dim(block(v, `${t.commentLabel}${t.colon}${oneLine(comment)}`)));
  return `\n${lines.join('\n')}\n`;
}

/** The question as the select's message, wrapped under its "? " prefix. */
export function questionMessage(v: View, item: Item): string {
  return wrap(L(v, item.question.text), cols(v) - 3, '  ').join('\n');
}

/**
 * The select's choices: the four level descriptions written for this question (not a bare scale),
 * "don't know", a comment, and going back. Long descriptions are wrapped under their own text,
 * and the page shows every line, so that no level hides below the fold.
 */
export function questionChoices(
  v: View,
  item: Item,
  opts: { canGoBack: boolean; hasComment: boolean; scale: readonly string[] },
): { choices: Choice<QuestionChoice>[]; pageSize: number } {
  const { t } = v;
  const width = cols(v) - 3;
  const hanging = '      ';
  const named = (mark: string, text: string) => wrap(`${mark} · ${text}`, width, hanging).join('\n');
  // Once chosen, the choice is shown on its own line under the question, whatever the question's length.
  const after = (text: string) => `\n  → ${text}`;
  const choices: Choice<QuestionChoice>[] = item.question.levels.map((level, i) => ({
    value: String(i) as QuestionChoice,
    name: named(String(i), L(v, level)),
    short: after(opts.scale[i] ? `${i} · ${opts.scale[i]}` : String(i)),
    key: String(i),
  }));
  const comment = opts.hasComment ? t.choices.editComment : t.choices.comment;
  choices.push({ value: 'unknown', name: named('?', t.choices.unknown), short: after(t.choices.unknown), description: t.choices.unknownHint, key: '?' });
  choices.push({ value: 'comment', name: named('✎', comment), short: after(comment) });
  if (opts.canGoBack) choices.push({ value: 'back', name: named('←', t.choices.back), short: after(t.choices.back) });
  const pageSize = choices.reduce((n, ch) => n + ch.name.split('\n').length, 0);
  return { choices, pageSize };
}

/** Instead of the start screen when a file is resumed: whose answers, how far they went. */
export function resumeScreen(view: View, r: Resumable, path: string): string {
  const { t, c, lang } = view;
  const q = r.loaded.questionnaire;
  const sector = q.sectors.find((s) => s.id === r.response.respondent.sector);
  const lines = [
    c.bold(t.start.title),
    '',
    block(view, t.resumed(oneLine(path), r.response.answers.size, askedCount(q, r.response.respondent.sector))),
    block(view, t.resumedWho(oneLine(r.response.territory), oneLine(sector ? localize(sector.label, lang) : r.response.respondent.sector))),
  ];
  if (r.response.version !== undefined && r.response.version !== q.version) lines.push(block(view, t.versionChanged(oneLine(r.response.version), oneLine(q.version))));
  lines.push(c.dim(block(view, t.start.keys)));
  return `${lines.join('\n')}\n`;
}

/** After the report: where the answers are, how to export the report, how to come back. `extra`: the --questionnaire and --lang the file needs. */
export function endScreen(view: View, invoke: string[], path: string, extra: string[]): string {
  const { t } = view;
  const lines = ['', t.end.answers, `  ${oneLine(path)}`];
  const exports = (['markdown', 'html'] as const).filter((f) => (FORMATS as string[]).includes(f));
  if (exports.length) {
    lines.push(t.end.export);
    for (const f of exports) lines.push(`  ${oneLine(commandLine(invoke, ['report', path, ...extra, '--format', f, '--output', `${t.end.reportFile}.${f === 'markdown' ? 'md' : 'html'}`]))}`);
  }
  lines.push(t.end.again, `  ${oneLine(commandLine(invoke, ['assess', '--resume', path, ...extra]))}`);
  return `${lines.join('\n')}\n`;
}

/** Rows of the review list shown at once (the message and the key line fit around it in 24 rows). */
export const REVIEW_PAGE = 18;

/**
 * The review of all answers before finishing: "Finish" first, then a line per question (its number, its answer,
 * the start of its text); choosing a question goes back to it.
 */
export function reviewChoices(v: View, items: readonly Item[], answers: ReadonlyMap<string, { value: number | 'unknown' }>): Choice<string>[] {
  const { t } = v;
  const width = cols(v) - 4;
  const lines = items.map((item, i) => {
    const a = answers.get(item.id);
    const value = a === undefined ? t.review.none : a.value === 'unknown' ? '?' : String(a.value);
    const head = `${String(item.number).padStart(2)}. ${value} · `;
    // Cut by the columns a terminal draws (a wide character takes two), not by the number of characters.
    return { value: String(i), name: `${head}${truncate(L(v, item.question.text), width - displayWidth(head))}` };
  });
  return [{ value: 'finish', name: t.review.finish }, ...lines];
}
