// Pure roll-up: territories' tallies (or their full reports) → one row each, ranks, quartiles. No I/O.
import type { Lang, Questionnaire } from '../questionnaire/schema.js';
import { localize } from '../i18n/localize.js';
import { GATE_THRESHOLD, gateOf } from '../scoring/advice.js';
import type { Report } from '../scoring/report.js';
import { round1 } from '../scoring/round.js';
import { indicesOf, scoreDimension, talliesOf, type SectorCounts } from '../scoring/tally.js';
import type { Rollup, Spread, TerritoryRow, TerritoryScore } from './schema.js';
import { ROLLUP_VERSION } from './version.js';
import { territoryKey } from './territory.js';

export interface RollupOptions {
  lang: Lang;
  target?: number;
  gateThreshold?: number;
}

/** One territory's responses, folded per sector as they were read (see fold.ts). */
export interface TerritoryCounts {
  name: string;
  spellings: string[];
  bySector: Map<string, SectorCounts>;
  dates: { from: string | null; to: string | null };
}

/** What a row needs of a territory's scoring: the same whether it comes from tallies or from a full report. */
type Scored = Pick<Report, 'responses' | 'dates' | 'indices' | 'gate'> & { dimensions: { id: string; score: number | null }[]; sectors: number };

/** The scores of one territory from its folded counts: the report's own functions, on its tallies. */
export function scoredFromCounts(q: Questionnaire, t: TerritoryCounts, opts: RollupOptions): Scored {
  const tallies = talliesOf(t.bySector, q);
  const dimensions = q.dimensions.map((d) => scoreDimension(d, tallies, opts.lang, opts.target ?? d.target ?? q.defaultTarget));
  return {
    responses: tallies.responses,
    dates: t.dates,
    sectors: t.bySector.size,
    dimensions,
    indices: indicesOf(dimensions),
    gate: gateOf(dimensions, opts.gateThreshold ?? GATE_THRESHOLD),
  };
}

/** The same from a territory's full report (the --output-dir path, which writes those reports too). */
export function scoredFromReport(r: Report): Scored {
  return { ...r, sectors: r.sectors.filter((s) => s.responses > 0).length };
}

/** The roll-up of territories already scored (`scored`, with their names), rows sorted by name. */
export function rollup(q: Questionnaire, territories: { name: string; spellings: string[]; scored: Scored }[], opts: RollupOptions): Rollup {
  const L = (t: Parameters<typeof localize>[0]) => localize(t, opts.lang);
  const sorted = [...territories].sort((a, b) => compareNames(a.name, b.name));
  const columns = [...q.dimensions.map((d) => d.id), 'preconditions', 'components'];
  const valuesOf = (s: Scored) => [...s.dimensions.map((d) => d.score), s.indices.preconditions, s.indices.components];
  const values = sorted.map((t) => valuesOf(t.scored));
  const spread: Spread[] = columns.map((dimension, j) => spreadOf(dimension, values.map((v) => v[j]!)));
  const positions = columns.map((_, j) => positionsOf(values.map((v) => v[j]!), spread[j]!));
  const dim = q.dimensions.length;
  const rows: TerritoryRow[] = sorted.map((t, i) => {
    const cells: TerritoryScore[] = columns.map((dimension, j) => ({ dimension, score: values[i]![j]!, ...positions[j]![i]! }));
    return {
      territory: t.name,
      spellings: t.spellings.filter((x) => x !== t.name).sort(compareCodePoints),
      responses: t.scored.responses,
      sectors: t.scored.sectors,
      dates: t.scored.dates,
      scores: cells.slice(0, dim),
      indices: cells.slice(dim),
      gate: { met: t.scored.gate.met, preconditions: t.scored.gate.preconditions.map((p) => ({ id: p.id, status: p.status })) },
    };
  });
  const froms = rows.map((r) => r.dates.from).filter((d): d is string => d !== null).sort();
  const tos = rows.map((r) => r.dates.to).filter((d): d is string => d !== null).sort();
  return {
    rollupVersion: ROLLUP_VERSION,
    lang: opts.lang,
    groupBy: 'territory',
    questionnaire: { id: q.id, version: q.version, title: L(q.title) },
    responses: rows.reduce((n, r) => n + r.responses, 0),
    dates: { from: froms[0] ?? null, to: tos[tos.length - 1] ?? null },
    dimensions: q.dimensions.map((d) => ({ id: d.id, kind: d.kind, title: L(d.title), target: opts.target ?? d.target ?? q.defaultTarget })),
    gateThreshold: opts.gateThreshold ?? GATE_THRESHOLD,
    territories: rows,
    spread,
  };
}

/** Territories in the order a reader looks for them: accents and case aside, then as written. */
export function compareNames(a: string, b: string): number {
  return compareCodePoints(territoryKey(a), territoryKey(b)) || compareCodePoints(a, b);
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The p-quantile of sorted values, interpolating linearly between ranks (R's type 7, QUARTILE.INC). */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return below + (h - lo) * (above - below);
}

function spreadOf(dimension: string, values: (number | null)[]): Spread {
  const xs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!xs.length) return { dimension, territories: 0, min: null, q1: null, median: null, q3: null, max: null };
  return {
    dimension,
    territories: xs.length,
    min: xs[0]!,
    q1: round1(quantile(xs, 0.25)),
    median: round1(quantile(xs, 0.5)),
    q3: round1(quantile(xs, 0.75)),
    max: xs[xs.length - 1]!,
  };
}

/** Each value's rank (1 = highest; equal values, equal rank) and quartile, against the rounded quartiles shown. */
function positionsOf(values: (number | null)[], s: Spread): Pick<TerritoryScore, 'rank' | 'quartile'>[] {
  const desc = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  return values.map((v) => {
    if (v === null) return { rank: null, quartile: null };
    const rank = desc.indexOf(v) + 1;
    const quartile = v > s.q3! ? 4 : v >= s.median! ? 3 : v >= s.q1! ? 2 : 1;
    return { rank, quartile };
  });
}
