// Cross-field rules of a questionnaire, checked after the zod schema: ids, references, languages, bands.
import type { Questionnaire, LocalizedText } from './schema.js';
import { msg, type Message } from '../i18n/messages/index.js';
import type { IdKind } from '../i18n/messages/types.js';

export type Path = (string | number)[];
export type RuleProblem = { path: Path } & Message;

/** Practices the report can offer: at least this many serve each challenge, and are declared under each dimension. */
export const MIN_PRACTICES_PER_CHALLENGE = 3;
export const MIN_PRACTICES_PER_DIMENSION = 2;

/** The collective impact framework: 3 preconditions then 5 components, in this order. */
export const FRAMEWORK_DIMENSIONS = [
  ['urgence', 'precondition'],
  ['noyau', 'precondition'],
  ['ressources', 'precondition'],
  ['aspiration-partagee', 'component'],
  ['engagement-inclusif', 'component'],
  ['strategie-levier', 'component'],
  ['apprentissage-strategique', 'component'],
  ['structure-soutien', 'component'],
] as const;

export function checkQuestionnaire(q: Questionnaire): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (path: Path, message: Message) => problems.push({ path, ...message });

  const unique = (ids: { id: string; path: Path }[], kind: IdKind) => {
    const seen = new Map<string, Path>();
    for (const { id, path } of ids) {
      const first = seen.get(id);
      if (first) add(path, msg('rule.duplicateId', { kind, id, first: first.join('.') }));
      else seen.set(id, path);
    }
  };

  const langs = new Set(q.languages);
  if (langs.size !== q.languages.length) add(['languages'], msg('rule.languageTwice'));
  const text = (t: LocalizedText | undefined, path: Path) => {
    if (!t) return;
    for (const lang of langs) if (!t[lang]) add([...path, lang], msg('rule.missingText', { lang }));
  };
  text(q.title, ['title']);
  text(q.description, ['description']);

  unique(q.sectors.map((s, i) => ({ id: s.id, path: ['sectors', i, 'id'] })), 'sector');
  q.sectors.forEach((s, i) => text(s.label, ['sectors', i, 'label']));

  q.scale.forEach((level, i) => {
    if (level.value !== i) add(['scale', i, 'value'], msg('rule.scaleValue', { value: i }));
    text(level.label, ['scale', i, 'label']);
  });

  unique(q.bands.map((b, i) => ({ id: b.id, path: ['bands', i, 'id'] })), 'band');
  q.bands.forEach((b, i) => {
    text(b.label, ['bands', i, 'label']);
    const expectedMin = i === 0 ? 0 : q.bands[i - 1]!.max;
    if (b.min !== expectedMin) {
      add(['bands', i, 'min'], i === 0 ? msg('rule.firstBand') : msg('rule.bandGap', { min: expectedMin }));
    }
    if (b.max <= b.min) add(['bands', i, 'max'], msg('rule.bandMax'));
  });
  const last = q.bands[q.bands.length - 1];
  if (last && last.max !== 100) add(['bands', q.bands.length - 1, 'max'], msg('rule.lastBand'));

  q.dimensions.forEach((d, i) => {
    const expected = FRAMEWORK_DIMENSIONS[i];
    if (!expected) add(['dimensions', i, 'id'], msg('rule.extraDimension', { count: FRAMEWORK_DIMENSIONS.length }));
    else {
      if (d.id !== expected[0]) add(['dimensions', i, 'id'], msg('rule.dimensionId', { id: expected[0], ids: FRAMEWORK_DIMENSIONS.map((x) => x[0]) }));
      if (d.kind !== expected[1]) add(['dimensions', i, 'kind'], msg('rule.dimensionKind', { kind: expected[1] }));
    }
  });
  if (q.dimensions.length < FRAMEWORK_DIMENSIONS.length) {
    const missing = FRAMEWORK_DIMENSIONS.slice(q.dimensions.length).map((x) => x[0]);
    add(['dimensions'], msg('rule.missingDimensions', { ids: missing }));
  }
  unique(q.dimensions.map((d, i) => ({ id: d.id, path: ['dimensions', i, 'id'] })), 'dimension');

  const questionIds: { id: string; path: Path }[] = [];
  q.dimensions.forEach((d, i) => {
    const at: Path = ['dimensions', i];
    text(d.title, [...at, 'title']);
    text(d.summary, [...at, 'summary']);
    d.questions.forEach((question, j) => {
      const qp: Path = [...at, 'questions', j];
      questionIds.push({ id: question.id, path: [...qp, 'id'] });
      if (!question.id.startsWith(`${d.id}.`)) add([...qp, 'id'], msg('rule.questionPrefix', { dimension: d.id }));
      text(question.text, [...qp, 'text']);
      text(question.help, [...qp, 'help']);
      question.levels.forEach((l, k) => text(l, [...qp, 'levels', k]));
      if (question.audience && new Set(question.audience).size !== question.audience.length) add([...qp, 'audience'], msg('rule.audienceTwice'));
      for (const [audience, w] of Object.entries(question.wording ?? {})) {
        const wp: Path = [...qp, 'wording', audience];
        if (w && question.audience && !question.audience.includes(audience as never)) add(wp, msg('rule.wordingAudience', { audience }));
        text(w?.text, [...wp, 'text']);
        text(w?.help, [...wp, 'help']);
        w?.levels?.forEach((l, k) => text(l, [...wp, 'levels', k]));
      }
    });
    d.practices.forEach((p, k) => text(p.text, [...at, 'practices', k, 'text']));
    if (d.practices.length < MIN_PRACTICES_PER_DIMENSION) {
      add([...at, 'practices'], msg('rule.fewPractices', { min: MIN_PRACTICES_PER_DIMENSION, n: d.practices.length }));
    }
  });
  unique(questionIds, 'question');
  const ownIds = new Set(questionIds.map((x) => x.id));
  q.dimensions.forEach((d, i) =>
    d.questions.forEach((question, j) =>
      question.replaces?.forEach((ref, k) => {
        if (ownIds.has(ref)) add(['dimensions', i, 'questions', j, 'replaces', k], msg('rule.replacesOwn', { id: ref }));
      }),
    ),
  );
  q.sectors.forEach((s, i) => text(s.brings, ['sectors', i, 'brings']));

  const dimensionIds = new Set(q.dimensions.map((d) => d.id));
  unique(q.challenges.map((c, i) => ({ id: c.id, path: ['challenges', i, 'id'] })), 'challenge');
  q.challenges.forEach((c, i) => {
    text(c.text, ['challenges', i, 'text']);
    const seen = new Set<string>();
    c.dimensions.forEach((ref, k) => {
      if (!dimensionIds.has(ref)) add(['challenges', i, 'dimensions', k], msg('rule.unknownDimension', { id: ref }));
      else if (seen.has(ref)) add(['challenges', i, 'dimensions', k], msg('rule.dimensionTwice', { id: ref }));
      seen.add(ref);
    });
  });

  // Practices: unique ids, and what they serve exists; each challenge is served by enough of them.
  const practices = q.dimensions.flatMap((d, i) => d.practices.map((p, k) => ({ p, path: ['dimensions', i, 'practices', k] as Path })));
  unique(practices.map(({ p, path }) => ({ id: p.id, path: [...path, 'id'] })), 'practice');
  const challengeIds = new Set(q.challenges.map((c) => c.id));
  const preconditions = new Set(q.dimensions.filter((d) => d.kind === 'precondition').map((d) => d.id));
  const servedBy = new Map<string, number>();
  for (const { p, path } of practices) {
    const seen = new Set<string>();
    p.serves.forEach((ref, k) => {
      const at: Path = [...path, 'serves', k];
      const known = ref.includes('.') ? ownIds.has(ref) : challengeIds.has(ref) || preconditions.has(ref);
      if (!known) {
        const what = ref.includes('.') ? 'question' : dimensionIds.has(ref) ? 'component' : 'challenge';
        add(at, msg('rule.unknownServed', { what, id: ref }));
      } else if (seen.has(ref)) add(at, msg('rule.listedTwice', { id: ref }));
      else if (preconditions.has(ref) && path[1] !== q.dimensions.findIndex((d) => d.id === ref)) {
        add(at, msg('rule.preconditionElsewhere', { id: ref }));
      } else servedBy.set(ref, (servedBy.get(ref) ?? 0) + 1);
      seen.add(ref);
    });
  }
  q.challenges.forEach((c, i) => {
    const n = servedBy.get(c.id) ?? 0;
    if (n < MIN_PRACTICES_PER_CHALLENGE) {
      add(['challenges', i, 'id'], msg('rule.underServed', { min: MIN_PRACTICES_PER_CHALLENGE, id: c.id, n }));
    }
  });
  return problems;
}
