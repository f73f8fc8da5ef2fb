// `report` on several respondents: golden reports of the collective fixture in every format, anonymity, options.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import { Report } from '../../src/scoring/report.js';
import { cli, fixture } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const COLLECTIVE = fixture('answers/collective');
const mini = parseQuestionnaire(readFileSync(fixture('questionnaires/mini.yaml'), 'utf8'), 'mini.yaml');
/** The respondents who gave a name and a comment in the fixture. */
const NAMES = ['Claire Martin', 'Sophie Lambert', 'Julien Moreau', 'Nadia Cherif', 'Fatou Diallo'];

/** Text with every run of white space as one space: wrapping does not matter. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function report(args: string[], lang: 'fr' | 'en' = 'fr'): Promise<string> {
  const r = await cli(['report', COLLECTIVE, '--lang', lang, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('golden reports of 12 responses across 5 sectors', () => {
  it.each([
    ['collective/report.fr.txt', [], 'fr'],
    ['collective/report-by-sector-comments.fr.txt', ['--by-sector', '--comments'], 'fr'],
    ['collective/report-by-sector-comments.en.txt', ['--by-sector', '--comments'], 'en'],
    ['collective/report.fr.md', ['--format', 'markdown'], 'fr'],
    ['collective/report.en.md', ['--format', 'markdown'], 'en'],
    ['collective/report.fr.json', ['--format', 'json'], 'fr'],
  ] as const)('%s', async (name, args, lang) => {
    expectGolden(await report([...args], lang), name);
  });

  it('the JSON report is valid and carries the spread of every question', async () => {
    const r = Report.parse(JSON.parse(await report(['--format', 'json'])));
    const questions = r.dimensions.flatMap((d) => d.questions);
    expect(questions).toHaveLength(42);
    expect(questions.filter((q) => q.toDiscuss).map((q) => q.id).sort()).toEqual(r.collective.divergences.map((d) => d.id).sort());
    expect(questions.every((q) => q.distribution.reduce((a, b) => a + b, 0) === q.count)).toBe(true);
  });
});

describe('questionnaire 1.1.0: the same group two years later (test/fixtures/answers/collective-2027)', () => {
  const Y2027 = fixture('answers/collective-2027');
  it.each([
    ['collective/report-1.1.fr.txt', ['--lang', 'fr']],
    ['collective/report-1.1.en.md', ['--lang', 'en', '--format', 'markdown']],
  ] as const)('%s', async (name, args) => {
    const r = await cli(['report', Y2027, ...args]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expectGolden(r.stdout, name);
  });

  it('the resident is asked only the questions meant for residents: the others are not asked, not unanswered', async () => {
    const r = Report.parse(JSON.parse((await cli(['report', Y2027, '--format', 'json'])).stdout));
    const questions = r.dimensions.flatMap((d) => d.questions);
    expect(r.questionnaire.version).toBe('1.1.0');
    expect(questions.filter((q) => q.notAsked === 1).length).toBe(questions.filter((q) => q.count + q.unknown === 11).length);
    expect(questions.every((q) => q.unanswered === 0 || q.id === 'structure-soutien.fonctions')).toBe(true);
  });
});

describe('the terminal report', () => {
  it('lists the questions to discuss with how the group splits and the dispersion', async () => {
    const out = await report([]);
    expect(out).toContain('4 questions sur 42 partagent le groupe');
    expect(out).toContain(' 4. Les personnes concernées');
    expect(out).not.toContain('… et ');
    expect(out).toContain('0:1 1:3 2:2 3:6 (4 à 0–1, 6 à 3 · dispersion 61,1/100)');
  });

  it('lists the top five questions to discuss and counts the rest', async () => {
    // Two answer 0 and two answer 3 to every question of the mini questionnaire: its 10 questions divide the group.
    const dir = mkdtempSync(join(tmpdir(), 'ic-split-'));
    const ids = mini.dimensions.flatMap((d) => d.questions.map((q) => q.id));
    const doc = (v: number) => `questionnaire: mini\nterritory: T\nrespondent:\n  sector: association\nanswers:\n${ids.map((id) => `  ${id}: ${v}`).join('\n')}\n`;
    writeFileSync(join(dir, 'a.yaml'), [0, 0, 3, 3].map(doc).join('---\n'));
    const r = await cli(['report', dir, '-q', fixture('questionnaires/mini.yaml'), '--lang', 'fr']);
    expect(r.stdout).toContain('10 questions sur 10 partagent le groupe');
    expect(r.stdout).toContain(' 5. ');
    expect(r.stdout).not.toContain(' 6. Question');
    expect(r.stdout).toContain('… et 5 autres questions à discuter');
    expect(r.stdout).toContain('0:2 1:0 2:0 3:2 (2 à 0, 2 à 3 · dispersion 100,0/100)');
  });

  it('names the missing sector under inclusive engagement, and not "Autre"', async () => {
    const out = await report([]);
    // The 2025 answers are scored with questionnaire 1.0.0, whose sectors do not say what they bring.
    expect(out).toContain('⚠ Secteurs absents : Entreprise, acteur économique.\n');
    expect(out).not.toContain('personnes concernées dit peu');
    expect(out).not.toMatch(/absents :[^.]*Autre/);
  });

  it('shows the per-sector table only with --by-sector, and the comments only with --comments', async () => {
    const plain = await report([]);
    expect(plain).not.toContain('Scores par secteur');
    expect(plain).toContain('Scores de chaque dimension par secteur : --by-sector.');
    expect(plain).toContain('8 commentaires des répondant·es : --comments pour les lire ici');
    expect(plain).not.toContain('Les parents ne sont invités');
    const full = await report(['--by-sector', '--comments']);
    expect(full).toContain('Scores par secteur');
    expect(full).toContain('Les parents ne sont invités');
    // A comment written on two lines is shown on one (wrapped like any text); the widest line still fits 80 columns.
    expect(flat(full)).toContain('entre institutions. Le comité valide ce qui est déjà décidé.');
    expect(Math.max(...full.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });
});

describe('anonymity: names appear only with --with-names', () => {
  const runs = [
    ['terminal', ['--comments', '--by-sector']],
    ['markdown', ['--format', 'markdown']],
    ['json', ['--format', 'json']],
  ] as const;

  it.each(runs)('%s without --with-names: no name', async (_format, args) => {
    const out = flat(await report([...args]));
    for (const name of [...NAMES, 'Karim Benali']) expect(out).not.toContain(name);
  });

  it.each(runs)('%s with --with-names: the names of those who commented', async (_format, args) => {
    const out = flat(await report([...args, '--with-names']));
    for (const name of NAMES) expect(out).toContain(name);
  });
});

describe('Markdown', () => {
  it('escapes the characters of a comment that Markdown would interpret', async () => {
    const out = await report(['--format', 'markdown']);
    expect(out).toContain('Les moyens \\*existent\\* \\| mais la coordination repose sur des bénévoles \\| rien n\'est financé après 2025 (voir &#35;12).');
  });
});

describe('a single response', () => {
  const one = fixture('answers/collective/habitants.yaml');

  it.each([
    ['terminal', 'A single response: a collective reading'],
    ['markdown', '> A single response: a collective reading'],
  ])('%s: no divergence section, a note that a collective reading needs several respondents', async (format, note) => {
    const r = await cli(['report', one, '--lang', 'en', '--format', format]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(note);
    expect(r.stdout).not.toContain('Questions to discuss');
    expect(r.stdout).not.toContain('Scores per sector');
  });
});

describe('--min-group-size: no sector smaller than N shown as such, in every format', () => {
  const HABITANTS_COMMENT = 'Les parents ne sont invités';

  it('by default (3): État (2) and the residents (1) appear only in the merged row, in terminal, Markdown, JSON and HTML', async () => {
    for (const format of ['terminal', 'markdown', 'html']) {
      // From the scores per sector on (how many answered per sector is said above: participation, not answers).
      const all = flat(await report(['--format', format, '--by-sector', '--comments']));
      const out = all.slice(all.indexOf('Scores par secteur'));
      expect(out).toContain('autres secteurs (regroupés)');
      expect(out).not.toMatch(/Habitant·es, familles, jeunes \(1\)/);
      expect(out).not.toMatch(/Services de l'État \(préfecture, délégué·es du préfet…\) \(2\)/);
    }
    const json = Report.parse(JSON.parse(await report(['--format', 'json'])));
    expect(json.collective.sectorScores.map((s) => s.sector)).toEqual(['education-nationale', 'collectivite', 'association', '_merged']);
    expect(json.collective.comments.find((c) => c.comment.startsWith(HABITANTS_COMMENT))!.sector).toBe('_merged');
  });

  it('2 shows État (2) on its own and merges nobody else alone: the residents (1) join the smallest sector shown', async () => {
    const json = Report.parse(JSON.parse(await report(['--format', 'json', '--min-group-size', '2'])));
    expect(json.collective.privacy).toEqual({ minGroupSize: 2, merged: ['etat', 'habitants'], hidden: [], inferable: false });
    const json13 = Report.parse(JSON.parse(await report(['--format', 'json', '--min-group-size', '13'])));
    expect(json13.collective.privacy.inferable).toBe(true);
    expect(json13.collective.sectorScores).toEqual([]);
    expect(json13.collective.comments.every((c) => c.sector === null)).toBe(true);
  });

  it('says in one line that small sectors were merged, and why', async () => {
    const md = await report(['--format', 'markdown', '--lang', 'en'], 'en');
    const lines = md.split('\n').filter((l) => l.includes('--min-group-size'));
    expect(lines).toEqual([
      '> So that no one can be identified, sectors of fewer than 3 respondents are shown only together, as "other sectors (merged)", with the smallest other sector when needed for that row to reach 3 (--min-group-size): State services (prefecture, prefect\'s delegates…); Residents, families, young people.',
    ]);
  });

  it('1 is refused without --with-names (exit 2, one line), accepted with it', async () => {
    for (const command of [['report', COLLECTIVE], ['compare', COLLECTIVE, COLLECTIVE]]) {
      const r = await cli([...command, '--min-group-size', '1', '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('impact-collectif: --min-group-size 1 would show a single person behind a sector: at least 2, unless --with-names\n');
    }
    const json = Report.parse(JSON.parse(await report(['--format', 'json', '--min-group-size', '1', '--with-names'])));
    expect(json.collective.sectorScores.map((s) => s.sector)).toContain('habitants');
    expect((await cli(['report', COLLECTIVE, '--min-group-size', 'deux'])).code).toBe(2);
  });
});

describe('an incomplete response of a hidden sector', () => {
  it('is listed without a sector (and without a dangling comma)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-incomplete-'));
    writeFileSync(
      join(dir, 'a.yaml'),
      'questionnaire: impact-collectif-express\nterritory: T\nrespondent:\n  sector: entreprise\nanswers:\n  urgence.constat-partage: 2\n',
    );
    writeFileSync(join(dir, 'b.yaml'), 'questionnaire: impact-collectif-express\nterritory: T\nrespondent:\n  sector: association\nanswers:\n  urgence.constat-partage: 1\n');
    const md = (await cli(['report', dir, '--format', 'markdown', '--lang', 'en'])).stdout;
    expect(md).toContain('2 responses are less than half complete: 1 of 9 questions; 1 of 9 questions.');
    expect(md).not.toMatch(/(Business, economic actor|Non-profit organisation), 1 of/);
  });
});
