// `trend` end to end: golden trends (one territory over four years, a version change, who answered), time order,
// JSON report points, the schema, 80 columns, colour, bad input and usage.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { Trend } from '../../src/trend/schema.js';
import { cli, fixture, ok } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { outline, parse } from '../reporters/html-dom.js';

const YEARS = ['2023', '2024', '2025', '2026'].map((y) => fixture(`answers/trend/${y}`));
const [Y2023, Y2024, Y2025, Y2026] = YEARS as [string, string, string, string];
const COLLECTIVE = ['collective', 'collective-2026', 'collective-2027'].map((d) => fixture(`answers/${d}`));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ic-trend-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const json = async (...args: string[]) => Trend.parse(JSON.parse(await ok(['trend', ...args, '--format', 'json'])));

describe('golden trends', () => {
  it.each([
    ['trend/express.fr.txt', [...YEARS, '--lang', 'fr']],
    ['trend/express.en.txt', [...YEARS, '--lang', 'en']],
    ['trend/express.fr.md', [...YEARS, '--lang', 'fr', '--format', 'markdown']],
    ['trend/express.en.md', [...YEARS, '--lang', 'en', '--format', 'markdown']],
    ['trend/express.fr.json', [...YEARS, '--lang', 'fr', '--format', 'json']],
    ['trend/express.en.svg', [...YEARS, '--lang', 'en', '--format', 'svg']],
    // The complete questionnaire: 1.0.0 (2025, 2026) then 1.1.0 (2027), sectors that left and joined.
    ['trend/collective.fr.txt', [...COLLECTIVE, '--lang', 'fr']],
  ] as const)('%s', async (name, args) => {
    expectGolden(await ok(['trend', ...args]), name);
  });

  it.each(['fr', 'en'])('HTML outline (%s)', async (lang) => {
    const html = await ok(['trend', ...YEARS, '--format', 'html', '--lang', lang]);
    expectGolden(`${outline(parse(html)).join('\n')}\n`, `trend/express.${lang}.outline.txt`);
  });
});

describe('the series', () => {
  it('sorts the sets by the date of their last response, whatever the order given', async () => {
    const sorted = await ok(['trend', ...YEARS, '--format', 'json']);
    expect(await ok(['trend', Y2025, Y2023, Y2026, Y2024, '--format', 'json'])).toBe(sorted);
    const t = Trend.parse(JSON.parse(sorted));
    expect(t.order).toBe('dates');
    expect(t.points.map((p) => [p.label, p.responses, p.version])).toEqual([
      ['2023', 4, '1.0.0'],
      ['2024', 5, '1.0.0'],
      ['2025', 9, '1.1.0'],
      ['2026', 8, '1.1.0'],
    ]);
  });

  it('follows the questions every point shares, and says what each version change left out', async () => {
    const t = await json(...YEARS);
    expect(t.scope).toMatchObject({ versionChanged: true, sharedQuestions: 4, recomputed: true });
    expect(t.dimensions.map((d) => d.id)).toEqual(['urgence', 'noyau', 'strategie-levier', 'apprentissage-strategique']);
    expect(t.scope.notFollowed.map((d) => d.id)).toEqual(['ressources', 'aspiration-partagee', 'engagement-inclusif', 'structure-soutien']);
    expect(t.scope.changes.map((c) => [c.from, c.to])).toEqual([[1, 2]]);
    const left = t.scope.changes[0]!.leftOut.questions;
    expect(left.find((q) => q.id === 'ressources.pouls')).toMatchObject({ side: 'before', change: 'merged', related: ['ressources.duree'] });
    expect(left.find((q) => q.id === 'apprentissage-strategique.droit-a-l-erreur')).toMatchObject({ side: 'after', change: 'added' });
    // Urgence, 2023: answers 1, 2, 1, 1 → mean 1.25 → 41.7; 2026: 3, 3, 3, 2, 2, 2 → 2.5 → 83.3.
    const urgence = t.dimensions[0]!;
    expect(urgence.series.map((s) => s.score)).toEqual([41.7, 53.3, 66.7, 83.3]);
    expect(urgence.change).toBe(41.6);
    // 2024: three "don't know" for two rated answers on the learning question.
    expect(t.dimensions[3]!.series.map((s) => s.coverage.manyUnknown)).toEqual([false, true, false, false]);
    expect(t.indices.preconditions.series).toEqual([37.5, 50, 59.6, 77.8]);
  });

  it('between two points of one version, the scores are the reports\' own', async () => {
    const t = await json(Y2025, Y2026);
    expect(t.scope).toMatchObject({ versionChanged: false, recomputed: false, changes: [], notFollowed: [] });
    const report = JSON.parse(await ok(['report', Y2026, '--format', 'json'])) as { dimensions: { score: number | null }[]; indices: Trend['indices'] extends unknown ? Record<string, number | null> : never };
    expect(t.dimensions.map((d) => d.series[1]!.score)).toEqual(report.dimensions.map((d) => d.score));
    expect([t.indices.preconditions.series[1], t.indices.components.series[1]]).toEqual([report.indices.preconditions, report.indices.components]);
  });

  it('warns when sectors joined or left, or when the number of responses changed by more than half', async () => {
    const t = await json(...YEARS);
    expect(t.populationChanges).toEqual([
      { from: 0, to: 1, joined: [{ id: 'entreprise', label: 'Business, economic actor' }], left: [], responses: { from: 4, to: 5 }, manyChanged: false },
      {
        from: 1,
        to: 2,
        joined: [
          { id: 'habitants', label: 'Residents, families, young people' },
          { id: 'bailleurs', label: 'Social housing providers' },
        ],
        left: [
          { id: 'etat', label: 'State services (prefecture, prefect\'s delegates…)' },
          { id: 'entreprise', label: 'Business, economic actor' },
        ],
        responses: { from: 5, to: 9 },
        manyChanged: true,
      },
    ]);
    // 9 → 8, same sectors: nothing to say. Only the count changed (4 → 9, same sectors): said too.
    expect((await json(Y2025, Y2026)).populationChanges).toEqual([]);
    const fewer = join(dir, 'fewer');
    mkdirSync(fewer);
    for (const f of readdirSync(Y2026).filter((f) => /^0[1-3]|^0[5-8]/.test(f))) cpSync(join(Y2026, f), join(fewer, f));
    const many = join(dir, 'many');
    cpSync(Y2026, many, { recursive: true });
    for (const f of readdirSync(Y2026)) cpSync(join(Y2026, f), join(many, `b-${f}`));
    expect((await json(fewer, many)).populationChanges).toEqual([{ from: 0, to: 1, joined: [], left: [], responses: { from: 7, to: 16 }, manyChanged: true }]);
    expect(await ok(['trend', Y2024, Y2025, '--lang', 'fr', '--format', 'markdown'])).toContain('5 → 9 réponses) : une évolution des scores peut refléter qui a répondu plutôt que le territoire.');
  });

  it('reads a JSON report as a point, with the same numbers as its answer files', async () => {
    const report = join(dir, '2023.json');
    await ok(['report', Y2023, '--format', 'json', '--output', report]);
    const viaReport = await json(report, Y2024, Y2025);
    const viaAnswers = await json(Y2023, Y2024, Y2025);
    expect(viaReport.points[0]!.source).toBe('report');
    expect({ ...viaReport, points: viaReport.points.map((p) => ({ ...p, source: 'answers' })) }).toEqual(viaAnswers);
  });

  it('keeps the order given, and says so, when a set has no dated response', async () => {
    const undated = join(dir, 'undated');
    mkdirSync(undated);
    for (const f of readdirSync(Y2024)) writeFileSync(join(undated, f), readFileSync(join(Y2024, f), 'utf8').replace(/^date: .*\n/m, ''));
    const r = await cli(['trend', Y2025, undated, '--format', 'json', '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`impact-collectif: ${join(undated, '01-college.yaml')}: aucune réponse datée : les séries sont gardées dans l’ordre donné, pas triées par date\n`);
    const t = Trend.parse(JSON.parse(r.stdout));
    expect(t.order).toBe('given');
    expect(t.points.map((p) => [p.label, p.responses])).toEqual([
      ['#1', 9],
      ['#2', 5],
    ]);
  });

  it('reads one point from standard input, and writes the report with --output', async () => {
    const text = readdirSync(Y2023).map((f) => readFileSync(join(Y2023, f), 'utf8')).join('---\n');
    const r = await cli(['trend', '-', Y2024, '--format', 'json'], { stdin: text });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(await ok(['trend', Y2023, Y2024, '--format', 'json'])));
    const out = join(dir, 'tendance.html');
    expect(await ok(['trend', Y2023, Y2024, '--format', 'html', '--output', out])).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>[^]*<svg xmlns[^]*<\/html>\n$/);
  });

  it('labels points by year and month when two share a year', async () => {
    const t = await json(Y2026, Y2026);
    expect(t.points.map((p) => p.label)).toEqual(['2026-03', '2026-03']);
  });

  it('the JSON trend is valid against its schema, and `schema trend` prints that schema', async () => {
    const out = JSON.parse(await ok(['trend', ...YEARS, '--format', 'json'])) as Record<string, unknown>;
    const schema = JSON.parse(await ok(['schema', 'trend'])) as { title: string; properties: Record<string, { description?: string }> };
    expect(schema.title).toBe('impact-collectif trend');
    // `plan` is there only with --plan (test/trend/plan.test.ts).
    expect(Object.keys(schema.properties)).toEqual([...Object.keys(out), 'plan']);
    expect(schema.properties.populationChanges?.description).toContain('who answered');
  });
});

describe('terminal', () => {
  it('fits 80 columns, leaving out the first points\' columns (not their sparkline) when there are too many', async () => {
    const many = Array.from({ length: 12 }, (_, i) => YEARS[i % 4]!);
    for (const lang of ['fr', 'en']) {
      const out = await ok(['trend', ...many, '--lang', lang]);
      for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
      const row = out.split('\n').find((l) => l.startsWith(lang === 'fr' ? 'Sentiment d’urgence' : 'Sense of urgency'))!;
      expect(row).toContain('▄▄▄▅▅▅▆▆▆▇▇▇');
    }
    expect(await ok(['trend', ...many, '--lang', 'en'])).toMatch(/Too many points for the width: the \d+ columns from 2023-03 to 20\d\d-03 are/);
    for (const line of (await ok(['trend', ...YEARS, '--lang', 'fr'])).split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });

  it('colours through the colour policy: FORCE_COLOR yes, NO_COLOR no, never in other formats', async () => {
    expect(await ok(['trend', ...YEARS], { env: { FORCE_COLOR: '1' } })).toContain('\u001b[32m+41.6\u001b[39m');
    expect(await ok(['trend', ...YEARS], { env: { NO_COLOR: '1' } })).not.toContain('\u001b');
    expect(await ok(['trend', ...YEARS, '--format', 'markdown'], { env: { FORCE_COLOR: '1' } })).not.toContain('\u001b');
  });
});

describe('bad input and usage: exit 2, one line, no stack trace', () => {
  it('names the file when a point uses another questionnaire', async () => {
    const other = join(dir, 'complete.yaml');
    writeFileSync(other, 'questionnaire: impact-collectif\nterritory: Val-Fleuri\nrespondent: { sector: association }\ndate: 2027-03-01\nanswers:\n  urgence.constat-partage: 2\n');
    const r = await cli(['trend', Y2023, Y2024, other]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${other}: uses questionnaire "impact-collectif", but ${join(Y2023, '01-college.yaml')} uses "impact-collectif-express": a comparison covers one questionnaire\n`,
    );
  });

  it.each([
    [[Y2023], 'trend takes two or more sets of answers or JSON reports: trend <set> <set>…'],
    [['-', '-'], 'standard input (-) can serve one side only'],
    [[Y2023, Y2024, '--format', 'csv'], '--format: "csv" is not possible'],
  ])('%j', async (args, message) => {
    const r = await cli(['trend', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses to write its output onto one of its inputs', async () => {
    const copy = join(dir, 'y');
    cpSync(Y2023, copy, { recursive: true });
    const target = join(copy, '01-college.yaml');
    const before = readFileSync(target, 'utf8');
    const r = await cli(['trend', copy, Y2024, '--output', target]);
    expect(r.code).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe(before);
  });
});

describe('markup and escape sequences from files', () => {
  const HOSTILE = ['-q', fixture('hostile/questionnaires/markup-in-every-text.yaml'), fixture('hostile/answers/markup-in-every-text.yaml'), fixture('hostile/answers/ok.yaml')];
  // Undated answers: the note on the order given is the only line on standard error.
  const hostile = async (argv: string[], env?: NodeJS.ProcessEnv) => {
    const r = await cli(['trend', ...HOSTILE, ...argv], { env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^impact-collectif: [^\n]*: no dated response: the sets are kept in the order given, not sorted by date\n$/);
    return r.stdout;
  };

  it.each(['html', 'svg'])('%s: no element and no attribute from a file', async (format) => {
    const out = await hostile(['--format', format]);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).not.toMatch(/<script\b|<img\b/i);
    for (const tag of out.match(/<[a-z][^>]*>/gi) ?? []) expect(tag).not.toMatch(/\son\w+=|javascript:/i);
    parse(out);
  });

  it('Markdown: no tag opens, every table row has its header\'s cells', async () => {
    const md = await hostile(['--format', 'markdown']);
    expect(md).toContain('alert(1)');
    expect(md).not.toMatch(/(?<!\\)<(script|img|b)\b/);
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length;
    for (const row of rows) expect(cells(row), row).toBe(cells(rows[0]!));
  });

  it('terminal, coloured: only colour codes', async () => {
    const out = await hostile([], { FORCE_COLOR: '1' });
    expect(out.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
