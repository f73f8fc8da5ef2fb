// trend --plan: over the four years of the Val-Fleuri, the actions of the plan decided in 2023 beside each
// dimension's change (terminal, Markdown, HTML, JSON), 80 columns, a plan for another questionnaire, a broken plan.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Trend } from '../../src/trend/schema.js';
import { cli, fixture, ok } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { byTag, parse, textOf } from '../reporters/html-dom.js';

const YEARS = ['2023', '2024', '2025', '2026'].map((y) => fixture(`answers/trend/${y}`));
const PLAN = fixture('plans/plan-val-fleuri-2023.yaml');
const args = [...YEARS, '--plan', PLAN];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ic-trend-plan-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trend --plan', () => {
  it.each([
    ['plan/trend-years.fr.txt', ['--lang', 'fr']],
    ['plan/trend-years.en.txt', ['--lang', 'en']],
    ['plan/trend-years.fr.md', ['--lang', 'fr', '--format', 'markdown']],
    ['plan/trend-years.en.md', ['--lang', 'en', '--format', 'markdown']],
  ])('%s', async (golden, extra) => {
    const out = await ok(['trend', ...args, ...extra]);
    expectGolden(out, golden);
    if (golden.endsWith('.txt')) for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('adds the follow-up after the trend, which stays as it was without --plan', async () => {
    const without = await ok(['trend', ...YEARS, '--lang', 'fr']);
    expect(without).toBe(readFileSync(fixture('golden/trend/express.fr.txt'), 'utf8'));
    expect((await ok(['trend', ...args, '--lang', 'fr'])).startsWith(without.trimEnd())).toBe(true);
  });

  it('puts the follow-up in the JSON trend, valid against its schema', async () => {
    const t = Trend.parse(JSON.parse(await ok(['trend', ...args, '--format', 'json'])));
    expect(t.plan!.counts).toEqual({ todo: 1, doing: 1, done: 2, dropped: 1 });
    expect(t.plan!.dimensions.map((d) => [d.id, d.actions.map((a) => `${a.id}:${a.status}`)])).toEqual([
      ['urgence', []],
      ['noyau', ['copil-bimestriel:done']],
      ['strategie-levier', ['carte-des-actions:doing', 'appel-a-projets-commun:dropped']],
      ['apprentissage-strategique', ['bilan-annuel:todo']],
    ]);
    // `ressources` is not followed over the four years (no question every point shares): its action is apart.
    expect(t.plan!.elsewhere.map((a) => a.id)).toEqual(['convention-pluriannuelle']);
  });

  it('shows in HTML, per dimension, its change and the actions with their status', async () => {
    const html = parse(await ok(['trend', ...args, '--lang', 'fr', '--format', 'html']));
    const section = byTag(html, 'section').find((s) => s.attrs.id === 'plan')!;
    expect(byTag(section, 'h3').map((h) => textOf(h))).toEqual([
      'Sentiment d’urgence à agir +41,6',
      'Noyau d’acteur·rices courageux·ses +38,9',
      'Stratégie d’action à fort effet de levier +37,5',
      'Apprentissage stratégique +33,4',
      'Actions visant d’autres dimensions',
    ]);
    expect(byTag(section, 'li').map((li) => textOf(li).split(' — ')[0])).toEqual(['✓ faite', '◐ en cours', '✗ abandonnée', '○ à faire', '✓ faite']);
  });

  it('refuses a plan made for another questionnaire', async () => {
    const other = join(dir, 'other.yaml');
    writeFileSync(other, readFileSync(PLAN, 'utf8').replace('questionnaire: impact-collectif-express', 'questionnaire: impact-collectif'));
    const r = await cli(['trend', ...YEARS, '--plan', other, '--lang', 'en']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`${other}: is about questionnaire "impact-collectif", but the comparison is about "impact-collectif-express"\n`);
  });

  it('reports a broken plan at its line and column', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, readFileSync(PLAN, 'utf8').replace('    status: doing', '    status: en-cours'));
    const r = await cli(['trend', ...YEARS, '--plan', broken, '--lang', 'fr']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe(`${broken}:23:13: actions[1].status: doit être l’une de ces valeurs : todo, doing, done, dropped\n`);
  });
});
