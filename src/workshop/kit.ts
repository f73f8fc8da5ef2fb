// The facilitator's kit, from a report: the timed agenda with its facts, one placemat per dimension, the
// disagreements with their prompts. Pure: the HTML and Markdown reporters render it.
import { workshopText } from '../i18n/workshop.js';
import type { Lang } from '../questionnaire/schema.js';
import { recommendationHeading } from '../reporters/advice.js';
import { num } from '../reporters/format.js';
import type { DimensionResult, Divergence, Report } from '../scoring/report.js';

export const DURATIONS = ['2h', '3h'] as const;
export type Duration = (typeof DURATIONS)[number];

/** The steps, in order; their texts are in src/i18n/workshop.ts, which must have every one. */
export type StepId = keyof (typeof workshopText)['fr']['steps'];
const STEP_IDS = ['welcome', 'approach', 'gate', 'dimensions', 'divergences', 'priorities', 'plan', 'close'] as const satisfies readonly StepId[];

/** Minutes per step: the small-group reading and the decisions get most of the extra hour. */
const MINUTES: Record<Duration, Record<StepId, number>> = {
  '2h': { welcome: 10, approach: 10, gate: 15, dimensions: 25, divergences: 20, priorities: 15, plan: 20, close: 5 },
  '3h': { welcome: 15, approach: 15, gate: 20, dimensions: 40, divergences: 30, priorities: 25, plan: 30, close: 5 },
};

/** Comments on a placemat: a few, cut short, so that it stays one printed page; the report has them all. */
export const PLACEMAT_COMMENTS = 4;
export const COMMENT_CHARS = 240;

export interface AgendaStep {
  id: StepId;
  /** Minutes from midnight (with a start time) or from the start of the workshop. */
  from: number;
  minutes: number;
  /** What the report says that this step needs, in the kit's language. */
  facts: string[];
}

export interface Placemat {
  dimension: DimensionResult;
  /** Ids of its questions that divide the group. */
  divergent: string[];
  /** Questions to open its discussion: what surprises, its lowest question, and its disagreements. */
  asks: string[];
  /** Anonymous: the level chosen and the text only, never the sector or the name. */
  comments: { value: number | 'unknown'; text: string }[];
  moreComments: number;
}

export interface DivergencePrompts {
  divergence: Divergence;
  dimension: string;
  prompts: string[];
}

export interface Kit {
  report: Report;
  lang: Lang;
  duration: Duration;
  /** Start time in minutes from midnight, or null for times from the start. */
  start: number | null;
  agenda: AgendaStep[];
  placemats: Placemat[];
  divergences: DivergencePrompts[];
}

/** "9:30" → 570; null for anything that is not a time of day. */
export function parseStart(value: string): number | null {
  const m = /^([01]?\d|2[0-3])[:h]([0-5]\d)$/.exec(value.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function cut(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= COMMENT_CHARS ? chars.join('') : `${chars.slice(0, COMMENT_CHARS - 1).join('').trimEnd()}…`;
}

export function buildKit(report: Report, opts: { lang: Lang; duration?: Duration; start?: number | null }): Kit {
  const lang = opts.lang;
  const duration = opts.duration ?? '2h';
  const t = workshopText[lang];
  const titleOf = (id: string) => report.dimensions.find((d) => d.id === id)?.title ?? id;

  const represented = report.sectors.filter((s) => s.responses > 0).length;
  const missing = report.collective.missingSectors.map((s) => s.label);
  const unmet = report.gate.preconditions.filter((p) => p.status === 'unmet' || p.status === 'unknown').map((p) => titleOf(p.id));
  const facts: Record<StepId, string[]> = {
    welcome: [t.facts.responses(report.responses, represented), ...(missing.length ? [t.facts.missing(missing.join(', '))] : [])],
    approach: [],
    gate: [unmet.length ? t.facts.gateUnmet(unmet.join(', ')) : t.facts.gateMet],
    dimensions: [],
    divergences: [t.facts.divergences(report.responses < 2 ? 0 : report.collective.divergences.length)],
    priorities: report.recommendations.length
      ? [t.facts.top(report.recommendations.slice(0, 3).map((r) => `${r.rank}. ${recommendationHeading(r, report, lang).replace(/\.$/, '')}`).join(lang === 'fr' ? ' ; ' : '; '))]
      : [],
    plan: [],
    close: [],
  };
  let at = opts.start ?? 0;
  const agenda = STEP_IDS.map((id) => {
    const step = { id, from: at, minutes: MINUTES[duration][id], facts: facts[id] };
    at += step.minutes;
    return step;
  });

  const divergences = report.responses < 2 ? [] : report.collective.divergences;
  const placemats = report.dimensions.map((d) => {
    const comments = report.collective.comments.filter((c) => c.dimension === d.id);
    const mine = divergences.filter((x) => x.dimension === d.id);
    const lowest = d.questions.filter((q) => q.mean !== null).sort((a, b) => a.mean! - b.mean!)[0];
    return {
      dimension: d,
      divergent: mine.map((x) => x.id),
      asks: [
        t.placemat.surprise,
        ...(lowest ? [t.placemat.lowest(lowest.text, num(lowest.mean, lang))] : []),
        ...mine.map((x) => `${t.divergences.prompts(x.min, x.max)[0]!} (${x.text})`),
      ],
      comments: comments.slice(0, PLACEMAT_COMMENTS).map((c) => ({ value: c.value, text: cut(c.comment) })),
      moreComments: Math.max(0, comments.length - PLACEMAT_COMMENTS),
    };
  });

  return {
    report,
    lang,
    duration,
    start: opts.start ?? null,
    agenda,
    placemats,
    divergences: divergences.map((x) => ({ divergence: x, dimension: titleOf(x.dimension), prompts: t.divergences.prompts(x.min, x.max) })),
  };
}
