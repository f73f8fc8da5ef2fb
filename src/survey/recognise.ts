// Recognises a survey export's columns (question ids, survey export codes, question texts, respondent fields) and
// its answer cells (codes, level numbers, level texts, "don't know"), against one questionnaire.
import type { AnswerValue } from '../answers/schema.js';
import type { Question, Questionnaire } from '../questionnaire/schema.js';
import { surveyText } from '../i18n/survey.js';
import { FIELDS, LIMESURVEY_UNKNOWN, questionCodes, sectorCode, UNKNOWN_CODE, type Field } from './codes.js';

export type Target = { kind: 'question'; id: string } | { kind: 'field'; field: Field } | { kind: 'ignore' };

/** A mapping (--map, survey/map.ts) read and checked against the questionnaire: columns as targets, values and sectors as lookups. */
export interface Mapping {
  questionnaire?: string;
  territory?: string;
  sector?: string;
  columns: Map<string, Target>;
  values: Map<string, AnswerValue>;
  sectors: Map<string, string>;
}

/** No mapping: every column and cell recognised by itself. */
export const EMPTY_MAPPING: Mapping = { columns: new Map(), values: new Map(), sectors: new Map() };

/** How texts are compared: Unicode NFC, typographic apostrophes as ', runs of spaces as one, trimmed, lower case. */
export function normalise(s: string): string {
  return s.normalize('NFC').replace(/[\u2019\u2018`\u00b4]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Header names of each respondent field, besides its code and its label in `survey export`. */
const FIELD_ALIASES: Record<Field, string[]> = {
  territory: ['territoire', 'territory', 'commune', 'quartier'],
  sector: ['secteur', 'sector', 'structure', 'organisation', 'organization'],
  name: ['nom', 'name', 'prénom et nom', 'full name', 'répondant', 'respondent'],
  date: ['date', 'date de réponse', 'response date'],
};

/**
 * Tool metadata that may stand for the date when no date column is there, and how its cells write the day:
 * Google Forms writes "Horodateur" 04/02/2025 in French and "Timestamp" 2/4/2025 (month first) in English;
 * LimeSurvey and Kobo write ISO dates.
 */
export const DATE_FALLBACKS: Record<string, 'iso' | 'dmy' | 'mdy'> = {
  horodateur: 'dmy',
  timestamp: 'mdy',
  submitdate: 'iso',
  'date submitted': 'iso',
  'date de soumission': 'iso',
  _submission_time: 'iso',
  today: 'iso',
  'heure de fin': 'dmy',
  'completion time': 'mdy',
};

/** Metadata columns of LimeSurvey, KoboToolbox, Google and Microsoft Forms, read as nothing. */
const IGNORED = new Set([
  'id', 'response id', 'lastpage', 'last page', 'startlanguage', 'start language', 'seed', 'token', 'startdate', 'date started',
  'datestamp', 'date last action', 'ipaddr', 'ip address', 'refurl', 'referrer url', 'start', 'end', 'deviceid', 'meta/instanceid',
  'adresse e-mail', 'email address', 'email', 'e-mail', 'heure de début', 'start time', 'langue', 'language',
  // LimeSurvey's headings in French ("full question text")
  'id de la réponse', 'dernière page', 'langue de départ', 'tête de série', 'date de lancement', 'date de la dernière action',
  'adresse ip', 'url de référence',
]);

/** Every text a column may carry, normalised, with what it stands for (several when it is ambiguous). */
export function columnIndex(q: Questionnaire): Map<string, Target[]> {
  const index = new Map<string, Target[]>();
  const add = (text: string | undefined, target: Target) => {
    if (!text) return;
    const key = normalise(text);
    const list = index.get(key) ?? [];
    if (!list.some((t) => same(t, target))) list.push(target);
    index.set(key, list);
  };
  for (const field of FIELDS) {
    add(field, { kind: 'field', field });
    for (const lang of ['fr', 'en'] as const) add(surveyText[lang].fields[field], { kind: 'field', field });
    for (const alias of FIELD_ALIASES[field]) add(alias, { kind: 'field', field });
  }
  const codes = questionCodes(q);
  for (const d of q.dimensions) {
    for (const question of d.questions) {
      const target: Target = { kind: 'question', id: question.id };
      add(question.id, target);
      add(codes.get(question.id), target);
      for (const text of questionTexts(question)) add(text, target);
    }
  }
  return index;
}

function questionTexts(question: Question): string[] {
  const wordings = [question, ...Object.values(question.wording ?? {})];
  return wordings.flatMap((w) => [w.text.fr, w.text.en]).filter((t): t is string => t !== undefined);
}

export function same(a: Target, b: Target): boolean {
  if (a.kind === 'question' && b.kind === 'question') return a.id === b.id;
  if (a.kind === 'field' && b.kind === 'field') return a.field === b.field;
  return a.kind === b.kind;
}

/** What a header stands for by itself: targets (one, or several when ambiguous), 'ignore', or nothing known. */
export function lookupHeader(header: string, index: Map<string, Target[]>): Target[] {
  const key = normalise(header);
  const found = index.get(key);
  if (found) return found;
  // KoboToolbox names a column by its group path ("urgence/urgenceDonnees"); LimeSurvey may add " [code]".
  const last = key.includes('/') ? key.slice(key.lastIndexOf('/') + 1) : undefined;
  if (last !== undefined && index.has(last)) return index.get(last)!;
  if (IGNORED.has(key) || key.startsWith('_') || key === '') return [{ kind: 'ignore' }];
  return [];
}

/** The texts "don't know" may be written as, besides `unknown` and the survey export codes. */
const DONT_KNOW = [
  'je ne sais pas', 'ne sait pas', 'ne sais pas', 'nsp', 'sans avis', 'ne se prononce pas',
  "don't know", 'do not know', "i don't know", 'dont know', 'not sure', 'dk',
];

/** Every text an answer cell of `question` may hold, normalised, with its value (empty means unanswered). */
export function levelIndex(question: Question, q: Questionnaire, extra: ReadonlyMap<string, AnswerValue>): Map<string, AnswerValue> {
  const index = new Map<string, AnswerValue>();
  const add = (text: string | undefined, v: AnswerValue) => {
    if (text === undefined) return;
    const key = normalise(text);
    if (!index.has(key)) index.set(key, v);
  };
  for (const [text, v] of extra) add(text, v);
  for (const v of [0, 1, 2, 3] as const) add(String(v), v);
  for (const text of [UNKNOWN_CODE, LIMESURVEY_UNKNOWN, surveyText.fr.unknown, surveyText.en.unknown, ...DONT_KNOW]) add(text, 'unknown');
  const wordings = [question, ...Object.values(question.wording ?? {})];
  for (const w of wordings) {
    w.levels?.forEach((level, v) => {
      add(level.fr, v as AnswerValue);
      add(level.en, v as AnswerValue);
    });
  }
  for (const s of q.scale) {
    add(s.label.fr, s.value as AnswerValue);
    add(s.label.en, s.value as AnswerValue);
  }
  return index;
}

/** A cell's level: '' is unanswered (undefined); a whole number written "2.0" is 2; null when not recognised. */
export function levelOf(cell: string, index: ReadonlyMap<string, AnswerValue>): AnswerValue | undefined | null {
  const text = normalise(cell);
  if (text === '') return undefined;
  const n = /^([0-3])(?:[.,]0+)?$/.exec(text);
  if (n) return Number(n[1]) as AnswerValue;
  return index.get(text) ?? null;
}

/** Every text a sector cell may hold, normalised: its id, its labels, its LimeSurvey code. */
export function sectorIndex(q: Questionnaire, extra: ReadonlyMap<string, string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [text, id] of extra) index.set(normalise(text), id);
  q.sectors.forEach((s, i) => {
    for (const text of [s.id, s.label.fr, s.label.en, sectorCode(i)]) if (text !== undefined && !index.has(normalise(text))) index.set(normalise(text), s.id);
  });
  return index;
}

/** A day as YYYY-MM-DD from a cell: ISO (a time after it is dropped), or day first / month first as the tool writes it. */
export function dayOf(cell: string, style: 'iso' | 'dmy' | 'mdy'): string | undefined {
  const text = cell.trim();
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[ T])/.exec(text);
  const slashed = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:$|[ ,])/.exec(text);
  let y: string, m: string, d: string;
  if (iso) [, y, m, d] = iso as unknown as [string, string, string, string];
  else if (slashed && style !== 'iso') {
    const [, a, b, year] = slashed as unknown as [string, string, string, string];
    [y, m, d] = style === 'mdy' ? [year, a, b] : [year, b, a];
  } else return undefined;
  const day = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? day : undefined;
}
