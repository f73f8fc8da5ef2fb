// Cross-field rules of a questionnaire, checked after the zod schema: ids, references, languages, bands.
import type { Questionnaire, LocalizedText } from './schema.js';

export type Path = (string | number)[];
export interface RuleProblem {
  path: Path;
  message: string;
}

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
    });
    d.practices.forEach((p, k) => text(p.text, [...at, 'practices', k, 'text']));
  });
  unique(questionIds, 'question');

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
  return problems;
}
