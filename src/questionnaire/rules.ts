// Cross-field rules of a questionnaire, checked after the zod schema: ids, references, languages, bands.
import type { Questionnaire, LocalizedText } from './schema.js';

export type Path = (string | number)[];
export interface RuleProblem {
  path: Path;
  message: string;
}

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
  const add = (path: Path, message: string) => problems.push({ path, message });

  const unique = (ids: { id: string; path: Path }[], what: string) => {
    const seen = new Map<string, Path>();
    for (const { id, path } of ids) {
      const first = seen.get(id);
      if (first) add(path, `duplicate ${what} id "${id}" (first at ${first.join('.')})`);
      else seen.set(id, path);
    }
  };

  const langs = new Set(q.languages);
  if (langs.size !== q.languages.length) add(['languages'], 'a language is listed twice');
  const text = (t: LocalizedText | undefined, path: Path) => {
    if (!t) return;
    for (const lang of langs) if (!t[lang]) add([...path, lang], `missing "${lang}" text (the questionnaire declares it)`);
  };
  text(q.title, ['title']);
  text(q.description, ['description']);

  unique(q.sectors.map((s, i) => ({ id: s.id, path: ['sectors', i, 'id'] })), 'sector');
  q.sectors.forEach((s, i) => text(s.label, ['sectors', i, 'label']));

  q.scale.forEach((level, i) => {
    if (level.value !== i) add(['scale', i, 'value'], `must be ${i} (levels are 0, 1, 2, 3 in order)`);
    text(level.label, ['scale', i, 'label']);
  });

  unique(q.bands.map((b, i) => ({ id: b.id, path: ['bands', i, 'id'] })), 'band');
  q.bands.forEach((b, i) => {
    text(b.label, ['bands', i, 'label']);
    const expectedMin = i === 0 ? 0 : q.bands[i - 1]!.max;
    if (b.min !== expectedMin) {
      add(['bands', i, 'min'], i === 0 ? 'the first band must start at 0' : `must be ${expectedMin}, the previous band's max (no gap, no overlap)`);
    }
    if (b.max <= b.min) add(['bands', i, 'max'], 'must be greater than min');
  });
  const last = q.bands[q.bands.length - 1];
  if (last && last.max !== 100) add(['bands', q.bands.length - 1, 'max'], 'the last band must end at 100');

  q.dimensions.forEach((d, i) => {
    const expected = FRAMEWORK_DIMENSIONS[i];
    if (!expected) add(['dimensions', i, 'id'], `unexpected dimension: the framework has ${FRAMEWORK_DIMENSIONS.length}`);
    else {
      if (d.id !== expected[0]) add(['dimensions', i, 'id'], `must be "${expected[0]}" (dimensions: ${FRAMEWORK_DIMENSIONS.map((x) => x[0]).join(', ')})`);
      if (d.kind !== expected[1]) add(['dimensions', i, 'kind'], `must be "${expected[1]}"`);
    }
  });
  if (q.dimensions.length < FRAMEWORK_DIMENSIONS.length) {
    const missing = FRAMEWORK_DIMENSIONS.slice(q.dimensions.length).map((x) => x[0]);
    add(['dimensions'], `missing dimensions: ${missing.join(', ')}`);
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
      if (!question.id.startsWith(`${d.id}.`)) add([...qp, 'id'], `must start with "${d.id}." (the dimension's id)`);
      text(question.text, [...qp, 'text']);
      text(question.help, [...qp, 'help']);
      question.levels.forEach((l, k) => text(l, [...qp, 'levels', k]));
      if (question.audience && new Set(question.audience).size !== question.audience.length) add([...qp, 'audience'], 'an audience is listed twice');
      for (const [audience, w] of Object.entries(question.wording ?? {})) {
        const wp: Path = [...qp, 'wording', audience];
        if (w && question.audience && !question.audience.includes(audience as never)) add(wp, `"${audience}" is not among the question's audience`);
        text(w?.text, [...wp, 'text']);
        text(w?.help, [...wp, 'help']);
        w?.levels?.forEach((l, k) => text(l, [...wp, 'levels', k]));
      }
    });
    d.practices.forEach((p, k) => text(p.text, [...at, 'practices', k, 'text']));
    if (d.practices.length < MIN_PRACTICES_PER_DIMENSION) {
      add([...at, 'practices'], `must declare at least ${MIN_PRACTICES_PER_DIMENSION} practices (it has ${d.practices.length})`);
    }
  });
  unique(questionIds, 'question');
  const ownIds = new Set(questionIds.map((x) => x.id));
  q.dimensions.forEach((d, i) =>
    d.questions.forEach((question, j) =>
      question.replaces?.forEach((ref, k) => {
        if (ownIds.has(ref)) add(['dimensions', i, 'questions', j, 'replaces', k], `"${ref}" is a question of this questionnaire: it replaces a previous version's question`);
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
      if (!dimensionIds.has(ref)) add(['challenges', i, 'dimensions', k], `unknown dimension "${ref}"`);
      else if (seen.has(ref)) add(['challenges', i, 'dimensions', k], `dimension "${ref}" is listed twice`);
      seen.add(ref);
    });
  });

  // Practices: unique ids, and what they serve exists; each challenge is served by enough of them.
  const practices = q.dimensions.flatMap((d, i) => d.practices.map((p, k) => ({ p, path: ['dimensions', i, 'practices', k] as Path })));
  unique(practices.map(({ p, path }) => ({ id: p.id, path: [...path, 'id'] })), 'practice');
  const challengeIds = new Set(q.challenges.map((c) => c.id));
  const knownQuestions = new Set(questionIds.map((x) => x.id));
  const preconditions = new Set(q.dimensions.filter((d) => d.kind === 'precondition').map((d) => d.id));
  const servedBy = new Map<string, number>();
  for (const { p, path } of practices) {
    const seen = new Set<string>();
    p.serves.forEach((ref, k) => {
      const at: Path = [...path, 'serves', k];
      const known = ref.includes('.') ? knownQuestions.has(ref) : challengeIds.has(ref) || preconditions.has(ref);
      if (!known) {
        const what = ref.includes('.') ? 'question' : dimensionIds.has(ref) ? 'challenge or precondition (a component cannot be served as a whole)' : 'challenge or precondition';
        add(at, `unknown ${what} "${ref}"`);
      } else if (seen.has(ref)) add(at, `"${ref}" is listed twice`);
      else if (preconditions.has(ref) && path[1] !== q.dimensions.findIndex((d) => d.id === ref)) {
        add(at, `serves the precondition "${ref}" as a whole (its readiness advice): it must be declared under "${ref}"`);
      } else servedBy.set(ref, (servedBy.get(ref) ?? 0) + 1);
      seen.add(ref);
    });
  }
  q.challenges.forEach((c, i) => {
    const n = servedBy.get(c.id) ?? 0;
    if (n < MIN_PRACTICES_PER_CHALLENGE) {
      add(['challenges', i, 'id'], `must be served by at least ${MIN_PRACTICES_PER_CHALLENGE} practices (serves: [${c.id}]); ${n} serve it`);
    }
  });
  return problems;
}
