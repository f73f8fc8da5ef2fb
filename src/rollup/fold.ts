// Reading many answer files for a roll-up: each response folded into its territory's counts as soon as it is
// read, then dropped, so that 100,000 responses take the memory of their counts, not of the responses.
import type { LoadedQuestionnaire } from '../questionnaire/builtin.js';
import { archivedVersions, builtinIds, loadArchived, loadQuestionnaire } from '../questionnaire/builtin.js';
import type { Questionnaire } from '../questionnaire/schema.js';
import { readInput, STDIN } from '../input/read.js';
import { parseYamlDocuments } from '../input/yaml.js';
import { fastAnswerFile } from '../answers/fast.js';
import { expandPaths, kindOf, responsesOf, type LoadOptions } from '../answers/responses.js';
import { foldResponse, type SectorCounts } from '../scoring/tally.js';

/** One territory as written in the responses: its counts per sector and its dates. */
export interface Written {
  responses: number;
  bySector: Map<string, SectorCounts>;
  from: string | null;
  to: string | null;
}

export interface Folded {
  questionnaire: LoadedQuestionnaire;
  /** Territory as written → its counts. */
  byName: Map<string, Written>;
  files: string[];
}

/** What the responses of one version (or of none) used: enough to tell whether they all fit a questionnaire. */
interface Usage {
  questions: Set<string>;
  sectors: Set<string>;
}

/** Distinct versions remembered for the notes: a form gone wrong could give each response its own. */
const MAX_VERSIONS = 50;

/**
 * Folds every response of `paths` per territory as written. Returns null whenever the answers are not plainly
 * good (another questionnaire, a question or sector the questionnaire lacks, versions mixed, a JSON report, standard
 * input): the caller then reads them the usual way (loadResponses), which explains the problem with its line, or
 * scores them. On good input, the counts are those tally() makes from the same responses.
 */
export async function foldAnswerFiles(paths: string[], ref: string | undefined, options: LoadOptions = {}): Promise<Folded | null> {
  if (paths.includes(STDIN)) return null;
  const inputs = await expandPaths(paths);
  const byName = new Map<string, Written>();
  const usage = new Map<string | undefined, Usage>();
  const versions = new Map<string, { file: string; line: number; col: number }>();
  const files: string[] = [];
  let questionnaireId: string | undefined;
  // A string read from a file may be a slice of the file's whole text, which it then keeps alive: every string
  // kept beyond its file (map keys, dates) is stored as a copy, once per distinct value.
  const copies = new Map<string, string>();
  const keep = (x: string) => {
    let copy = copies.get(x);
    if (copy === undefined) copies.set((copy = Buffer.from(x, 'utf8').toString('utf8')), copy);
    return copy;
  };
  for (const [i, { path, listed, regular }] of inputs.entries()) {
    const input = await readInput(path, undefined, { regular });
    const docs = parseYamlDocuments(input.text, input.file, { take: fastAnswerFile });
    const kind = kindOf(docs);
    // A file named that is no answer file is for loadResponses to refuse, in its words.
    if (kind !== 'answers' && !listed) return null;
    if (kind !== 'answers') {
      options.onNote?.({ kind: 'skipped', file: input.file, what: kind });
      options.onProgress?.(i + 1, inputs.length);
      continue;
    }
    for (const { response: r, doc } of await responsesOf(docs, input.file)) {
      questionnaireId ??= r.questionnaire;
      if (r.questionnaire !== questionnaireId) return null;
      let u = usage.get(r.version);
      if (!u) {
        if (usage.size >= MAX_VERSIONS) return null;
        const version = r.version === undefined ? undefined : keep(r.version);
        usage.set(version, (u = { questions: new Set(), sectors: new Set() }));
        if (version !== undefined) versions.set(version, { file: r.file, ...doc.locate(['version']) });
      }
      if (!u.sectors.has(r.respondent.sector)) u.sectors.add(keep(r.respondent.sector));
      for (const id of r.answers.keys()) if (!u.questions.has(id)) u.questions.add(keep(id));
      let w = byName.get(r.territory);
      if (!w) byName.set(keep(r.territory), (w = { responses: 0, bySector: new Map(), from: null, to: null }));
      w.responses++;
      foldResponse(w.bySector, r, keep);
      if (r.date !== undefined) {
        if (w.from === null || r.date < w.from) w.from = keep(r.date);
        if (w.to === null || r.date > w.to) w.to = keep(r.date);
      }
    }
    files.push(path);
    options.onProgress?.(i + 1, inputs.length);
  }
  if (questionnaireId === undefined) return null;
  const questionnaire = await questionnaireOf(questionnaireId, ref, usage);
  if (!questionnaire) return null;
  if (questionnaire.builtin && options.onNote) {
    // As loadResponses does: each unknown version noted once, the first three.
    const { id, version } = questionnaire.questionnaire;
    const current = (await loadQuestionnaire(id)).questionnaire.version;
    const known = [current, ...archivedVersions(id)];
    const unknown = [...versions].filter(([v]) => !known.includes(v)).slice(0, 3);
    for (const [v, at] of unknown) options.onNote({ kind: 'unknown-version', ...at, version: v, id, used: version, known });
  }
  return { questionnaire, byName, files };
}

/** The questionnaire loadResponses would choose, when every response fits it; null otherwise. */
async function questionnaireOf(id: string, ref: string | undefined, usage: Map<string | undefined, Usage>): Promise<LoadedQuestionnaire | null> {
  if (ref === undefined && !builtinIds().includes(id)) return null;
  const loaded = await loadQuestionnaire(ref ?? id);
  if (loaded.questionnaire.id !== id) return null;
  const all = [...usage.values()];
  if (!loaded.builtin) return fits(all, loaded.questionnaire) ? loaded : null;
  const archived = archivedVersions(id);
  const named = [...usage.keys()].filter((v): v is string => v !== undefined && (v === loaded.questionnaire.version || archived.includes(v)));
  if (named.length > 1) return null;
  const candidates = named.length ? [named[0]!] : [loaded.questionnaire.version, ...archived];
  for (const v of candidates) {
    const q = v === loaded.questionnaire.version ? loaded : await loadArchived(id, v);
    if (fits(all, q.questionnaire)) return q;
    if (named.length) return null;
  }
  return null;
}

function fits(usage: Usage[], q: Questionnaire): boolean {
  const questions = new Set(q.dimensions.flatMap((d) => d.questions.map((x) => x.id)));
  const sectors = new Set(q.sectors.map((s) => s.id));
  return usage.every((u) => [...u.questions].every((id) => questions.has(id)) && [...u.sectors].every((s) => sectors.has(s)));
}
