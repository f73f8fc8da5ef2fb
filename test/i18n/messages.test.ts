// The message catalogue: every code in French and English, and what a person sees in each language.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue, render, type Message } from '../../src/i18n/messages/index.js';
import { LANGS } from '../../src/i18n/index.js';
import { cli, fixture } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ic-i18n-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const MINI = fixture('questionnaires/mini.yaml');

/** Parameters for any code: each text picks the ones it names. */
const PARAMS = {
  reason: 'EIO', mib: 32, key: 'k', tag: '!t', char: ']', max: 3, name: 'a', n: 2, detail: { code: 'id.format', params: {} },
  values: ['a', 'b'], min: 1, inclusive: true, id: 'x', near: 'y', sector: 's', choices: ['a', 'b'], builtins: ['b'], used: 'u', given: true,
  version: '1', file: 'f', other: '2', after: 'a', before: 'b', first: 'p', lang: 'fr', value: 'v', count: 8, ids: ['a'], dimension: 'd',
  audience: 'habitants', what: 'question', flag: '--x', command: 'impact-collectif report', word: 'w', flags: '-q', expected: 1, got: 2,
  known: ['1', '2'], cli: 'npm start --', path: 'a.yaml', pid: 7,
  row: 12, column: 'Q7', line: 3, sheet: 'S', field: 'territory',
  style: 'dmy', territories: ['t1', 't2'], more: 1, variant: 'w1', second: 'w2', a: 'n1', b: 'n2', format: 'svg',
};
const OVERRIDES: Record<string, Record<string, unknown>> = {
  'value.expected': { kind: 'text' },
  'value.null': { kind: 'list' },
  'rule.duplicateId': { kind: 'sector' },
  'rule.dimensionKind': { kind: 'component' },
  'rule.scaleValue': { value: 2 },
  'plan.otherQuestionnaire': { plan: 'p', compared: 'c' },
  'survey.badDate': { value: 'v', style: 'dmy' },
  'survey.importFailed': { code: 'ENOSPC' },
};

describe('the catalogue', () => {
  const codes = Object.keys(catalogue.fr).sort();

  it('has the same codes in every language (tsc checks it too: each language is typed Messages)', () => {
    for (const lang of LANGS) expect(Object.keys(catalogue[lang]).sort()).toEqual(codes);
  });

  it.each(codes)('%s has a French and an English text, different, with every parameter filled in', (code) => {
    const m = { code, params: { ...PARAMS, ...OVERRIDES[code] } } as unknown as Message;
    const fr = render(m, 'fr');
    const en = render(m, 'en');
    for (const text of [fr, en]) {
      expect(text.trim().length).toBeGreaterThan(3);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(fr).not.toBe(en);
  });

  it('formats numbers for the language (Intl)', () => {
    const m: Message = { code: 'value.textMax', params: { max: 2000 } };
    expect(render(m, 'en')).toBe('is too long: at most 2,000 characters');
    expect(render(m, 'fr')).toMatch(/^est trop long : 2\s000 caractères au plus$/u);
  });
});

describe('messages in the language of the run', () => {
  const answers = (body: string) =>
    file('a.yaml', `questionnaire: mini\nterritory: Nanterre\nrespondent: { sector: association }\n${body}`);
  const cases: { what: string; argv: () => string[]; fr: RegExp; en: RegExp }[] = [
    { what: 'a missing file', argv: () => ['validate', join(dir, 'nope.yaml')], fr: /nope\.yaml: fichier ou dossier introuvable$/, en: /nope\.yaml: no such file or directory$/ },
    {
      what: 'a YAML syntax error, with its position',
      argv: () => ['validate', file('s.yaml', 'a: [1, 2\nb: 3\n')],
      fr: /s\.yaml:2:1: erreur de syntaxe YAML : il manque le \] fermant/,
      en: /s\.yaml:2:1: YAML syntax error: a closing \] is missing/,
    },
    {
      what: 'a JSON report given as answers',
      argv: () => ['report', file('r.json', '{"reportVersion": "1"}\n')],
      fr: /r\.json: est un rapport JSON d’impact-collectif, pas un fichier de réponses : donnez-le à compare/,
      en: /r\.json: is a JSON report of impact-collectif, not an answer file: give it to compare/,
    },
    {
      // Over 256 KiB, `yaml` is not asked to explain: what js-yaml says becomes our text, never its English.
      what: "js-yaml's reason in a large document",
      argv: () => ['validate', '-q', MINI, answers(`answers:\n${Array.from({ length: 22_000 }, (_, i) => `  # note ${i}\n`).join('')}  urgence.q1: "open\n`)],
      fr: /a\.yaml:\d+:\d+: erreur de syntaxe YAML : il manque le guillemet fermant$/,
      en: /a\.yaml:\d+:\d+: YAML syntax error: a closing quote is missing$/,
    },
    { what: 'a duplicate key, named', argv: () => ['validate', file('d.yaml', 'a: 1\na: 2\n')], fr: /d\.yaml:2:1: clé « a » en double$/, en: /d\.yaml:2:1: duplicate key "a"$/ },
    {
      what: 'a zod issue (a text too long), with its limit',
      argv: () => ['validate', '-q', MINI, answers(`version: "${'9'.repeat(41)}"\n`)],
      fr: /a\.yaml:4:10: version: est trop long : 40 caractères au plus$/,
      en: /a\.yaml:4:10: version: is too long: at most 40 characters$/,
    },
    {
      what: 'an empty value, not "expected string, received null"',
      argv: () => ['validate', '-q', MINI, file('n.yaml', 'questionnaire: mini\nterritory: ~\nrespondent: { sector: association }\n')],
      fr: /n\.yaml:2:12: territory: n’a pas de valeur : écrivez un texte$/,
      en: /n\.yaml:2:12: territory: has no value: write a text$/,
    },
    {
      what: 'an unknown question id, with a suggestion',
      argv: () => ['validate', '-q', MINI, answers('answers:\n  urgence.q9: 2\n')],
      fr: /a\.yaml:5:3: answers\.urgence\.q9: identifiant de question inconnu « urgence\.q9 » \(vouliez-vous dire « urgence\.q\d » \?\)$/,
      en: /a\.yaml:5:3: answers\.urgence\.q9: unknown question id "urgence\.q9" \(did you mean "urgence\.q\d"\?\)$/,
    },
    {
      what: 'an answer out of the scale',
      argv: () => ['validate', '-q', MINI, answers('answers:\n  urgence.q1: 7\n')],
      fr: /answers\.urgence\.q1: doit valoir 0, 1, 2, 3 ou unknown/,
      en: /answers\.urgence\.q1: must be 0, 1, 2, 3 or unknown/,
    },
    { what: "commander's unknown option", argv: () => ['report', '--formt', 'json'], fr: /^impact-collectif: option inconnue « --formt » \(vouliez-vous dire « --format » \?\)/, en: /^impact-collectif: unknown option "--formt" \(did you mean "--format"\?\)/ },
    { what: "commander's missing argument", argv: () => ['schema'], fr: /^impact-collectif: argument <format> manquant$/, en: /^impact-collectif: missing argument <format>$/ },
    { what: "commander's excess arguments", argv: () => ['schema', 'a', 'b'], fr: /^impact-collectif: trop d’arguments : schema en attend 1, pas 2$/, en: /^impact-collectif: too many arguments for schema: it takes 1 argument, not 2$/ },
    { what: "an option's missing value", argv: () => ['report', 'x.yaml', '-q'], fr: /^impact-collectif: l’option -q, --questionnaire <id\|path> attend une valeur$/, en: /^impact-collectif: option -q, --questionnaire <id\|path> needs a value$/ },
    { what: 'an invalid choice, with a suggestion', argv: () => ['report', 'x.yaml', '-f', 'jsn'], fr: /« jsn » n’est pas possible \(vouliez-vous dire « json » \?\)/, en: /"jsn" is not possible \(did you mean "json"\?\)/ },
    { what: 'an unknown command', argv: () => ['reprot'], fr: /^impact-collectif: commande inconnue « reprot » \(vouliez-vous dire « report » \?\)/, en: /^impact-collectif: unknown command "reprot" \(did you mean "report"\?\)/ },
  ];

  it.each(cases)('$what: one line, French with --lang fr, English with --lang en', async (c) => {
    for (const lang of ['fr', 'en'] as const) {
      const r = await cli([...c.argv(), '--lang', lang]);
      expect(r.code).toBe(2);
      const lines = r.stderr.split('\n');
      expect(lines, r.stderr).toHaveLength(2);
      expect(lines[0]).toMatch(c[lang]);
    }
  });

  it('counts the problems not shown, in the language of the run', async () => {
    const many = answers(Array.from({ length: 70 }, (_, i) => `x${i}: 1\n`).join(''));
    const expected = { fr: /a\.yaml: … et 10 autres problèmes, non affichés \(corrigez d’abord ceux-ci\)$/, en: /a\.yaml: … and 10 more problems not shown \(fix these first\)$/ };
    for (const lang of ['fr', 'en'] as const) {
      const r = await cli(['validate', '-q', MINI, many, '--lang', lang]);
      expect(r.code).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(61);
      expect(lines[0]).toMatch(lang === 'fr' ? /x0: clé inconnue$/ : /x0: unknown key$/);
      expect(lines[60]).toMatch(expected[lang]);
    }
  });

  it('follows the locale without --lang', async () => {
    const r = await cli(['schema'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(r.stderr).toBe('impact-collectif: argument <format> manquant\n');
  });

  it('gives one message for a date that is neither of the right shape nor a day', async () => {
    const r = await cli(['validate', '-q', MINI, answers('date: 2025-2-30\n')]);
    expect(r.stderr).toBe(`${join(dir, 'a.yaml')}:4:7: date: must be a calendar date written YYYY-MM-DD\n`);
  });
});

describe('characters that change what a terminal shows', () => {
  it('refuses a territory with U+200F or U+2028 in a file, and prints neither raw', async () => {
    for (const c of ['\u200f', '\u2028', '\u200e', '\u061c', '\u2029']) {
      const path = file('t.yaml', `questionnaire: mini\nterritory: "Nan${c}terre"\nrespondent: { sector: association }\n`);
      const r = await cli(['report', '-q', MINI, path]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`${path}:2:12: territory: contains control characters\n`);
    }
  });

  it('escapes them in a file name it prints', async () => {
    const r = await cli(['report', join(dir, 'x\u200fy\u2028z.yaml')]);
    expect(r.stderr).toBe(`${join(dir, 'x\\u200fy\\u2028z.yaml')}: no such file or directory\n`);
  });

  it("escapes an unknown option (a hostile file name expanded by the shell) in commander's errors, with the prefix", async () => {
    const r = await cli(['report', '--\u001b]52;c;aGVsbG8=\u0007', 'x.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('impact-collectif: unknown option "--\\u001b]52;c;aGVsbG8=\\u0007"; the options: impact-collectif report --help\n');
  });
});
