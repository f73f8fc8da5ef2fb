// What the comparisons of every format share: levels, sides, preconditions, what was left out.
import { compareText } from '../i18n/compare.js';
import type { Lang } from '../questionnaire/schema.js';
import type { Comparison, ComparisonSide, DimensionChange } from '../compare/schema.js';
import { dateRange, num, targetText } from './format.js';

/** Why a question is left out: "retirée, avant seulement", "ajoutée, après seulement", "remplace noyau.influence". */
export function leftOutChange(q: Comparison['scope']['leftOut']['questions'][number], lang: Lang): string {
  const t = compareText[lang].scope.change;
  if (q.change !== 'merged') return t[q.change];
  return q.side === 'before' ? t.mergedInto(q.related.join(', ')) : t.replaces(q.related.join(', '));
}

/** "En développement" when the level stayed, "Émergent → En développement" when it changed. */
export function bandText(d: DimensionChange): string {
  const b = d.before.band?.label ?? '—';
  const a = d.after.band?.label ?? '—';
  return b === a ? a : `${b} → ${a}`;
}

/** "12 réponses, du 4 mars 2025 au 18 mars 2025". */
export function sideText(s: ComparisonSide, lang: Lang): string {
  const t = compareText[lang];
  return t.side(s.responses, dateRange(s.dates, lang), s.source);
}

/** The gate of one side: "réunies (…)" or "à construire d'abord — Noyau (49,4), …". */
export function gateText(c: Comparison, which: 'before' | 'after', lang: Lang, title: (s: string) => string = (s) => s): string {
  const t = compareText[lang].gate;
  const g = c.gate[which];
  if (g.met) return t.met(targetText(c.gate.threshold, lang));
  const list = g.failing.map((f) => {
    const score = c.dimensions.find((d) => d.id === f.id)?.[which].score ?? null;
    return `${title(f.label)} (${score === null ? t.notEnough : num(score, lang)})`;
  });
  return t.notMet(list.join(', '));
}

/** When the sectors that responded differ between the sides, the sentence that says so (labels through `esc`); null otherwise. */
export function sectorsChanged(c: Comparison, lang: Lang, esc: (s: string) => string = (s) => s): string | null {
  const { joined, left } = c.sectors;
  if (!joined.length && !left.length) return null;
  return compareText[lang].sectors.changed(joined.map((s) => esc(s.label)), left.map((s) => esc(s.label)));
}
