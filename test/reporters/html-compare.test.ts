// The comparison in HTML and SVG: structure golden, radar with both dates (before dashed, after solid), changes, escaping.
import { describe, expect, it } from 'vitest';
import { cli, fixture } from '../helpers/cli.js';
import { all, byClass, byTag, outline, parse, textOf } from './html-dom.js';
import { expectGolden } from './report-golden.js';

async function compareOf(before: string, after: string, format: 'html' | 'svg', lang: 'fr' | 'en'): Promise<string> {
  const r = await cli(['compare', before, after, '--format', format, '--lang', lang]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const BEFORE = fixture('answers/collective');
const AFTER = fixture('answers/collective-2026');
const text = (e: Parameters<typeof textOf>[0]) => textOf(e).replace(/\s+/g, ' ').trim();

describe('compare --format html', () => {
  it('golden outline', async () => {
    const out = await compareOf(BEFORE, AFTER, 'html', 'fr');
    expectGolden(`${outline(parse(out)).join('\n')}\n`, 'html/compare-collective.fr.outline.txt');
  });

  it('draws before dashed with open markers and after solid, one point per scored dimension', async () => {
    const root = parse(await compareOf(BEFORE, AFTER, 'html', 'en'));
    const radar = byClass(root, 'radar')[0]!;
    const before = byClass(radar, 'radar-before')[0]!;
    const after = byClass(radar, 'radar-score')[0]!;
    expect(before.attrs['stroke-dasharray']).toBeDefined();
    expect(after.attrs['stroke-dasharray']).toBeUndefined();
    expect(byTag(radar, 'polygon')).toHaveLength(2);
    expect(byClass(radar, 'radar-axis')).toHaveLength(8);
    expect(before.attrs.points!.split(' ')).toHaveLength(8);
    expect(text(byClass(radar, 'radar-legend')[0]!)).toMatch(/After \(March 2026\).*Before \(March 2025\)/);
    expect(byClass(radar, 'radar-score-vertex').map((v) => String(byTag(v, 'title')[0]!.children[0]))).toContain('Inclusive engagement — after: 54.7 / 100 (+19.1)');
  });

  it('gives each change a sign and an arrow, so that colour is never the only signal', async () => {
    const root = parse(await compareOf(BEFORE, AFTER, 'html', 'fr'));
    const changes = byClass(root, 'change').map(text);
    expect(changes.length).toBeGreaterThan(8);
    for (const c of changes) expect(c).toMatch(/^(▲ \+\d+,\d \(hausse\)|▼ -\d+,\d \(baisse\)|= 0,0 \(stable\))$/);
  });

  it('shows the gate of both sides with icons and words', async () => {
    const root = parse(await compareOf(BEFORE, AFTER, 'html', 'fr'));
    const lines = byTag(byClass(root, 'gate-lines')[0]!, 'li').map(text);
    expect(lines[0]).toMatch(/^Avant : à construire d’abord — Noyau d'acteurs courageux \(49,4\)/);
    expect(lines[1]).toMatch(/^Après : réunies/);
  });

  it('keeps hostile texts inert and is self-contained', async () => {
    const out = await compareOf(fixture('answers/html/single-gate-failed.yaml'), fixture('answers/html/hostile.yaml'), 'html', 'en');
    const root = parse(out);
    expect(out).not.toMatch(/<script|<b>/);
    expect(byTag(root, 'h1').map(text)).toEqual(['Quartier <b>Nord</b> & </svg><script>window.__pwned=2</script>']);
    expect(all(root, (e) => e.tag === 'a').every((a) => a.attrs.href!.startsWith('#'))).toBe(true);
  });
});

describe('compare --format svg', () => {
  it('is a standalone radar of both dates with a caption', async () => {
    const out = await compareOf(BEFORE, AFTER, 'svg', 'fr');
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    const svg = byTag(parse(out), 'svg')[0]!;
    expect(byTag(svg, 'polygon').map((p) => p.attrs.class)).toEqual(['radar-before', 'radar-score']);
    const texts = byTag(svg, 'text').map((t) => t.children.join(''));
    expect(texts[0]).toBe('Cité éducative de Villeneuve-la-Garenne');
    expect(texts).toContain('Avant : 12 réponses, du 4 mars 2025 au 18 mars 2025');
  });
});
