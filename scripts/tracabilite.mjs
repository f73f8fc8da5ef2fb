// Writes docs/tracabilite.md from docs/seed-elements.yaml and the built-in questionnaires: for each element of the
// seed document, the questions and practices that use it. `npm run tracabilite`; test/questionnaire/traceability
// checks that the committed file is this script's output.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url);
const read = (path) => parse(readFileSync(new URL(path, root), 'utf8'));

/** The seed elements, the complete and the express questionnaires, as parsed YAML. */
export function sources() {
  return {
    elements: read('docs/seed-elements.yaml'),
    complete: read('questionnaires/impact-collectif.yaml'),
    express: read('questionnaires/impact-collectif-express.yaml'),
  };
}

/** For one questionnaire: seed id → question ids, and seed id → practice ids (a challenge's practices included). */
export function uses(q) {
  const questions = new Map();
  const practices = new Map();
  const add = (map, key, value) => map.set(key, [...new Set([...(map.get(key) ?? []), value])]);
  const challengeSeed = new Map(q.challenges.map((c) => [c.id, c.seed ?? []]));
  for (const d of q.dimensions) {
    for (const x of d.questions) for (const s of x.seed ?? []) add(questions, s, x.id);
    for (const p of d.practices ?? []) {
      for (const s of p.seed ?? []) add(practices, s, p.id);
      for (const ref of p.serves) for (const s of challengeSeed.get(ref) ?? []) add(practices, s, p.id);
    }
  }
  return { questions, practices };
}

export function render({ elements, complete, express }) {
  const full = uses(complete);
  const quick = uses(express);
  const ids = (list) => (list?.length ? list.map((id) => `\`${id}\``).join(', ') : '—');
  const cell = (s) => String(s).replace(/\|/g, '\\|');
  const lines = [
    '# Traçabilité : du séminaire aux questionnaires',
    '',
    '<!-- Généré par `npm run tracabilite` à partir de docs/seed-elements.yaml et des questionnaires : ne pas modifier à la main. -->',
    '',
    `Chaque élément du document source (séminaire « Renforcer les coopérations éducatives : la démarche impact collectif », Gennevilliers, 4 février 2025) et les questions et pratiques qui l’utilisent, dans le questionnaire complet (version ${complete.version}) et l’express (version ${express.version}). Les pratiques d’un défi sont celles qui le servent (\`serves\`).`,
    '',
    '| Élément | Section du séminaire | Contenu | Questions (complet) | Questions (express) | Pratiques (complet) |',
    '| :-- | :-- | :-- | :-- | :-- | :-- |',
  ];
  for (const e of elements) {
    lines.push(`| ${e.id} | ${cell(e.section)} | ${cell(e.text)} | ${ids(full.questions.get(e.id))} | ${ids(quick.questions.get(e.id))} | ${ids(full.practices.get(e.id))} |`);
  }
  const unused = elements.filter((e) => !full.questions.has(e.id) && !full.practices.has(e.id)).map((e) => e.id);
  lines.push('', unused.length ? `Éléments sans question ni pratique dans le questionnaire complet : ${unused.join(', ')}.` : 'Chaque élément est repris par au moins une question ou une pratique du questionnaire complet.', '');
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('docs/tracabilite.md', root), render(sources()));
}
