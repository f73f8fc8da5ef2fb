// The SVG radar: golden files, geometry checked against the scores, unscored axes, standalone file for slides, escaping.
import { describe, expect, it } from 'vitest';
import { loadResponses } from '../../src/answers/responses.js';
import { reportRadar } from '../../src/reporters/chart/report.js';
import { report as svg } from '../../src/reporters/svg/report.js';
import type { Report } from '../../src/scoring/report.js';
import { score } from '../../src/scoring/score.js';
import { cli, fixture } from '../helpers/cli.js';
import { all, byClass, byTag, parse, type El } from './html-dom.js';
import { expectGolden, MINI } from './report-golden.js';

const answers = (name: string) => fixture(`answers/html/${name}.yaml`);

async function reportOf(paths: string[], lang: 'fr' | 'en', questionnaire?: string): Promise<Report> {
  const { questionnaire: q, responses } = await loadResponses(paths, questionnaire);
  return score(q.questionnaire, responses, { lang });
}

async function svgOf(paths: string[], lang: 'fr' | 'en'): Promise<string> {
  const r = await cli(['report', ...paths, '--format', 'svg', '--lang', lang]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const svgRoot = (markup: string) => byTag(parse(markup), 'svg')[0]!;
const points = (p: El) => p.attrs.points!.split(' ').map((xy) => xy.split(',').map(Number) as [number, number]);
const titleOf = (el: El) => String(byTag(el, 'title')[0]!.children[0] ?? '');

/** Centre, radius and the unit direction of each axis, read from the drawing itself. */
function geometry(root: El) {
  const axes = byClass(root, 'radar-axis').map((l) => ({ x1: Number(l.attrs.x1), y1: Number(l.attrs.y1), x2: Number(l.attrs.x2), y2: Number(l.attrs.y2), dashed: 'stroke-dasharray' in l.attrs }));
  const cx = axes[0]!.x1;
  const cy = axes[0]!.y1;
  const R = Math.max(...byClass(root, 'radar-ring').map((c) => Number(c.attrs.r)));
  return { axes, cx, cy, R };
}

describe('svg golden files', () => {
  for (const [name, lang] of [
    ['single-gate-failed', 'fr'],
    ['collectif-12', 'en'],
  ] as const) {
    it(`${name}.${lang}`, async () => expectGolden(await svgOf([answers(name)], lang), `svg/${name}.${lang}.svg`));
  }
});

describe('radar geometry', () => {
  it('draws one axis per dimension, from the top, clockwise, in questionnaire order', async () => {
    const report = await reportOf([answers('collectif-12')], 'fr');
    const { axes, cx, cy, R } = geometry(svgRoot(reportRadar(report, { lang: 'fr', color: false })));
    const n = report.dimensions.length;
    expect(axes).toHaveLength(n);
    axes.forEach((a, i) => {
      const angle = (2 * Math.PI * i) / n;
      expect(a.x2 - cx).toBeCloseTo(R * Math.sin(angle), 1);
      expect(a.y2 - cy).toBeCloseTo(-R * Math.cos(angle), 1);
    });
    // Labels follow the same order.
    const labels = byClass(svgRoot(reportRadar(report, { lang: 'fr', color: false })), 'radar-label').map((l) => titleOf(l));
    expect(labels).toEqual(report.dimensions.map((d) => d.title));
  });

  it('puts each score and target at radius ∝ value / 100 on its own axis', async () => {
    const report = await reportOf([answers('collectif-12')], 'en');
    const root = svgRoot(reportRadar(report, { lang: 'en', color: false }));
    const { axes, cx, cy, R } = geometry(root);
    const check = (poly: El, values: (number | null)[]) => {
      const scored = values.flatMap((v, i) => (v === null ? [] : [[v, i] as const]));
      const pts = points(poly);
      expect(pts).toHaveLength(scored.length);
      scored.forEach(([v, i], k) => {
        const [x, y] = pts[k]!;
        const a = axes[i]!;
        expect(Math.hypot(x - cx, y - cy) / R).toBeCloseTo(v / 100, 2);
        // Same direction as the axis (collinear, same side), unless the point sits at the centre.
        if (v > 0) expect(((x - cx) * (a.x2 - cx) + (y - cy) * (a.y2 - cy)) / (Math.hypot(x - cx, y - cy) * R)).toBeCloseTo(1, 3);
      });
    };
    check(byClass(root, 'radar-score')[0]!, report.dimensions.map((d) => d.score));
    check(byClass(root, 'radar-target')[0]!, report.dimensions.map((d) => d.target));
    expect(byClass(root, 'radar-target')[0]!.attrs['stroke-dasharray']).toBeDefined();
    expect(byClass(root, 'radar-score')[0]!.attrs['stroke-dasharray']).toBeUndefined();
  });

  it('draws the band rings at the bands\' limits', async () => {
    const report = await reportOf([answers('collectif-12')], 'fr');
    const root = svgRoot(reportRadar(report, { lang: 'fr', color: false }));
    const radii = byClass(root, 'radar-ring').map((c) => Number(c.attrs.r));
    const R = Math.max(...radii);
    expect(radii.map((r) => Math.round((100 * r) / R))).toEqual(report.bands.map((b) => b.max));
    expect(byTag(byClass(root, 'radar-ring-labels')[0]!, 'text').map((t) => t.children.join(''))).toEqual(['25', '50', '75', '100']);
  });

  it('sets the preconditions apart: a shaded sector and a distinct label style per precondition', async () => {
    const report = await reportOf([answers('collectif-12')], 'fr');
    const root = svgRoot(reportRadar(report, { lang: 'fr', color: false }));
    const pre = report.dimensions.filter((d) => d.kind === 'precondition');
    expect(byTag(byClass(root, 'radar-grid')[0]!, 'path')).toHaveLength(pre.length);
    expect(byClass(root, 'radar-label-precondition').map(titleOf)).toEqual(pre.map((d) => d.title));
  });

  it('leaves an unscored axis visibly empty: no vertex, an open marker, "non évalué", a dotted axis', async () => {
    const report = await reportOf([answers('single-gate-failed')], 'fr');
    const root = svgRoot(reportRadar(report, { lang: 'fr', color: false }));
    const i = report.dimensions.findIndex((d) => d.score === null);
    expect(i).toBeGreaterThanOrEqual(0);
    const gaps = byClass(root, 'radar-gap');
    expect(gaps.map(titleOf)).toEqual(['Ressources nécessaires : non évalué (cible 75)']);
    expect(geometry(root).axes.map((a) => a.dashed)).toEqual(report.dimensions.map((d) => d.score === null));
    expect(points(byClass(root, 'radar-score')[0]!)).toHaveLength(report.dimensions.length - 1);
    const label = byClass(root, 'radar-label')[i]!;
    expect(byTag(label, 'tspan').at(-1)!.children).toEqual(['non évalué']);
  });

  it('titles every score vertex with the dimension, score and target, in the report language', async () => {
    const fr = await reportOf([answers('single-gate-failed')], 'fr');
    const vertices = (r: Report) => byClass(svgRoot(reportRadar(r, { lang: r.lang, color: false })), 'radar-vertex').map(titleOf);
    expect(vertices(fr)).toContain("Noyau d'acteurs courageux : 66,7 / 100 (cible 75)");
    const en = await reportOf([answers('single-gate-failed')], 'en');
    expect(vertices(en)).toContain('Courageous core group: 66.7 / 100 (target 75)');
  });

  it('draws as many axes as the questionnaire has dimensions', async () => {
    // Both built-in questionnaires have 8 dimensions: a questionnaire file may have another number.
    const full = await reportOf([fixture('answers/mini/several')], 'fr', MINI);
    const report: Report = { ...full, dimensions: full.dimensions.slice(0, 5) };
    const { axes, cx, cy, R } = geometry(svgRoot(reportRadar(report, { lang: 'fr', color: false })));
    expect(axes).toHaveLength(5);
    expect(axes[1]!.x2 - cx).toBeCloseTo(R * Math.sin((2 * Math.PI) / 5), 1);
    expect(axes[1]!.y2 - cy).toBeCloseTo(-R * Math.cos((2 * Math.PI) / 5), 1);
  });
});

describe('standalone SVG (--format svg)', () => {
  it('is a complete SVG file with its size, a caption naming the territory, and no script', async () => {
    const out = await svgOf([answers('collectif-12')], 'fr');
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(out.endsWith('</svg>\n')).toBe(true);
    const root = svgRoot(out);
    expect(Number(root.attrs.width)).toBeGreaterThan(0);
    expect(root.attrs.viewBox).toBe(`0 0 ${root.attrs.width} ${root.attrs.height}`);
    expect(all(root, (e) => e.tag === 'script' || e.tag === 'foreignObject' || e.tag === 'image')).toEqual([]);
    const texts = byTag(root, 'text').map((t) => t.children.join(''));
    expect(texts).toContain('Cité éducative du Val Fleuri');
    expect(texts).toContain('12 réponses · du 3 mars 2025 au 21 mars 2025');
  });

  it('keeps hostile texts inert', async () => {
    const out = await svgOf([answers('hostile')], 'en');
    expect(out).not.toMatch(/<script|<b>/);
    const texts = byTag(svgRoot(out), 'text').map((t) => t.children.join(''));
    expect(texts[0]).toBe('Quartier <b>Nord</b> & </svg><script>window.__pwned=2</script>');
  });

  it('is the same radar as the one inside the HTML report', async () => {
    const report = await reportOf([answers('collectif-12')], 'fr');
    const alone = svg(report, { lang: 'fr', color: false });
    const inline = reportRadar(report, { lang: 'fr', color: false });
    const layers = (s: string) => s.split('\n').filter((l) => /^<(polygon|g class="radar-(grid|vertex|gap)|text class="radar-label)/.test(l));
    // Same polygons, vertices and labels; the standalone one is shifted down by its caption only.
    const shift = (s: string) => layers(s).map((l) => l.replace(/-?\d+(\.\d+)?/g, '#'));
    expect(shift(alone)).toEqual(shift(inline));
    expect(layers(alone).length).toBeGreaterThan(10);
  });
});
