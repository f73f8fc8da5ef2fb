// The facilitator's kit: Markdown goldens, the HTML outline, the agenda's timing, anonymity of the placemats, usage errors.
import { describe, expect, it } from 'vitest';
import { cli, fixture, ok } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { byClass, byTag, outline, parse, textOf } from '../reporters/html-dom.js';
import { buildKit, parseStart } from '../../src/workshop/kit.js';
import type { Report } from '../../src/scoring/report.js';

const Y2025 = fixture('answers/collective');
const ONE = fixture('answers/express/one.yaml');

describe('workshop', () => {
  it('writes the kit in Markdown, French and English', async () => {
    expectGolden(await ok(['workshop', Y2025, '--format', 'markdown', '--lang', 'fr']), 'workshop/collective.fr.md');
    expectGolden(await ok(['workshop', Y2025, '--format', 'markdown', '--lang', 'en', '--duration', '3h', '--start', '14:00']), 'workshop/collective-3h.en.md');
  });

  it('writes the kit in HTML: agenda, one placemat per dimension, disagreements, recommendations, an empty plan', async () => {
    const html = await ok(['workshop', Y2025, '--lang', 'fr', '--start', '9:30']);
    const root = parse(html);
    expectGolden(`${outline(root).join('\n')}\n`, 'workshop/collective.fr.outline.txt');
    const placemats = byClass(root, 'placemat');
    expect(placemats.map((p) => p.attrs.id)).toEqual([
      'placemat-urgence',
      'placemat-noyau',
      'placemat-ressources',
      'placemat-aspiration-partagee',
      'placemat-engagement-inclusif',
      'placemat-strategie-levier',
      'placemat-apprentissage-strategique',
      'placemat-structure-soutien',
    ]);
    // Each question of a placemat has its distribution drawn, with the counts in words for a screen reader.
    const urgence = placemats[0]!;
    expect(byTag(urgence, 'svg').map((s) => s.attrs['aria-label'])).toContain('0 · Absent : 1 · 1 · Émergent : 3 · 2 · En développement : 2 · 3 · Établi : 6');
    const agendaRows = byTag(byClass(root, 'agenda')[0]!, 'tr').slice(1);
    expect(agendaRows.map((r) => textOf(r).slice(0, 15))).toEqual([
      '9 h 30 – 9 h 40',
      '9 h 40 – 9 h 50',
      '9 h 50 – 10 h 0',
      '10 h 05 – 10 h ',
      '10 h 30 – 10 h ',
      '10 h 50 – 11 h ',
      '11 h 05 – 11 h ',
      '11 h 25 – 11 h ',
    ]);
    expect(byTag(byClass(root, 'plan-grid')[0]!, 'tr')).toHaveLength(11);
    // French typography: in the kit's own pages, no line can start with a lone « ? » or « : ».
    const own = byTag(root, 'section').filter((x) => ['agenda-sheet', 'divergences', 'plan'].includes(x.attrs.id ?? '') || placemats.includes(x));
    expect(own).toHaveLength(11);
    // (The distributions' labels, [in brackets] in textOf, are read aloud, never wrapped on paper.)
    for (const section of own) expect(textOf(section).replace(/\[[^\]]*\]/g, '').match(/.{20} [?!:;»]/g)).toBeNull();
    expect(html).not.toContain('<script');
  });

  it('names no respondent and no sector on the placemats (the privacy rule of the report: comments are anonymous)', async () => {
    const out = await ok(['workshop', Y2025, '--lang', 'fr', '--format', 'markdown']);
    for (const name of ['Claire Martin', 'Karim Benali', 'Sophie Lambert']) expect(out).not.toContain(name);
    // Every comment line is the level and the respondent's text, nothing else (the report adds the sector).
    const report = JSON.parse(await ok(['report', Y2025, '--format', 'json', '--lang', 'fr'])) as Report;
    const texts = new Set(report.collective.comments.map((c) => c.comment.replace(/\s+/g, ' ').trim()));
    const lines = out.split('\n').filter((l) => l.startsWith('> **'));
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      const text = line.replace(/^> \*\*(?:\d · [^*]+|ne sait pas)\*\* — /, '').replaceAll('\\', '').replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)));
      // A long comment is cut on the placemat (the report has it whole).
      expect([...texts].some((c) => c === text || (text.endsWith('…') && c.startsWith(text.slice(0, -1)))), text).toBe(true);
    }
  });

  it('times the agenda for 2 or 3 hours, from the start time given', async () => {
    const report = JSON.parse(await ok(['report', Y2025, '--format', 'json', '--lang', 'en'])) as Report;
    for (const [duration, total] of [['2h', 120], ['3h', 180]] as const) {
      const kit = buildKit(report, { lang: 'en', duration, start: parseStart('9:30') });
      const last = kit.agenda[kit.agenda.length - 1]!;
      expect(kit.agenda[0]!.from).toBe(570);
      expect(last.from + last.minutes - 570).toBe(total);
      kit.agenda.slice(1).forEach((s, i) => expect(s.from).toBe(kit.agenda[i]!.from + kit.agenda[i]!.minutes));
    }
    expect(['9:30', '09:30', '9h30', '23:59'].map(parseStart)).toEqual([570, 570, 570, 1439]);
    expect(['24:00', '9', '9:5', 'midi'].map(parseStart)).toEqual([null, null, null, null]);
  });

  it('makes the same kit from the JSON report as from its answer files', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'ic-workshop-')), 'rapport.json');
    writeFileSync(file, await ok(['report', Y2025, '--format', 'json', '--lang', 'fr']));
    expect(await ok(['workshop', file, '--format', 'markdown', '--lang', 'fr'])).toBe(await ok(['workshop', Y2025, '--format', 'markdown', '--lang', 'fr']));
    const mixed = await cli(['workshop', file, ONE, '--lang', 'en']);
    expect(mixed.code).toBe(2);
  });

  it('says there is no disagreement to read with a single response', async () => {
    const out = await ok(['workshop', ONE, '--lang', 'fr', '--format', 'markdown']);
    expect(out).toContain('Une seule réponse : il n’y a pas de désaccord à lire.');
    expect(out).not.toContain('partage le groupe*');
  });

  it('refuses a bad --start or --duration (exit 2, one line)', async () => {
    const start = await cli(['workshop', Y2025, '--start', '25:00', '--lang', 'fr']);
    expect(start).toMatchObject({ code: 2, stdout: '' });
    expect(start.stderr).toBe('impact-collectif: --start attend une heure HH:MM (par exemple 9:30 ou 14:00), pas « 25:00 »\n');
    const duration = await cli(['workshop', Y2025, '--duration', '90min', '--lang', 'en']);
    expect(duration.code).toBe(2);
    expect(duration.stderr).toBe('impact-collectif: --duration: "90min" is not possible; choices: 2h, 3h\n');
  });
});
