// The action plan: plan init from a JSON report, plan show, validate and schema plan, compare --plan over two years.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planFollowUp } from '../../src/plan/follow-up.js';
import { planFromReport } from '../../src/plan/init.js';
import { Plan } from '../../src/plan/schema.js';
import { Report } from '../../src/scoring/report.js';
import { cli, fixture, ok } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { byClass, byTag, outline, parse, textOf } from '../reporters/html-dom.js';

const Y2025 = fixture('answers/collective');
const Y2026 = fixture('answers/collective-2026');
const PLAN = fixture('plans/plan-2025.yaml');

let dir: string;
let reportFr: string;
let reportEn: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ic-plan-'));
  reportFr = join(dir, 'rapport-2025.json');
  reportEn = join(dir, 'report-2025.json');
  writeFileSync(reportFr, await ok(['report', Y2025, '--format', 'json', '--lang', 'fr']));
  writeFileSync(reportEn, await ok(['report', Y2025, '--format', 'json', '--lang', 'en']));
});

describe('plan init', () => {
  it('writes a commented plan with one action per practice of the recommendations picked', async () => {
    expectGolden(await ok(['plan', 'init', reportFr, '--pick', '1,3,4', '--lang', 'fr']), 'plan/init-pick.fr.yaml');
    expectGolden(await ok(['plan', 'init', reportEn, '--lang', 'en']), 'plan/init-all.en.yaml');
  });

  it('writes a file that validate accepts and that reads back as the plan built from the report', async () => {
    const out = join(dir, 'plan.yaml');
    await ok(['plan', 'init', reportFr, '--pick', '4,1', '--output', out, '--lang', 'fr']);
    expect(await ok(['validate', out, '--lang', 'en'])).toBe(`${out}: ok (action plan)\n`);
    const report = Report.parse(JSON.parse(readFileSync(reportFr, 'utf8')));
    const expected = planFromReport(report, [4, 1]);
    // In the order picked: the challenge of rank 4 first, then the precondition of rank 1.
    expect(expected.actions.map((a) => a.id).slice(0, 4)).toEqual(['garant-de-l-ouverture', 'tiers-facilitateur', 'cadre-d-echange', 'securiser-les-moyens']);
    const { parse: parseYaml } = await import('yaml');
    expect(Plan.parse(parseYaml(readFileSync(out, 'utf8')))).toEqual(expected);
  });

  it('never replaces an existing file without --force', async () => {
    const out = join(dir, 'kept.yaml');
    writeFileSync(out, 'progress: kept\n');
    const r = await cli(['plan', 'init', reportFr, '--output', out, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${out}: existe déjà : plan init ne remplace pas un plan (il contient peut-être des avancements) ; choisissez un autre nom, ou ajoutez --force\n`);
    expect(readFileSync(out, 'utf8')).toBe('progress: kept\n');
    await ok(['plan', 'init', reportFr, '--output', out, '--force', '--pick', '2']);
    expect(readFileSync(out, 'utf8')).toContain('id: noyau-pluri-institutionnel');
  });

  it('refuses a rank the report does not have, and an input that is not a JSON report', async () => {
    const bad = await cli(['plan', 'init', reportFr, '--pick', '1,11', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('impact-collectif: --pick takes ranks of the report\'s recommendations, from 1 to 10, separated by commas (1,3,4), not "1,11"\n');
    const answers = fixture('answers/collective/habitants.yaml');
    const notReport = await cli(['plan', 'init', answers, '--lang', 'en']);
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toMatch(/habitants\.yaml: is not a JSON report: plan init starts from the workshop's report/);
  });
});

describe('plan show, validate, schema plan', () => {
  it('renders a task list with done actions ticked and dropped ones struck through', async () => {
    const fr = await ok(['plan', 'show', PLAN, '--lang', 'fr']);
    expectGolden(fr, 'plan/show.fr.md');
    expectGolden(await ok(['plan', 'show', PLAN, '--lang', 'en', '--format', 'markdown']), 'plan/show.en.md');
    expect(fr.split('\n').filter((l) => l.startsWith('- [x] '))).toHaveLength(4);
    expect(fr).toContain('- [ ] ~~Prévoir des temps de négociation');
  });

  it('renders an HTML page with one row per action', async () => {
    const html = await ok(['plan', 'show', PLAN, '--lang', 'fr', '--format', 'html']);
    const root = parse(html);
    expectGolden(`${outline(root).join('\n')}\n`, 'plan/show.fr.outline.txt');
    const rows = byTag(root, 'tr').filter((r) => (r.attrs.class ?? '').startsWith('action-'));
    expect(rows.map((r) => r.attrs.class)).toEqual(['action-done', 'action-done', 'action-doing', 'action-doing', 'action-dropped', 'action-done', 'action-todo', 'action-done', 'action-todo']);
    expect(textOf(byClass(root, 'status-done')[0]!)).toBe('✓ faite');
    expect(html).not.toContain('<script');
  });

  it('reports every problem of a plan at its line and column', async () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(
      file,
      [
        'plan: 1',
        'territory: Nanterre',
        'questionnaire: impact-collectif',
        'actions:',
        '  - id: glossaire',
        '    title: Écrire le glossaire',
        '    dimensions: [apprentissage-strategique]',
        '    status: finie',
        '    due: 2025-02-30',
        '  - id: glossaire',
        '    title: Le relire',
        '    dimensions: []',
        '    owner: Centre social',
        '    colour: bleu',
        '',
      ].join('\n'),
    );
    const r = await cli(['validate', file, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        `${file}:8:13: actions[0].status: doit être l’une de ces valeurs : todo, doing, done, dropped`,
        `${file}:9:10: actions[0].due: doit être une date du calendrier écrite AAAA-MM-JJ`,
        `${file}:12:17: actions[1].dimensions: doit avoir au moins 1 élément`,
        `${file}:14:5: actions[1].colour: clé inconnue`,
        '',
      ].join('\n'),
    );
    // Once the schema is met, the rules: action ids are unique.
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: finie', 'status: done').replace('2025-02-30', '2025-02-28').replace('dimensions: []', 'dimensions: [noyau]').replace('    colour: bleu\n', ''));
    const dup = await cli(['validate', file, '--lang', 'en']);
    expect(dup.stderr).toBe(`${file}:10:9: actions[1].id: duplicate action id "glossaire" (first at actions[0])\n`);
    expect(dup.code).toBe(2);
  });

  it('names a dimension the questionnaire does not have, with the closest one', async () => {
    const file = join(dir, 'typo.yaml');
    writeFileSync(file, readFileSync(PLAN, 'utf8').replace('dimensions: [ engagement-inclusif ]', 'dimensions: [ engagement-inclusive ]'));
    const r = await cli(['validate', file, '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\S+typo\.yaml:73:19: actions\[6\]\.dimensions\[0\]: dimension inconnue « engagement-inclusive » \(vouliez-vous dire « engagement-inclusif » \?\) ; au choix : urgence, noyau, /);
    const compared = await cli(['compare', Y2025, Y2026, '--plan', file]);
    expect(compared.code).toBe(2);
  });

  it('prints the JSON Schema of the plan format', async () => {
    const schema = JSON.parse(await ok(['schema', 'plan'])) as { title: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.title).toBe('impact-collectif plan');
    expect(Object.keys(schema.properties)).toEqual(['plan', 'territory', 'questionnaire', 'from', 'actions']);
    expect(schema.required).toEqual(['plan', 'territory', 'questionnaire', 'actions']);
  });
});

describe('compare --plan over two years', () => {
  it('shows, next to each dimension\'s change, the actions that targeted it and their status', async () => {
    const args = [Y2025, Y2026, '--plan', PLAN];
    expectGolden(await ok(['compare', ...args, '--lang', 'fr']), 'plan/compare-years.fr.txt');
    expectGolden(await ok(['compare', ...args, '--lang', 'fr', '--format', 'markdown']), 'plan/compare-years.fr.md');
    expectGolden(await ok(['compare', ...args, '--lang', 'en', '--format', 'markdown']), 'plan/compare-years.en.md');
    const json = JSON.parse(await ok(['compare', reportFr, Y2026, '--plan', PLAN, '--lang', 'fr', '--format', 'json'])) as {
      plan: { counts: Record<string, number>; dimensions: { id: string; actions: { id: string; status: string }[] }[] };
      dimensions: { id: string; change: number }[];
    };
    expect(json.plan.counts).toEqual({ todo: 2, doing: 2, done: 4, dropped: 1 });
    expect(json.plan.dimensions.find((d) => d.id === 'ressources')!.actions.map((a) => `${a.id}:${a.status}`)).toEqual([
      'securiser-les-moyens:done',
      'recenser-les-apports:done',
      'temps-dans-les-missions:doing',
    ]);
    const html = parse(await ok(['compare', ...args, '--lang', 'fr', '--format', 'html']));
    const section = byTag(html, 'section').find((s) => s.attrs.id === 'plan')!;
    expect(byTag(section, 'h3').map((h) => textOf(h))).toContain('Ressources nécessaires +11,4');
  });

  it('leaves the comparison as it was without --plan', async () => {
    expect(await ok(['compare', Y2025, Y2026, '--lang', 'fr'])).toBe(readFileSync(fixture('golden/compare/years.fr.txt'), 'utf8'));
  });

  it('refuses a plan made for another questionnaire', async () => {
    const other = join(dir, 'other.yaml');
    writeFileSync(other, readFileSync(PLAN, 'utf8').replace('questionnaire: impact-collectif', 'questionnaire: impact-collectif-express'));
    const r = await cli(['compare', Y2025, Y2026, '--plan', other, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${other}: is about questionnaire "impact-collectif-express", but the comparison is about "impact-collectif"\n`);
  });

  it('planFollowUp: per dimension in the order given, and the actions aimed elsewhere apart', () => {
    const action = (id: string, dimensions: string[], status: Plan['actions'][number]['status']) => ({ id, title: id, challenge: null, dimensions, owner: null, due: null, status, notes: null });
    const plan: Plan = { plan: 1, territory: 'T', questionnaire: 'q', from: null, actions: [action('a', ['x', 'y'], 'done'), action('b', ['y'], 'dropped'), action('c', ['z'], 'todo')] };
    const f = planFollowUp(plan, [{ id: 'y' }, { id: 'x' }]);
    expect(f.counts).toEqual({ todo: 1, doing: 0, done: 1, dropped: 1 });
    expect(f.dimensions.map((d) => [d.id, d.actions.map((a) => a.id)])).toEqual([
      ['y', ['a', 'b']],
      ['x', ['a']],
    ]);
    expect(f.elsewhere.map((a) => a.id)).toEqual(['c']);
  });
});
