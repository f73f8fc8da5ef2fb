// A quick check of answer documents that are plainly well formed, giving what AnswerFile.parse gives, without
// loading zod (a third of start-up). It may refuse a valid document: the zod schema then decides, and explains.
import type { AnswerFile } from './schema.js';
import { DATE, ID, isCalendarDate, MAX_COMMENT, MAX_ID, MAX_NAME, MAX_QUESTION_ID, MAX_VERSION, QUESTION_ID, SAFE_TEXT } from '../core/patterns.js';

type Answers = AnswerFile['answers'];
type Answer = NonNullable<Answers[string]>;

const TOP_KEYS = new Set(['questionnaire', 'version', 'territory', 'respondent', 'date', 'answers']);
const RESPONDENT_KEYS = new Set(['name', 'sector']);
const ANSWER_KEYS = new Set(['value', 'comment']);

/** The parsed answer file, exactly as the schema would give it, or undefined to let the schema decide. */
export function fastAnswerFile(v: unknown): AnswerFile | undefined {
  if (!isRecord(v) || !onlyKeys(v, TOP_KEYS)) return undefined;
  const { questionnaire, version, territory, respondent, date } = v;
  if (!id(questionnaire) || !trimmedText(territory, 1, MAX_NAME)) return undefined;
  if (version !== undefined && !text(version, MAX_VERSION)) return undefined;
  if (date !== undefined && !(typeof date === 'string' && calendarDate(date))) return undefined;
  if (!isRecord(respondent) || !onlyKeys(respondent, RESPONDENT_KEYS) || !id(respondent.sector)) return undefined;
  if (respondent.name !== undefined && !trimmedText(respondent.name, 0, MAX_NAME)) return undefined;
  const answers = v.answers === undefined || v.answers === null ? {} : answersOf(v.answers);
  if (!answers) return undefined;
  return {
    questionnaire,
    ...(version !== undefined && { version }),
    territory,
    respondent: { ...(respondent.name !== undefined && { name: respondent.name }), sector: respondent.sector },
    ...(date !== undefined && { date }),
    answers,
  };
}

/** The answers as they are (what the schema gives is an equal copy: nothing here is changed by parsing). */
function answersOf(v: unknown): Answers | undefined {
  if (!isRecord(v)) return undefined;
  for (const key of Object.keys(v)) {
    if (key.length > MAX_QUESTION_ID || !QUESTION_ID.test(key) || !answer(v[key])) return undefined;
  }
  return v as Answers;
}

function answer(v: unknown): v is Answer {
  if (level(v)) return true;
  if (!isRecord(v) || !onlyKeys(v, ANSWER_KEYS) || !level(v.value)) return false;
  return v.comment === undefined || text(v.comment, MAX_COMMENT);
}

// Thousands of responses share a few dates: each is checked once.
const dates = new Map<string, boolean>();

function calendarDate(s: string): boolean {
  let ok = dates.get(s);
  if (ok === undefined) dates.set(s, (ok = DATE.test(s) && isCalendarDate(s)));
  return ok;
}

function level(v: unknown): v is 0 | 1 | 2 | 3 | 'unknown' {
  return v === 'unknown' || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 3);
}

function id(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_ID && ID.test(v);
}

function text(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max && SAFE_TEXT.test(v);
}

/** The schema trims these: only text that trimming leaves as it is is taken here. */
function trimmedText(v: unknown, min: number, max: number): v is string {
  return text(v, max) && v.length >= min && v.trim() === v;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

function onlyKeys(v: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key of Object.keys(v)) if (!allowed.has(key)) return false;
  return true;
}
