// The end of a session: a summary that fits one 80×24 screen (gate, scores, first challenges, where the answers are,
// how to get the full report), and the full report in less on request, printed when there is no less.
import { Chalk } from 'chalk';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Response } from '../../src/answers/schema.js';
import { findLess, page } from '../../src/assess/pager.js';
import type { View } from '../../src/assess/screens.js';
import { endSummary, TOP } from '../../src/assess/summary.js';
import { assessText } from '../../src/i18n/assess.js';
import { reportText } from '../../src/i18n/report.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import { gateHeadline, recommendationHeading } from '../../src/reporters/advice.js';
import { displayWidth } from '../../src/io/width.js';
import { score } from '../../src/scoring/score.js';

const view = (lang: 'fr' | 'en'): View => ({ lang, t: assessText[lang], width: 80, c: new Chalk({ level: 0 }) });
// As long as a default name gets: the territory's slug is cut at 40 characters.
const PATH = 'impact-collectif-express-cite-educative-de-nanterre-et-de-2026-11-30.yaml';
/** Rows the final prompt takes below the summary: its question and two choices (no key line). */
const PROMPT = 3;

describe.each(['fr', 'en'] as const)('endSummary (%s)', (lang) => {
  it.each(['impact-collectif', 'impact-collectif-express'])('%s: gate, every score, the first challenges and the commands, in 24 rows of 80 columns', async (id) => {
    const { questionnaire: q } = await loadQuestionnaire(id);
    const ids = q.dimensions.flatMap((d) => d.questions.map((x) => x.id));
    const response: Response = { file: PATH, doc: 0, questionnaire: q.id, version: q.version, territory: 'Nanterre', respondent: { sector: q.sectors[0]!.id }, date: '2026-11-30', answers: new Map(ids.map((x, i) => [x, { value: ([0, 1, 2, 3] as const)[i % 4]! }])) };
    const report = score(q, [response], { lang });
    const full = ['impact-collectif', 'report', PATH, '--lang', lang];
    const text = endSummary(view(lang), report, PATH, { full, html: [...full, '--format', 'html', '--output', 'rapport.html'] });
    // Rows as the terminal shows them: a longer line (a command to copy whole) takes several.
    const rows = text.trimEnd().split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(displayWidth(l) / 80)), 0);
    expect(rows + PROMPT).toBeLessThanOrEqual(24);
    for (const l of text.split('\n').filter((x) => !x.includes(PATH))) expect(displayWidth(l), l).toBeLessThan(80);
    expect(text).toContain(gateHeadline(report, lang).text.slice(0, 30));
    for (const d of report.dimensions) expect(text).toContain(d.title.slice(0, 20));
    expect(report.recommendations.length).toBeGreaterThan(TOP);
    for (const r of report.recommendations.slice(0, TOP)) expect(text).toContain(recommendationHeading(r, report, lang).slice(0, 20));
    expect(text).toContain(`${assessText[lang].end.summary.answers}${assessText[lang].colon}${PATH}`);
    expect(text.replace(/\n/g, ' ')).toContain(`impact-collectif report ${PATH} --lang ${lang} --format html --output rapport.html`);
    expect(text).toContain(reportText[lang].table.target);
  });
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the full report on request', () => {
  it('finds less on the PATH, and none on a PATH without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-pager-'));
    dirs.push(dir);
    expect(findLess({ PATH: dir })).toBeUndefined();
    expect(findLess({})).toBeUndefined();
    symlinkSync('/bin/true', join(dir, 'less'));
    expect(findLess({ PATH: `/nonexistent:${dir}` })).toBe(join(dir, 'less'));
  });

  it('says so when less cannot run (the report is then printed)', () => {
    expect(page('/nonexistent/less', 'text', {})).toBe(false);
  });
});
