// Pure collective reading of several responses: spread per question, divergences, sectors, comments.
import type { Response } from '../answers/schema.js';
import type { Lang, Questionnaire } from '../questionnaire/schema.js';
import { localize } from '../i18n/localize.js';
import { asks, audienceOf } from '../questionnaire/audience.js';
import { collectiveText } from '../i18n/collective.js';
import { DEFAULT_MIN_GROUP_SIZE, MERGED, suppress } from './privacy.js';
import type { Collective, CommentResult, DimensionResult, Divergence, Privacy, SectorScores } from './report.js';
import { dispersion, widestSplit } from './spread.js';
import { dimensionScore, talliesOf, type SectorCounts } from './tally.js';

export interface CollectiveOptions {
  lang: Lang;
  /** Comments carry the respondent's name (when the response has one). */
  withNames?: boolean;
  /** Sectors with fewer respondents are merged or hidden (default DEFAULT_MIN_GROUP_SIZE). */
  minGroupSize?: number;
}

/** A sector as a shared report may show it: itself, the merged row, or nothing (null). */
type Mask = (sector: string) => string | null;

/**
 * The collective part of a report, from the dimensions already scored for everyone and the responses' counts per
 * sector (foldSectors). Per-sector scores use the same formula (dimensionScore) on each sector's counts.
 */
export function collective(
  q: Questionnaire,
  responses: readonly Response[],
  dimensions: readonly DimensionResult[],
  bySector: ReadonlyMap<string, SectorCounts>,
  opts: CollectiveOptions,
): Collective {
  const privacy = privacyOf(q, responses, opts.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  const merged = new Set(privacy.merged);
  const shown = new Set(q.sectors.map((s) => s.id).filter((s) => !merged.has(s) && !privacy.hidden.includes(s)));
  // Anything else (hidden, or not in the questionnaire's list) shows no sector.
  const mask: Mask = (s) => (shown.has(s) ? s : merged.has(s) ? MERGED : null);
  return {
    divergences: responses.length < 2 ? [] : divergences(dimensions),
    missingSectors: q.sectors
      // A catch-all sector ("autre") is where a respondent goes when no sector fits: nobody in particular is absent.
      .filter((s) => !s.catchAll && !responses.some((r) => r.respondent.sector === s.id))
      .map((s) => ({ id: s.id, label: localize(s.label, opts.lang), brings: s.brings ? localize(s.brings, opts.lang) : null, residents: s.audience === 'habitants' })),
    sectorScores: sectorScores(q, bySector, opts.lang, privacy),
    incomplete: incomplete(q, responses, opts, mask),
    comments: comments(q, responses, opts, mask),
    privacy,
  };
}

/** Which sectors a shared report may show (src/scoring/privacy.ts), from their numbers of responses. */
function privacyOf(q: Questionnaire, responses: readonly Response[], minGroupSize: number): Privacy {
  const counts = new Map<string, number>();
  for (const r of responses) counts.set(r.respondent.sector, (counts.get(r.respondent.sector) ?? 0) + 1);
  const s = suppress(q.sectors.map((x) => ({ id: x.id, size: counts.get(x.id) ?? 0 })), minGroupSize);
  return { minGroupSize, merged: s.merged, hidden: s.hidden, inferable: s.inferable };
}

/** Responses that answer fewer than half of the questions meant for their audience. */
function incomplete(q: Questionnaire, responses: readonly Response[], opts: CollectiveOptions, mask: Mask): Collective['incomplete'] {
  const questions = q.dimensions.flatMap((d) => d.questions);
  // The ids of the questions of each sector's audience, found once (not once per response: 10,000 responses).
  const askedOf = new Map<string, string[]>();
  const out: Collective['incomplete'] = [];
  for (const r of responses) {
    const sector = r.respondent.sector;
    let asked = askedOf.get(sector);
    if (!asked) askedOf.set(sector, (asked = questions.filter((x) => asks(x, audienceOf(q, sector))).map((x) => x.id)));
    let answered = 0;
    for (let i = 0; i < asked.length; i++) if (r.answers.has(asked[i]!)) answered++;
    if (answered * 2 >= asked.length) continue;
    out.push({ sector: mask(r.respondent.sector), ...(opts.withNames && r.respondent.name ? { name: r.respondent.name } : {}), answered, asked: asked.length });
  }
  return out;
}

/** Questions to discuss: highest dispersion first, then higher standard deviation, then questionnaire order. */
export function divergences(dimensions: readonly DimensionResult[]): Divergence[] {
  return dimensions
    .flatMap((d) =>
      d.questions
        .filter((x) => x.toDiscuss && x.min !== null && x.max !== null && x.sd !== null)
        .map((x) => ({
          id: x.id,
          dimension: d.id,
          text: x.text,
          min: x.min!,
          max: x.max!,
          spread: x.max! - x.min!,
          sd: x.sd!,
          dispersion: dispersion(x.distribution),
          split: widestSplit(x.distribution),
          distribution: [...x.distribution],
        })),
    )
    .map((x, order) => ({ x, order }))
    .sort((a, b) => b.x.dispersion - a.x.dispersion || b.x.sd - a.x.sd || a.order - b.order)
    .map(({ x }) => x);
}

/** The sectors shown, in questionnaire order, then the merged row: each scored from its responses alone. */
function sectorScores(q: Questionnaire, bySector: ReadonlyMap<string, SectorCounts>, lang: Lang, privacy: Privacy): SectorScores[] {
  const row = (sector: string, label: string, ids: readonly string[]): SectorScores => {
    const mine = new Map(ids.flatMap((id) => (bySector.has(id) ? [[id, bySector.get(id)!] as const] : [])));
    const tallies = talliesOf(mine, q);
    return {
      sector,
      label,
      responses: tallies.responses,
      // The score alone (not the spreads and texts, which a sector's row does not show).
      scores: q.dimensions.map((d) => ({ dimension: d.id, score: dimensionScore(d, tallies) })),
    };
  };
  const unshown = new Set([...privacy.merged, ...privacy.hidden]);
  const rows = q.sectors.flatMap((s) => (bySector.has(s.id) && !unshown.has(s.id) ? [row(s.id, localize(s.label, lang), [s.id])] : []));
  if (privacy.merged.some((id) => bySector.has(id))) rows.push(row(MERGED, collectiveText[lang].privacy.merged, privacy.merged));
  return rows;
}

/**
 * Every comment, in questionnaire order; those on one question by sector as shown (questionnaire order, then the
 * merged row, then none), level, text and name, so that neither the order of the files nor a hidden sector's place
 * in the questionnaire shows through the order.
 */
function comments(q: Questionnaire, responses: readonly Response[], opts: CollectiveOptions, mask: Mask): CommentResult[] {
  const sector = new Map<string | null, number>(q.sectors.map((s, i) => [s.id, i]));
  sector.set(MERGED, q.sectors.length).set(null, q.sectors.length + 1);
  const level = (v: CommentResult['value']) => (v === 'unknown' ? 4 : v);
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  // Sector and level are ranked once per comment, not at each of the sort's comparisons (30,000 comments).
  type Ranked = { rank: number; c: CommentResult };
  const order = (a: Ranked, b: Ranked) => a.rank - b.rank || text(a.c.comment, b.c.comment) || text(a.c.name ?? '', b.c.name ?? '');
  // Gathered per question in one pass over the responses (as in scoring), in the order of the responses.
  const dimensionOf = new Map(q.dimensions.flatMap((d) => d.questions.map((question) => [question.id, d.id])));
  const byQuestion = new Map<string, Ranked[]>();
  for (const r of responses) {
    for (const [id, a] of r.answers) {
      if (!a.comment) continue;
      const name = opts.withNames ? r.respondent.name : undefined;
      const c: CommentResult = { question: id, dimension: dimensionOf.get(id)!, value: a.value, sector: mask(r.respondent.sector), ...(name !== undefined && { name }), comment: a.comment };
      add(byQuestion, id, { rank: sector.get(c.sector)! * 5 + level(c.value), c });
    }
  }
  return q.dimensions.flatMap((d) => d.questions.flatMap((question) => (byQuestion.get(question.id) ?? []).sort(order).map((x) => x.c)));
}

/** Appends `value` to the list of `key` (Map.groupBy comes with Node 21). */
function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
