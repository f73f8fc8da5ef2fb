// Variations a file may carry and still be read (a BOM, CRLF, tabs, escape sequences in # comments): the same report as the clean file.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { cli, fixture } from '../helpers/cli.js';
import { HOSTILE, MINI } from './corpus.js';

const root = mkdtempSync(join(tmpdir(), 'ic-accepted-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const clean = {
  answers: readFileSync(join(HOSTILE, 'answers/ok.yaml'), 'utf8'),
  questionnaire: readFileSync(join(HOSTILE, 'questionnaires/ok.yaml'), 'utf8'),
};
const OK_ANSWERS = join(HOSTILE, 'answers/ok.yaml');
const OK_QUESTIONNAIRE = join(HOSTILE, 'questionnaires/ok.yaml');

/** The line each kind of file gets a tab and a trailing comment on. */
const tabbed: Record<'answers' | 'questionnaire', [string, string]> = {
  answers: ['territory: Nanterre', 'territory:\tNanterre\t# tabs'],
  questionnaire: ['version: "1.0"', 'version:\t"1.0"\t# tabs'],
};

const TRANSFORMS: Record<string, (text: string, kind: 'answers' | 'questionnaire') => string> = {
  bom: (t) => `\ufeff${t}`,
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  'bom-crlf': (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`,
  'escapes-in-yaml-comment': (t) => `# \x1b[2J\x1b]0;pwned\x07 before\n${t}# \x1b[31m\x9b2J after\n`,
  'tab-separators': (t, kind) => {
    const [from, to] = tabbed[kind];
    if (!t.includes(from)) throw new Error(`${kind} ok.yaml no longer has "${from}"`);
    return t.replace(from, to);
  },
};

const manifest = parse(readFileSync(join(HOSTILE, 'cases.yaml'), 'utf8')) as { accepted: { transform: string; what: string }[] };

/** Writes `text` as ok.yaml in its own folder: the same name as the clean file, so that only the bytes differ. */
function variant(name: string, kind: string, text: string): string {
  const folder = join(root, `${kind}-${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'ok.yaml'), text);
  return join(folder, 'ok.yaml');
}

const formats = ['json', 'markdown'];

describe('accepted variations give the same result as the clean file', () => {
  it('the manifest lists exactly the transforms tested here', () => {
    expect(manifest.accepted.map((a) => a.transform).sort()).toEqual(Object.keys(TRANSFORMS).sort());
  });

  it.each(manifest.accepted)('answer file with $what', async ({ transform }) => {
    const path = variant(transform, 'answers', TRANSFORMS[transform]!(clean.answers, 'answers'));
    const v = await cli(['validate', '-q', MINI, path]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    for (const format of formats) {
      const expected = await cli(['report', '-q', MINI, OK_ANSWERS, '--format', format]);
      const got = await cli(['report', '-q', MINI, path, '--format', format]);
      expect(got.stderr).toBe('');
      expect(got.stdout).toBe(expected.stdout);
    }
  });

  it.each(manifest.accepted)('questionnaire with $what', async ({ transform }) => {
    const path = variant(transform, 'questionnaire', TRANSFORMS[transform]!(clean.questionnaire, 'questionnaire'));
    const v = await cli(['validate', path]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    for (const format of formats) {
      const expected = await cli(['report', '-q', OK_QUESTIONNAIRE, OK_ANSWERS, '--format', format]);
      const got = await cli(['report', '-q', path, OK_ANSWERS, '--format', format]);
      expect(got.stderr).toBe('');
      expect(got.stdout).toBe(expected.stdout);
    }
  });

  it('property names as ids (constructor, prototype, length) are ordinary ids: scores as by hand', async () => {
    const r = await cli(['report', '-q', fixture('hostile/questionnaires/property-names-as-ids.yaml'), fixture('hostile/answers/property-names-as-ids.yaml'), '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { dimensions: { id: string; score: number | null }[]; sectors: { id: string; responses: number }[] };
    // urgence.constructor = 3 and urgence.prototype = 1, weights 1: 100 × (3 + 1) / (3 × 2) = 66.7.
    expect(report.dimensions.find((d) => d.id === 'urgence')!.score).toBe(66.7);
    expect(report.sectors.map((s) => `${s.id}:${s.responses}`)).toEqual(['constructor:1', 'prototype:0', 'length:0']);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
