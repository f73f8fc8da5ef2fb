// What the trend reports of every format share: the sparkline, the points, who answered, what a version change left out.
import { compareText } from '../i18n/compare.js';
import { trendText } from '../i18n/trend.js';
import type { Lang } from '../questionnaire/schema.js';
import type { PopulationChange, Trend } from '../trend/schema.js';
import { leftOutChange } from './comparison.js';
import { dateRange } from './format.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** One block per point on the absolute 0–100 scale (not stretched to the series' range, so that flat stays flat); blank for no score. */
export function sparkline(series: readonly (number | null)[]): string {
  return series.map((v) => (v === null ? ' ' : BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((v * BLOCKS.length) / 100))])).join('');
}

/** "2025 : 12 réponses, du 4 mars 2025 au 18 mars 2025 (rapport JSON), version 1.0.0". */
export function pointText(x: Trend, i: number, lang: Lang): string {
  const p = x.points[i]!;
  const t = compareText[lang];
  const territory = x.points.some((q) => q.territory !== x.territory) ? `, ${t.territory(p.territory)}` : '';
  return `${t.side(p.responses, dateRange(p.dates, lang), p.source)}, ${t.version(p.version)}${territory}`;
}

/** The warning for one change of who answered, labels through `esc`. */
export function populationWarning(x: Trend, c: PopulationChange, lang: Lang, esc: (s: string) => string = (s) => s): string {
  const t = trendText[lang].population;
  const parts = [
    ...(c.joined.length ? [t.joined(c.joined.map((s) => esc(s.label)))] : []),
    ...(c.left.length ? [t.left(c.left.map((s) => esc(s.label)))] : []),
    ...(c.manyChanged ? [t.responses(c.responses.from, c.responses.to)] : []),
  ];
  return t.warning(t.between(esc(x.points[c.from]!.label), esc(x.points[c.to]!.label)), parts);
}

/** The note on versions and recomputed scores; null when every point has the same questions. */
export function scopeIntro(x: Trend, lang: Lang): string | null {
  const t = trendText[lang].scope;
  if (!x.scope.versionChanged && !x.scope.recomputed) return null;
  const versions = x.points.map((p) => p.version).filter((v, i, all) => i === 0 || all[i - 1] !== v);
  return [
    ...(x.scope.versionChanged ? [t.versions(versions.join(' → '))] : []),
    ...(x.scope.recomputed ? [t.recomputed(x.scope.sharedQuestions)] : []),
    ...(x.scope.notFollowed.length ? [t.notFollowed(x.scope.notFollowed.map((d) => d.label))] : []),
  ].join(' ');
}

/** Each change of questions: its heading ("De 2024 à 2025 (versions 1.0.0 → 1.1.0)") and the items it left out. */
export function questionnaireChanges(x: Trend, lang: Lang): { heading: string; items: string[] }[] {
  const t = compareText[lang];
  return x.scope.changes.map((c) => {
    const [from, to] = [x.points[c.from]!, x.points[c.to]!];
    const version = from.version === to.version ? t.version(to.version) : t.versions(from.version, to.version);
    const only = (side: 'before' | 'after') => (side === 'before' ? t.scope.onlyBefore : t.scope.onlyAfter);
    return {
      heading: `${trendText[lang].scope.change(from.label, to.label)} (${version})`,
      items: [
        ...c.leftOut.dimensions.map((d) => `${d.title} (${t.scope.dimension}, ${only(d.side)})`),
        ...c.leftOut.questions.map((q) => `${q.text} (${leftOutChange(q, lang)})`),
      ],
    };
  });
}

/** The rows of every table: the dimensions by kind, then the two indices; `marked` when more "don't know" than rated answers. */
export function trendRows(x: Trend, lang: Lang): { title: string; kind: 'precondition' | 'component' | 'index'; series: (number | null)[]; marked: boolean[]; change: number | null }[] {
  const t = compareText[lang];
  const dims = (['precondition', 'component'] as const).flatMap((kind) =>
    x.dimensions
      .filter((d) => d.kind === kind)
      .map((d) => ({ title: d.title, kind, series: d.series.map((s) => s.score), marked: d.series.map((s) => s.coverage.manyUnknown), change: d.change })),
  );
  const index = (kind: 'precondition' | 'component') => {
    const i = x.indices[kind === 'precondition' ? 'preconditions' : 'components'];
    return { title: t.indices[kind], kind: 'index' as const, series: i.series, marked: i.series.map(() => false), change: i.change };
  };
  return [...dims, index('precondition'), index('component')];
}
