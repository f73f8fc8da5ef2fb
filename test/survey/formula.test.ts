// survey export --to csv defuses a question text that a spreadsheet would run as a formula, with the same helper
// as report --format csv|xlsx (src/io/formula.ts).
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import { surveySpec } from '../../src/survey/export/spec.js';
import { csvCodes } from '../../src/survey/export/csv.js';

describe('survey export --to csv and formulas', () => {
  it('writes a text starting with = + - @ as text (a leading apostrophe), other texts as they are', async () => {
    const spec = surveySpec((await loadQuestionnaire('impact-collectif-express')).questionnaire, 'en');
    const question = spec.groups[0]!.questions[0]!;
    question.text = { fr: '=HYPERLINK("http://x.example")', en: '=HYPERLINK("http://x.example")' };
    question.levels = [{ fr: '@SUM(A1)', en: '@SUM(A1)' }, ...question.levels.slice(1)];
    const cells = (parse(csvCodes(spec)) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://x.example")`);
    expect(cells).toContain("'@SUM(A1)");
    expect(cells).toContain(question.id);
  });
});
