// `compare` end to end: golden comparisons (a year apart, a version change), JSON report sides, bad input, usage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Comparison } from '../../src/compare/schema.js';
import { bin, cli, fixture, ok } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const Y2025 = fixture('answers/collective');
const Y2026 = fixture('answers/collective-2026');
const V11_ANSWERS = fixture('answers/collective-v1.1');
const V11 = fixture('questionnaires/impact-collectif-1.1.yaml');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ic-compare-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the JSON report of `paths` into the temporary directory and returns its path. */
async function jsonReport(name: string, ...args: string[]): Promise<string> {
  const out = join(dir, name);
  await ok(['report', ...args, '--format', 'json', '--output', out]);
  return out;
}

describe('golden comparisons', () => {
  it.each([
    ['compare/years.fr.txt', [Y2025, Y2026, '--lang', 'fr']],
    ['compare/years.en.txt', [Y2025, Y2026, '--lang', 'en']],
    ['compare/years.fr.md', [Y2025, Y2026, '--lang', 'fr', '--format', 'markdown']],
    ['compare/years.fr.json', [Y2025, Y2026, '--lang', 'fr', '--format', 'json']],
    ['compare/version.fr.txt', [Y2025, V11_ANSWERS, '--questionnaire-after', V11, '--lang', 'fr']],
    ['compare/version.en.md', [Y2025, V11_ANSWERS, '--questionnaire-after', V11, '--lang', 'en', '--format', 'markdown']],
    ['compare/version.fr.json', [Y2025, V11_ANSWERS, '--questionnaire-after', V11, '--lang', 'fr', '--format', 'json']],
    // Built-in 1.0.0 answers (scored with the archived 1.0.0) against built-in 1.1.0 answers: merged, added questions.
    ['compare/builtin-1.1.fr.txt', [Y2025, fixture('answers/collective-2027'), '--lang', 'fr']],
  ] as const)('%s', async (name, args) => {
    expectGolden(await ok(['compare', ...args]), name);
  });

  it('the JSON comparison is valid against its schema, and `schema compare` prints that schema', async () => {
    const c = Comparison.parse(JSON.parse(await ok(['compare', Y2025, Y2026, '--format', 'json'])));
    expect(c.dimensions).toHaveLength(8);
    const schema = JSON.parse(await ok(['schema', 'compare'])) as { title: string; properties: Record<string, { description?: string }> };
    expect(schema.title).toBe('impact-collectif compare');
    // `plan` is there only with --plan (test/plan).
    expect(Object.keys(schema.properties)).toEqual([...Object.keys(c), 'plan']);
    expect(schema.properties.questions?.description).toContain('one level or more');
  });
});

describe('sides', () => {
  it('a JSON report on either side gives the same comparison as its answer files', async () => {
    const before = await jsonReport('2025.json', Y2025);
    const after = await jsonReport('2026.json', Y2026);
    const expected = await ok(['compare', Y2025, Y2026, '--format', 'json']);
    const viaReports = JSON.parse(await ok(['compare', before, after, '--format', 'json'])) as Comparison;
    expect(viaReports.before.source).toBe('report');
    expect(viaReports.after.source).toBe('report');
    const same = { ...viaReports, before: { ...viaReports.before, source: 'answers' }, after: { ...viaReports.after, source: 'answers' } };
    expect(same).toEqual(JSON.parse(expected));
    expect(await ok(['compare', before, Y2026, '--lang', 'fr'])).toContain('Avant : 12 réponses, du 4 mars 2025 au 18 mars 2025 (rapport JSON)');
  });

  it('reads a JSON report of the previous format (reportVersion 1) as its answer files, with today\'s rules', async () => {
    // Written by version 1 of the report (kept as it was): "failing" gate, priorities, divergences by max − min.
    const v1 = fixture('reports/collective-2025.v1.fr.json');
    expect(JSON.parse(readFileSync(v1, 'utf8')).reportVersion).toBe(1);
    const expected = JSON.parse(await ok(['compare', Y2025, Y2026, '--format', 'json', '--lang', 'fr'])) as Comparison;
    const viaV1 = JSON.parse(await ok(['compare', v1, Y2026, '--format', 'json', '--lang', 'fr'])) as Comparison;
    expect({ ...viaV1, before: { ...viaV1.before, source: 'answers' } }).toEqual(expected);
    expect(viaV1.toDiscuss.before).toBe(4); // the v1 file flags 6 questions; today's rule, 4
  });

  it('a version change through JSON reports is recomputed on the shared questions too', async () => {
    const after = await jsonReport('v11.json', V11_ANSWERS, '--questionnaire', V11);
    const viaReport = JSON.parse(await ok(['compare', Y2025, after, '--format', 'json'])) as Comparison;
    const viaAnswers = JSON.parse(await ok(['compare', Y2025, V11_ANSWERS, '--questionnaire-after', V11, '--format', 'json'])) as Comparison;
    expect(viaReport.scope.leftOut.questions.map((q) => q.id)).toEqual(['noyau.renouvellement', 'engagement-inclusif.jeunes']);
    expect(viaReport.dimensions).toEqual(viaAnswers.dimensions);
  });

  it('--before and --after take several files per side', async () => {
    const files = ['01-college-jean-zay.yaml', '04-ville-education.yaml', 'associations.yaml'].map((f) => join(Y2025, f));
    const c = JSON.parse(await ok(['compare', ...files.flatMap((f) => ['--before', f]), '--after', Y2026, '--format', 'json'])) as Comparison;
    expect(c.before.responses).toBe(5);
    expect(c.after.responses).toBe(11);
  });

  it('reads one side from standard input (answers, or a JSON report)', async () => {
    const text = readFileSync(join(Y2025, 'associations.yaml'), 'utf8');
    const r = await cli(['compare', '-', Y2026, '--format', 'json'], { stdin: text });
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Comparison).before.responses).toBe(3);
    const report = readFileSync(await jsonReport('2025.json', Y2025), 'utf8');
    const viaStdin = await cli(['compare', '-', Y2026, '--format', 'json'], { stdin: report });
    expect((JSON.parse(viaStdin.stdout) as Comparison).before).toMatchObject({ source: 'report', responses: 12 });
  });
});

describe('bad input and usage: exit 2, one line, no stack trace', () => {
  it('names the file when the questionnaire ids differ', async () => {
    const other = join(dir, 'express.yaml');
    writeFileSync(other, 'questionnaire: impact-collectif-express\nterritory: Ailleurs\nrespondent: { sector: association }\nanswers:\n  urgence.constat-partage: 2\n');
    const r = await cli(['compare', Y2025, other]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${other}: uses questionnaire "impact-collectif-express", but ${join(Y2025, '01-college-jean-zay.yaml')} uses "impact-collectif": a comparison covers one questionnaire\n`,
    );
  });

  it('points at the line of a JSON report that does not fit the report schema', async () => {
    const path = await jsonReport('2025.json', Y2025);
    const text = readFileSync(path, 'utf8').replace('"responses": 12', '"responses": "douze"');
    writeFileSync(path, text);
    const line = text.split('\n').findIndex((l) => l.includes('"douze"')) + 1;
    const r = await cli(['compare', path, Y2026]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${path}:${line}:16: responses: must be a number\n`);
  });

  it('reads a JSON file that is not a report as answers, and refuses a report mixed with answer files', async () => {
    const notReport = join(dir, 'x.json');
    writeFileSync(notReport, '{"questionnaire": "impact-collectif"}\n');
    const r = await cli(['compare', notReport, Y2026]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${notReport}:1:1: territory: is required\n${notReport}:1:1: respondent: is required\n`);
    const report = await jsonReport('2025.json', Y2025);
    const mixed = await cli(['compare', '--before', report, '--before', Y2025, '--after', Y2026]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('a JSON report must be the only input of its side');
  });

  it.each([
    [[Y2025], 'compare takes two sides'],
    [['--before', Y2025], 'with --before, give --after too'],
    [[Y2025, '--before', Y2025, '--after', Y2026], 'either as arguments or with --before and --after'],
    [['-', '-'], 'standard input (-) can serve one side only'],
    [[Y2025, Y2026, '--format', 'pdf'], '--format: "pdf" is not possible'],
  ])('%j', async (args, message) => {
    const r = await cli(['compare', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--output writes the file and refuses to overwrite an input', async () => {
    const out = join(dir, 'evolution.md');
    expect(await ok(['compare', Y2025, Y2026, '--format', 'markdown', '--output', out])).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('# Progress — Cité éducative de Villeneuve-la-Garenne');
    const input = await jsonReport('2025.json', Y2025);
    const r = await cli(['compare', input, Y2026, '--output', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is one of the input files');
  });
});

describe('the built binary', () => {
  it('compares two directories, in colour only when forced', () => {
    const plain = bin(['compare', Y2025, Y2026, '--lang', 'fr']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(readFileSync(fixture('golden/compare/years.fr.txt'), 'utf8'));
    const coloured = bin(['compare', Y2025, Y2026, '--lang', 'fr'], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
  });
});

describe('text from a JSON report is made safe', () => {
  it('control characters become visible escapes in the terminal, Markdown characters are escaped', async () => {
    const path = await jsonReport('2026.json', Y2026);
    const text = readFileSync(path, 'utf8').replaceAll('"Sense of urgency to act"', '"Sense \\u001b[31mof *urgency* | to act"');
    writeFileSync(path, text);
    const terminal = await ok(['compare', Y2025, path, '--lang', 'en']);
    expect(terminal).not.toContain('\u001b');
    expect(terminal).toContain('Sense \\u001b[31mof *urgency* | to');
    const markdown = await ok(['compare', Y2025, path, '--lang', 'en', '--format', 'markdown']);
    expect(markdown).not.toContain('\u001b');
    expect(markdown).toContain('Sense \\\\u001b\\[31mof \\*urgency\\* \\| to act');
  });
});
