// Texts of the analyst exports (report --format csv|xlsx): column headers, sheet names, the scores table's rows.
import type { PreconditionStatus } from '../scoring/report.js';

const fr = {
  help: {
    table: (choices: string) => `tableau du CSV (un fichier ne tient qu’un tableau) : ${choices} (défaut : scores ; le XLSX a les deux, une feuille chacun)`,
    dialect: (choices: string) => `variante du CSV : ${choices} (défaut : rfc4180, séparateur virgule ; excel-fr : point-virgule, BOM et virgule décimale, pour Excel en français)`,
  },
  sheets: { long: 'réponses', scores: 'scores', rollup: 'territoires', spread: 'dispersion', plan: 'plan' },
  long: {
    territory: 'territoire',
    date: 'date',
    respondent: 'répondant',
    sector: 'secteur',
    questionnaire: 'questionnaire',
    version: 'version',
    dimension: 'dimension',
    question: 'question',
    value: 'valeur',
    comment: 'commentaire',
    name: 'nom',
  },
  scores: {
    territory: 'territoire',
    questionnaire: 'questionnaire',
    version: 'version',
    kind: 'type',
    id: 'id',
    title: 'intitulé',
    score: 'score',
    band: 'niveau',
    target: 'cible',
    gap: 'écart',
    responses: 'réponses',
    status: 'statut',
  },
  rows: {
    preconditions: 'Indice des préconditions',
    components: 'Indice des composantes',
    gate: 'Préconditions réunies',
  },
  /** The scores table's `type` column; its `statut` column: a precondition's status, the gate's. */
  kinds: { precondition: 'précondition', component: 'composante', index: 'indice', gate: 'seuil' },
  status: { met: 'réunie', fragile: 'fragile', unmet: 'non réunie', unknown: 'à vérifier' } satisfies Record<PreconditionStatus, string>,
  gate: { met: 'atteint', unmet: 'non atteint' },
  rollup: { territory: 'territoire', responses: 'réponses', sectors: 'secteurs', gate: 'préconditions réunies', met: 'réunies', unmet: 'non réunies' },
  spread: { dimension: 'dimension', territories: 'territoires', min: 'min', q1: 'Q1', median: 'médiane', q3: 'Q3', max: 'max' },
  plan: { id: 'id', title: 'action', challenge: 'défi', dimensions: 'dimensions', owner: 'porteur', due: 'échéance', status: 'statut', notes: 'notes' },
};

const en: typeof fr = {
  help: {
    table: (choices) => `the CSV's table (a file holds one table): ${choices} (default: scores; the XLSX has both, a sheet each)`,
    dialect: (choices) => `CSV variant: ${choices} (default: rfc4180, comma-separated; excel-fr: semicolons, a BOM and decimal commas, for Excel in French)`,
  },
  sheets: { long: 'responses', scores: 'scores', rollup: 'territories', spread: 'spread', plan: 'plan' },
  long: {
    territory: 'territory',
    date: 'date',
    respondent: 'respondent',
    sector: 'sector',
    questionnaire: 'questionnaire',
    version: 'version',
    dimension: 'dimension',
    question: 'question',
    value: 'value',
    comment: 'comment',
    name: 'name',
  },
  scores: {
    territory: 'territory',
    questionnaire: 'questionnaire',
    version: 'version',
    kind: 'kind',
    id: 'id',
    title: 'title',
    score: 'score',
    band: 'band',
    target: 'target',
    gap: 'gap',
    responses: 'responses',
    status: 'status',
  },
  rows: {
    preconditions: 'Preconditions index',
    components: 'Components index',
    gate: 'Preconditions in place',
  },
  kinds: { precondition: 'precondition', component: 'component', index: 'index', gate: 'gate' },
  status: { met: 'met', fragile: 'fragile', unmet: 'unmet', unknown: 'unknown' },
  gate: { met: 'met', unmet: 'unmet' },
  rollup: { territory: 'territory', responses: 'responses', sectors: 'sectors', gate: 'preconditions in place', met: 'met', unmet: 'unmet' },
  spread: { dimension: 'dimension', territories: 'territories', min: 'min', q1: 'Q1', median: 'median', q3: 'Q3', max: 'max' },
  plan: { id: 'id', title: 'action', challenge: 'challenge', dimensions: 'dimensions', owner: 'owner', due: 'due', status: 'status', notes: 'notes' },
};

export const exportsText = { fr, en };
