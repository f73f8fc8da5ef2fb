// Pure trend of several reports of one questionnaire: points in time order, scores per dimension and index, who answered.
import type { Lang } from '../questionnaire/schema.js';
import { fitToShared, leftOut, QuestionnaireMismatch, type CompareInput, type Scored } from '../compare/compare.js';
import type { ComparableReport as Report } from '../compare/schema.js';
import { round1 } from '../scoring/round.js';
import { indicesOf } from '../scoring/tally.js';
import type { PopulationChange, Trend, TrendPoint } from './schema.js';

/** Thrown when a point uses another questionnaire than the first one; `index` is its place in the inputs given. */
export class TrendMismatch extends QuestionnaireMismatch {
  constructor(
    before: string,
    after: string,
    readonly index: number,
  ) {
    super(before, after);
  }
}

/**
 * The inputs in time order: by the date of each set's last response when every set has one (a stable sort, so
 * that sets of one date keep the order given), else in the order given. Returns the permutation as indices.
 */
export function timeOrder(inputs: readonly CompareInput[]): { order: Trend['order']; indices: number[] } {
  const dates = inputs.map((x) => x.report.dates.to);
  const indices = inputs.map((_, i) => i);
  if (dates.some((d) => d === null)) return { order: 'given', indices };
  return { order: 'dates', indices: indices.sort((i, j) => (dates[i]! < dates[j]! ? -1 : dates[i]! > dates[j]! ? 1 : i - j)) };
}

/** The trend of `inputs`, already in time order (see timeOrder). */
export function trend(inputs: readonly CompareInput[], order: Trend['order'], lang: Lang): Trend {
  const reports = inputs.map((x) => x.report);
  const first = reports[0]!;
  reports.forEach((r, i) => {
    if (r.questionnaire.id !== first.questionnaire.id) throw new TrendMismatch(first.questionnaire.id, r.questionnaire.id, i);
  });
  const last = reports[reports.length - 1]!;
  // Texts come from the latest point written in the language asked for, else from the latest point.
  const texts = [...reports].reverse().find((r) => r.lang === lang) ?? last;
  const fitted = fitToShared(reports);
  const textDims = new Map(fitted.dims[reports.indexOf(texts)]!.map((d) => [d.id, d]));
  const byId = fitted.dims.map((dims) => new Map(dims.map((d) => [d.id, d])));
  const ids = fitted.dims[fitted.dims.length - 1]!.map((d) => d.id).filter((id) => byId.every((m) => m.has(id)));
  const series = (id: string) => byId.map((m) => m.get(id)!);

  const dimensions = ids.map((id) => {
    const s = series(id);
    const d = s[s.length - 1]!;
    return {
      id,
      kind: d.kind,
      title: textDims.get(id)?.title ?? d.title,
      series: s.map((x) => ({ score: x.score, band: x.band && { id: x.band.id, label: texts.bands.find((b) => b.id === x.band!.id)?.label ?? x.band.label }, coverage: x.coverage })),
      change: diff(s[0]!.score, d.score),
    };
  });
  const kept = (dims: Scored[]) => dims.filter((d) => ids.includes(d.id));
  const indices = fitted.dims.map((dims, i) => (fitted.recomputed ? indicesOf(kept(dims)) : reports[i]!.indices));
  const index = (k: 'preconditions' | 'components') => {
    const s = indices.map((x) => x[k]);
    return { series: s, change: diff(s[0] ?? null, s[s.length - 1] ?? null) };
  };

  return {
    trendVersion: 1,
    lang,
    questionnaire: { id: last.questionnaire.id, title: texts.questionnaire.title },
    territory: last.territory,
    order,
    points: points(inputs),
    scope: {
      versionChanged: reports.some((r) => r.questionnaire.version !== first.questionnaire.version),
      sharedQuestions: fitted.shared.size,
      recomputed: fitted.recomputed,
      changes: questionnaireChanges(reports),
      notFollowed: last.dimensions.filter((d) => !ids.includes(d.id)).map((d) => ({ id: d.id, label: texts.dimensions.find((x) => x.id === d.id)?.title ?? d.title })),
    },
    dimensions,
    indices: { preconditions: index('preconditions'), components: index('components') },
    populationChanges: populationChanges(reports, texts),
  };
}

function diff(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : round1(after - before);
}

/** Labels: the years when they all differ, else year and month; "#1"… when the order is the one given. */
function points(inputs: readonly CompareInput[]): TrendPoint[] {
  const to = inputs.map((x) => x.report.dates.to);
  const years = to.map((d) => d?.slice(0, 4));
  const label = (i: number) => {
    const d = to[i];
    if (!d || to.some((x) => x === null)) return `#${i + 1}`;
    return new Set(years).size === years.length ? d.slice(0, 4) : d.slice(0, 7);
  };
  return inputs.map(({ report, source }, i) => ({
    label: label(i),
    source,
    version: report.questionnaire.version,
    territory: report.territory,
    responses: report.responses,
    dates: report.dates,
  }));
}

/** Successive points whose questions differ, with what only one of them has. */
function questionnaireChanges(reports: Report[]): Trend['scope']['changes'] {
  const ids = (r: Report) => new Set(r.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  return reports.slice(1).flatMap((a, k) => {
    const b = reports[k]!;
    const [bIds, aIds] = [ids(b), ids(a)];
    const shared = new Set([...aIds].filter((id) => bIds.has(id)));
    if (shared.size === aIds.size && shared.size === bIds.size) return [];
    return [{ from: k, to: k + 1, leftOut: leftOut(b, a, shared) }];
  });
}

/** Successive points between which sectors joined or left, or the number of responses changed by more than half. */
function populationChanges(reports: Report[], texts: Report): PopulationChange[] {
  const label = (id: string, r: Report) => texts.sectors.find((s) => s.id === id)?.label ?? r.sectors.find((s) => s.id === id)!.label;
  const present = (r: Report) => new Set(r.sectors.filter((s) => s.responses > 0).map((s) => s.id));
  return reports.slice(1).flatMap((a, k) => {
    const b = reports[k]!;
    const [bs, as] = [present(b), present(a)];
    const joined = a.sectors.filter((s) => as.has(s.id) && !bs.has(s.id)).map((s) => ({ id: s.id, label: label(s.id, a) }));
    const left = b.sectors.filter((s) => bs.has(s.id) && !as.has(s.id)).map((s) => ({ id: s.id, label: label(s.id, b) }));
    const manyChanged = Math.abs(a.responses - b.responses) > b.responses / 2;
    if (!joined.length && !left.length && !manyChanged) return [];
    return [{ from: k, to: k + 1, joined, left, responses: { from: b.responses, to: a.responses }, manyChanged }];
  });
}
