// What scripts/fast-check.mjs generates from: the answer-file schema, and the functions and patterns it uses,
// which the generated check imports instead of copying (so that it never loads zod).
import { AnswerFile } from '../src/answers/schema.js';
import { orEmpty } from '../src/core/object.js';
import { DATE, ID, isCalendarDate, QUESTION_ID, SAFE_TEXT } from '../src/core/patterns.js';

const patterns = '../core/patterns.js';
const KNOWN = [
  { regex: SAFE_TEXT, name: 'SAFE_TEXT', from: patterns },
  { regex: ID, name: 'ID', from: patterns },
  { regex: QUESTION_ID, name: 'QUESTION_ID', from: patterns },
  { regex: DATE, name: 'DATE', from: patterns },
  { fn: isCalendarDate, name: 'isCalendarDate', from: patterns, memo: true },
  { fn: orEmpty, name: 'orEmpty', from: '../core/object.js' },
];

/** The schema and what it calls: generate(SOURCE.schema, SOURCE.known). */
export const SOURCE = { schema: AnswerFile, known: KNOWN };
