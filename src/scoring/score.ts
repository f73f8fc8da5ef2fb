// Pure scoring: (questionnaire, responses, options) → Report. No I/O, no colour.
import type { Response } from '../answers/schema.js';
import type { Lang, Questionnaire } from '../questionnaire/schema.js';
import { localize } from '../i18n/localize.js';
import { GATE_THRESHOLD, gateOf, recommend } from './advice.js';
import { collective } from './collective.js';
import type { DimensionResult, Report } from './report.js';
import { findBand, foldSectors, indicesOf, scoreDimension, talliesOf } from './tally.js';
import { REPORT_VERSION } from './version.js';

export interface ScoreOptions {
  lang: Lang;
  /** Overrides every dimension's target. */
  target?: number;
  /** How many challenges to recommend (default 5). */
  top?: number;
  /** A precondition is unmet below this score (default GATE_THRESHOLD). */
  gateThreshold?: number;
  /** Comments carry the respondent's name (never without --with-names). */
  withNames?: boolean;
  /** Sectors with fewer respondents are merged or hidden (src/scoring/privacy.ts). */
  minGroupSize?: number;
}

export function score(q: Questionnaire, responses: readonly Response[], opts: ScoreOptions): Report {
  const { lang } = opts;
  const L = (t: Parameters<typeof localize>[0]) => localize(t, lang);
  const bandOf = (s: number | null) => {
    const b = findBand(q.bands, s);
    return b ? { id: b.id, label: L(b.label) } : null;
  };

  const bySector = foldSectors(responses);
  const everyone = talliesOf(bySector, q);
  const dimensions: DimensionResult[] = q.dimensions.map((d) => {
    const r = scoreDimension(d, everyone, lang, opts.target ?? d.target ?? q.defaultTarget);
    return { ...r, band: bandOf(r.score) };
  });

  const gate = gateOf(dimensions, opts.gateThreshold ?? GATE_THRESHOLD);

  const territories = [...new Set(responses.map((r) => r.territory))].sort();
  const dates = responses.map((r) => r.date).filter((d): d is string => d !== undefined).sort();

  return {
    reportVersion: REPORT_VERSION,
    lang,
    questionnaire: { id: q.id, version: q.version, title: L(q.title) },
    territory: territories.join(' / '),
    responses: responses.length,
    dates: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    // Counted when folded (not by going through every response once per sector).
    sectors: q.sectors.map((s) => ({ id: s.id, label: L(s.label), responses: bySector.get(s.id)?.responses ?? 0 })),
    scale: q.scale.map((l) => ({ value: l.value, label: L(l.label) })),
    bands: q.bands.map((b) => ({ id: b.id, label: L(b.label), min: b.min, max: b.max })),
    dimensions,
    indices: indicesOf(dimensions),
    gate,
    recommendations: recommend(q, dimensions, gate, opts),
    noGap: dimensions.every((d) => !d.gap),
    collective: collective(q, responses, dimensions, bySector, opts),
  };
}
