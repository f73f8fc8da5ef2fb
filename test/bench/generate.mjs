// Synthetic but valid answer files for the benchmark: responses to the complete questionnaire, from every
// sector, with names, dates, some "unknown", some unanswered questions and some comments. Deterministic.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const COMMENTS = [
  'Le diagnostic de 2023 est présenté à chaque comité de pilotage.',
  'À revoir : les données « décrochage » datent de 2019.',
  "Pas d'accord entre l'État et la ville sur ce point.",
  'Temps dégagé pour 2 ETP, mais pas au-delà de juin.',
  'Les familles viennent si la réunion a lieu après 18 h.',
];
const NAMES = ['Claire Martin', 'Karim Benali', 'Sophie Nguyen', 'Jean-Luc Perrin', "Aïssata N'Diaye", 'Marc Lefèvre'];

/** A small deterministic generator (mulberry32), so that every run measures the same files. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function readQuestionnaire(root) {
  const q = parse(readFileSync(join(root, 'questionnaires', 'impact-collectif.yaml'), 'utf8'));
  return { id: q.id, questions: q.dimensions.flatMap((d) => d.questions.map((x) => x.id)), sectors: q.sectors.map((s) => s.id) };
}

/** Response number `i` as YAML text (of `territory`, by default the one territory of the aggregation sizes). */
export function answerYaml(q, i, territory = 'Cité éducative de Villeneuve-la-Garenne') {
  const r = random(i + 1);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const lines = [
    `# Réponse ${i + 1}`,
    `questionnaire: ${q.id}`,
    `territory: ${territory}`,
    'respondent:',
    `  name: ${pick(NAMES)}`,
    `  sector: ${q.sectors[i % q.sectors.length]}`,
    `date: 2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    'answers:',
  ];
  for (const id of q.questions) {
    const x = r();
    const level = Math.min(3, Math.floor(r() * 4));
    if (x < 0.03) continue;
    if (x < 0.08) lines.push(`  ${id}: unknown`);
    else if (x < 0.13) lines.push(`  ${id}: { value: ${level}, comment: "${pick(COMMENTS)}" }`);
    else lines.push(`  ${id}: ${level}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The same response as JSON, as an online form would export it. */
export function answerJson(q, i) {
  return `${JSON.stringify(parse(answerYaml(q, i)), null, 2)}\n`;
}

/**
 * Writes, under `dir`, for each size n: files-n/ (one file per response), multi-n.yaml (one file, n documents),
 * and json-n/ (one JSON file per response) for the sizes in `jsonSizes`.
 */
export function generate(root, dir, sizes, jsonSizes = []) {
  const q = readQuestionnaire(root);
  const max = Math.max(...sizes);
  const texts = Array.from({ length: max }, (_, i) => answerYaml(q, i));
  const out = {};
  for (const n of sizes) {
    const files = join(dir, `files-${n}`);
    mkdirSync(files, { recursive: true });
    for (let i = 0; i < n; i++) writeFileSync(join(files, `r${String(i + 1).padStart(5, '0')}.yaml`), texts[i]);
    const multi = join(dir, `multi-${n}.yaml`);
    writeFileSync(multi, texts.slice(0, n).join('---\n'));
    out[n] = { files, multi, first: join(files, 'r00001.yaml') };
    if (jsonSizes.includes(n)) {
      const json = join(dir, `json-${n}`);
      mkdirSync(json, { recursive: true });
      for (let i = 0; i < n; i++) writeFileSync(join(json, `r${String(i + 1).padStart(5, '0')}.json`), answerJson(q, i));
      out[n].json = json;
    }
  }
  return out;
}

/**
 * The national case: `n` responses across `territories` territories, one multi-document file per territory (as a
 * survey export split by territory would give), under dir/national-n/. Territory k's responses are numbers k,
 * k + territories, k + 2 × territories…, so that every territory has every sector.
 */
export function generateNational(root, dir, n, territories) {
  const q = readQuestionnaire(root);
  const out = join(dir, `national-${n}`);
  mkdirSync(out, { recursive: true });
  for (let k = 0; k < territories; k++) {
    const name = `Cité éducative n° ${k + 1}`;
    const texts = [];
    for (let i = k; i < n; i += territories) texts.push(answerYaml(q, i, name));
    writeFileSync(join(out, `t${String(k + 1).padStart(3, '0')}.yaml`), texts.join('---\n'));
  }
  return out;
}
