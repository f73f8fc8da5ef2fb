// Reading answer files as a consultant meets them: concatenated on standard input, folders with hidden files,
// JSON Schemas and last year's JSON report beside the answers, a questionnaire version that does not exist.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSON_SCHEMA, loadAll } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, fixture } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ic-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const COLLECTIVE = fixture('answers/collective');
const files = readdirSync(COLLECTIVE).filter((f) => f.endsWith('.yaml')).sort();
const text = (f: string) => readFileSync(join(COLLECTIVE, f), 'utf8');
const report = async (args: string[], stdin?: string) => {
  const r = await cli(['report', ...args, '--format', 'json'], { stdin });
  return { ...r, json: r.code === 0 ? (JSON.parse(r.stdout) as { responses: number }) : undefined };
};

describe('answer files concatenated on standard input (cat a.yaml b.yaml | report -)', () => {
  it('reads each file as a response, as the folder is read', async () => {
    const fromFolder = await report([COLLECTIVE]);
    const piped = await report(['-'], files.map(text).join(''));
    expect(piped.stderr).toBe('');
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(fromFolder.stdout);
  });

  it('keeps the line numbers of the concatenation in its messages', async () => {
    const [a, b] = [text(files[0]!), text(files[1]!).replace('urgence.donnees: ', 'urgence.donnees: 7 #')];
    const line = (a + b).split('\n').findIndex((l, i) => i >= a.split('\n').length - 1 && l.includes('urgence.donnees: 7')) + 1;
    const r = await report(['-'], a + b);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^<stdin>:${line}:\\d+: answers\\.urgence\\.donnees: `));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('still refuses a key written twice in one response', async () => {
    const r = await report(['-'], 'questionnaire: impact-collectif\nterritory: T\nrespondent:\n  sector: elus\nanswers:\n  urgence.donnees: 1\n  urgence.donnees: 2\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('<stdin>:7:3: duplicate key "urgence.donnees"\n');
  });
});

describe('folders', () => {
  const folder = join(dir, 'answers');
  mkdirSync(folder);
  for (const f of files.slice(0, 3)) writeFileSync(join(folder, f), text(f));

  it('skip hidden files (macOS ._ files, editor locks)', async () => {
    writeFileSync(join(folder, '._01.yaml'), Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]));
    writeFileSync(join(folder, '.#02.yaml'), 'root@host.1234:1700000000');
    const r = await report([folder]);
    expect(r.stderr).toBe('');
    expect(r.json?.responses).toBe(3);
  });

  it('read a file once when it is named twice (a folder and one of its files, or the folder twice)', async () => {
    const one = join(folder, files[0]!);
    expect((await report([folder, one])).json?.responses).toBe(3);
    expect((await report([folder, `${folder}/`])).json?.responses).toBe(3);
    expect((await report([one, one])).json?.responses).toBe(1);
  });

  it('skip a JSON Schema and a JSON report with a note, in French and English; named, a report is refused', async () => {
    const schema = await cli(['schema', 'answers']);
    writeFileSync(join(folder, 'answers.schema.json'), schema.stdout);
    const last = await report([COLLECTIVE]);
    writeFileSync(join(folder, 'rapport-2025.json'), last.stdout);
    const r = await report([folder]);
    expect(r.code).toBe(0);
    expect(r.json?.responses).toBe(3);
    expect(r.stderr).toBe(
      `impact-collectif: ${join(folder, 'answers.schema.json')}: skipped: a JSON Schema, not an answer file\n` +
        `impact-collectif: ${join(folder, 'rapport-2025.json')}: skipped: a JSON report, not an answer file (compare reads it)\n`,
    );
    const fr = await cli(['report', folder, '--format', 'json'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(fr.stderr).toContain('ignoré : un schéma JSON, pas un fichier de réponses');
    const named = await report([join(folder, 'rapport-2025.json')]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('is a JSON report of impact-collectif, not an answer file');
  });
});

describe('a questionnaire version that does not exist', () => {
  it('is noted on standard error, and the answers are read with the version that fits them', async () => {
    const f = join(dir, 'v.yaml');
    writeFileSync(f, text(files[0]!).replace('questionnaire: impact-collectif\n', 'questionnaire: impact-collectif\nversion: "9.9"\n'));
    const r = await report([f]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^impact-collectif: ${f.replace(/[.]/g, '\\.')}:3:10: unknown version 9\\.9 of "impact-collectif" \\(known: [^)]+\\): answers read with version \\d`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const fr = await cli(['report', f, '--format', 'json', '--lang', 'fr']);
    expect(fr.stderr).toMatch(/: version 9\.9 de « impact-collectif » inconnue \(versions connues : [^)]+\) : réponses lues avec la version \d/);
  });
});

describe('compare', () => {
  it('compares JSON answer files (told from a JSON report by their content), as their YAML', async () => {
    const from = fixture('answers/collective-2026');
    const d = join(dir, 'json-2026');
    mkdirSync(d);
    for (const f of readdirSync(from).filter((x) => x.endsWith('.yaml'))) {
      loadAll(readFileSync(join(from, f), 'utf8'), null, { schema: JSON_SCHEMA }).forEach((doc, i) => writeFileSync(join(d, f.replace(/yaml$/, `${i}.json`)), JSON.stringify(doc)));
    }
    const after = fixture('answers/collective-2027');
    const r = await cli(['compare', d, after, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await cli(['compare', from, after, '--format', 'json'])).stdout);
  });
});
