// The HTML report: structure goldens, self-contained page, escaping of every file text, accessibility, determinism.
import { describe, expect, it } from 'vitest';
import { loadResponses } from '../../src/answers/responses.js';
import { report as html } from '../../src/reporters/html/report.js';
import { CSS } from '../../src/reporters/html/css.js';
import { esc } from '../../src/reporters/html/escape.js';
import { labelLines as wrap } from '../../src/reporters/chart/radar.js';
import { dateRange, longDate } from '../../src/reporters/format.js';
import type { Report } from '../../src/scoring/report.js';
import { score } from '../../src/scoring/score.js';
import { cli, fixture } from '../helpers/cli.js';
import { all, byClass, byTag, decode, outline, parse, textOf, type El } from './html-dom.js';
import { expectGolden } from './report-golden.js';

const answers = (name: string) => fixture(`answers/html/${name}.yaml`);

async function reportOf(paths: string[], lang: 'fr' | 'en', opts: { withNames?: boolean } = {}): Promise<Report> {
  const { questionnaire, responses } = await loadResponses(paths);
  return score(questionnaire.questionnaire, responses, { lang, withNames: opts.withNames });
}

async function htmlOf(paths: string[], lang: 'fr' | 'en', extra: string[] = []): Promise<string> {
  const r = await cli(['report', ...paths, '--format', 'html', '--lang', lang, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const text = (root: El) => textOf(root).replace(/\s+/g, ' ');

describe('html golden outlines (structure and texts, independent of the stylesheet)', () => {
  const cases: [string, string[], 'fr' | 'en'][] = [
    ['collectif-12.fr', [answers('collectif-12')], 'fr'],
    ['single-gate-failed.fr', [answers('single-gate-failed')], 'fr'],
    ['single-gate-failed.en', [answers('single-gate-failed')], 'en'],
    ['express-several.en', [fixture('answers/express/several')], 'en'],
  ];
  for (const [name, paths, lang] of cases) {
    it(name, async () => {
      const out = await htmlOf(paths, lang);
      expectGolden(`${outline(parse(out)).join('\n')}\n`, `html/${name}.outline.txt`);
    });
  }
});

describe('a self-contained page', () => {
  it('has no script, no external reference, a restrictive CSP, and the chosen language', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const out = await htmlOf([answers('collectif-12')], lang);
      const root = parse(out);
      expect(out.startsWith('<!DOCTYPE html>\n')).toBe(true);
      expect(byTag(root, 'html')[0]!.attrs.lang).toBe(lang);
      expect(byTag(root, 'script')).toEqual([]);
      expect(byTag(root, 'link')).toEqual([]);
      expect(byTag(root, 'img')).toEqual([]);
      // The only links are anchors within the page, and each points to an element that exists.
      const ids = new Set(all(root, (e) => e.attrs.id !== undefined).map((e) => e.attrs.id));
      for (const a of byTag(root, 'a')) {
        expect(a.attrs.href).toMatch(/^#/);
        expect(ids.has(a.attrs.href!.slice(1))).toBe(true);
      }
      expect(all(root, (e) => Object.keys(e.attrs).some((k) => k.startsWith('on') || k === 'src'))).toEqual([]);
      expect(CSS).not.toMatch(/url\(|@import|@font-face/);
      const csp = all(root, (e) => e.attrs['http-equiv'] === 'Content-Security-Policy')[0]!;
      expect(csp.attrs.content).toContain("default-src 'none'");
      expect(csp.attrs.content).not.toContain('script-src');
    }
  });

  it('is deterministic: same inputs, same bytes, no date of the run', async () => {
    const a = await htmlOf([answers('collectif-12')], 'fr');
    const b = await htmlOf([answers('collectif-12')], 'fr');
    expect(a).toBe(b);
    const today = new Date().toISOString().slice(0, 10);
    expect(a).not.toContain(today);
    expect(a).not.toContain(longDate(today, 'fr'));
    expect(a).not.toContain(fixture(''));
  });

  it('is written by --output, byte for byte what standard output gets', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'ic-html-'));
    const file = join(dir, 'rapport.html');
    const r = await cli(['report', answers('single-gate-failed'), '--format', 'html', '--lang', 'fr', '--output', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(await htmlOf([answers('single-gate-failed')], 'fr'));
  });
});

describe('the readiness gate', () => {
  it('shows a warning banner, with an icon and words, naming each failing precondition', async () => {
    const root = parse(await htmlOf([answers('single-gate-failed')], 'fr'));
    const [banner] = byClass(root, 'gate-failed');
    expect(banner).toBeDefined();
    expect(byClass(root, 'gate-met')).toEqual([]);
    expect(byClass(banner!, 'gate-icon')[0]!.attrs['aria-label']).toBe('Attention');
    const words = text(banner!);
    expect(words).toContain('Des préconditions ne sont pas encore réunies.');
    expect(byTag(banner!, 'li').map(text)).toEqual([
      "Sentiment d'urgence à agir : 33,3 — à construire d’abord",
      "Noyau d'acteurs courageux : 66,7 — réunie",
      'Ressources nécessaires : pas assez de réponses — à vérifier : avec qui peut-on la situer ?',
    ]);
    // The banner comes right after the header, before the overview and its radar.
    const main = byTag(root, 'main')[0]!;
    expect((main.children.find((c) => typeof c !== 'string') as El).attrs.class).toBe('gate gate-failed');
  });

  it('is a quiet confirmation when met', async () => {
    const root = parse(await htmlOf([answers('collectif-12')], 'en'));
    expect(byClass(root, 'gate-failed')).toEqual([]);
    expect(text(byClass(root, 'gate-met')[0]!)).toContain('The preconditions are met');
  });
});

describe('content', () => {
  it('writes numbers with a decimal comma in French and a point in English; JSON keeps numbers', async () => {
    const fr = parse(await htmlOf([answers('collectif-12')], 'fr'));
    const en = parse(await htmlOf([answers('collectif-12')], 'en'));
    const report = await reportOf([answers('collectif-12')], 'fr');
    const first = report.dimensions[0]!;
    const cell = (root: El) => text(byClass(all(root, (e) => e.attrs.id === `dim-${first.id}`)[0]!, 'score')[0]!);
    expect(cell(fr)).toBe(first.score!.toFixed(1).replace('.', ','));
    expect(cell(en)).toBe(first.score!.toFixed(1));
    const json = await cli(['report', answers('collectif-12'), '--format', 'json', '--lang', 'fr']);
    expect((JSON.parse(json.stdout) as Report).dimensions[0]!.score).toBe(first.score);
  });

  it('lists the recommendations as an ordered action list with boxes to tick and practices', async () => {
    const report = await reportOf([answers('collectif-12')], 'fr');
    const root = parse(html(report, { lang: 'fr', color: false }));
    const items = byClass(root, 'action');
    expect(byClass(root, 'actions')[0]!.tag).toBe('ol');
    const headings = report.recommendations.map((r) => r.text ?? `${r.reason.rule === 'unmet-precondition' ? 'À construire d’abord : ' : 'À travailler aussi : '}${report.dimensions.find((d) => d.id === r.reason.dimension)!.title}`);
    expect(items.map((li) => text(byClass(li, 'action-title')[0]!))).toEqual(headings.map((h, i) => `${i + 1}. ${h}`));
    for (const [i, li] of items.entries()) {
      expect(text(byClass(li, 'box')[0]!)).toBe('☐');
      expect(byTag(byClass(li, 'practices')[0]!, 'li').map(text)).toEqual(report.recommendations[i]!.practices.map((p) => p.text));
    }
    expect(text(all(root, (e) => e.attrs.id === 'prompts')[0]!)).toContain('La dimension la plus basse est « Engagement inclusif »');
  });

  it('flags the preconditions to build first in words, not only by colour', async () => {
    const report = await reportOf([answers('single-gate-failed')], 'en');
    const root = parse(html(report, { lang: 'en', color: false }));
    const flagged = byClass(root, 'gate-first');
    expect(flagged.length).toBe(report.recommendations.filter((r) => r.reason.rule === 'unmet-precondition').length);
    expect(flagged.length).toBeGreaterThan(0);
    for (const li of flagged) expect(text(li)).toContain('Build first:');
  });

  it('renders the collective sections: questions to discuss with distribution bars, sectors, comments', async () => {
    const report = await reportOf([answers('collectif-12')], 'fr');
    const root = parse(html(report, { lang: 'fr', color: false }));
    const rows = byTag(byClass(root, 'divergences')[0]!, 'tr').slice(1);
    expect(rows.length).toBe(report.collective.divergences.length);
    const d = report.collective.divergences[0]!;
    const bars = byClass(rows[0]!, 'dist')[0]!;
    expect(byTag(bars, 'rect').length).toBe(4);
    // The counts are written out, so the bars are never the only way to read them.
    expect(byTag(bars, 'text').map(text).slice(0, 8)).toEqual(d.distribution.flatMap((n, level) => [String(n), String(level)]));
    expect(text(all(root, (e) => e.attrs.id === 'sectors')[0]!)).toContain('Secteurs absents : Entreprise, acteur économique.');
    const comments = byClass(root, 'comment-text').map(text);
    expect(comments).toEqual(report.collective.comments.map((c) => c.comment));
  });

  it('shows respondent names only with --with-names', async () => {
    const without = await htmlOf([answers('collectif-12')], 'fr');
    const withNames = await htmlOf([answers('collectif-12')], 'fr', ['--with-names']);
    expect(without).not.toContain('Sophie Laurent');
    expect(withNames).toContain('Sophie Laurent');
  });

  it('notes dimensions with many "don\'t know" and dimensions not assessed', async () => {
    const many = parse(await htmlOf([answers('collectif-12')], 'fr'));
    expect(text(all(many, (e) => e.attrs.id === 'notes')[0]!)).toMatch(/Apprentissage stratégique : \d+ « je ne sais pas »/);
    const none = parse(await htmlOf([answers('single-gate-failed')], 'en'));
    expect(text(all(none, (e) => e.attrs.id === 'notes')[0]!)).toContain('Necessary resources: no rated answer, the dimension is not assessed.');
  });
});

describe('escaping: every text from a file shows as text', () => {
  it('renders the hostile fixture with its markup inert', async () => {
    const out = await htmlOf([answers('hostile')], 'fr');
    const root = parse(out);
    expect(out).not.toMatch(/<script|<img|<b>|<\/svg><script|<style>body/i);
    expect(byTag(root, 'h1').map(text)).toEqual(['Quartier <b>Nord</b> & </svg><script>window.__pwned=2</script>']);
    expect(byClass(root, 'comment-text').map(text)).toEqual([
      'Avant <script>window.__pwned=1</script> après </svg> fin & "guillemets" \'apostrophes\'',
      ']]><!-- --><style>body{display:none}</style>',
    ]);
    expect(byTag(root, 'title')[0]!.children.join('')).toContain('Quartier <b>Nord</b>');
  });

  it('escapes every string of the report model, wherever it is shown', async () => {
    // Every text field of a real report wrapped in markup (ids included: they are escaped too, and
    // equal ids stay equal, so that comments still find their question).
    const report = await reportOf([answers('collectif-12')], 'fr', { withNames: true });
    const poison = (v: unknown, key?: string): unknown => {
      // lang, rule and status are enumerations the reporter looks up, not texts it shows
      if (typeof v === 'string') return key === 'lang' || key === 'rule' || key === 'status' ? v : `<script>${v}</script>"'&</svg>`;
      if (Array.isArray(v)) return v.map((x) => poison(x));
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x, k)]));
      return v;
    };
    const hostile = poison(report) as Report;
    const out = html(hostile, { lang: 'fr', color: false, withNames: true });
    parse(out);
    expect(out).not.toContain('<script');
    expect(out).not.toMatch(/<\/svg>"/);
    // The texts do reach the page: territory, dimension titles, a recommendation, a comment.
    expect(out).toContain(esc(hostile.territory));
    expect(out).toContain(esc(hostile.dimensions[0]!.title));
    expect(out).toContain(esc(hostile.recommendations.find((r) => r.text)!.text!));
    expect(out).toContain(esc(hostile.recommendations[0]!.practices[0]!.text));
    expect(out).toContain(esc(hostile.collective.comments[0]!.comment));
  });

  it('esc turns the five special characters into entities and makes control characters visible', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(decode(esc('a < b & c'))).toBe('a < b & c');
    expect(esc('a\u0007b\u202eс')).toBe('a\\u0007b\\u202eс');
  });
});

describe('accessibility', () => {
  it('has one h1 and headings that never skip a level', async () => {
    for (const path of ['collectif-12', 'single-gate-failed']) {
      const root = parse(await htmlOf([answers(path)], 'fr'));
      const levels = all(root, (e) => /^h[1-6]$/.test(e.tag)).map((e) => Number(e.tag[1]));
      expect(levels.filter((l) => l === 1).length).toBe(1);
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    }
  });

  it('gives the radar a text alternative naming every dimension and score, and links it to the table', async () => {
    const report = await reportOf([answers('single-gate-failed')], 'fr');
    const root = parse(html(report, { lang: 'fr', color: false }));
    const svg = byClass(root, 'radar')[0]!;
    expect(svg.attrs.role).toBe('img');
    const [titleId, descId] = svg.attrs['aria-labelledby']!.split(' ');
    const desc = all(svg, (e) => e.attrs.id === descId)[0]!.children.join('');
    expect(all(svg, (e) => e.attrs.id === titleId)).toHaveLength(1);
    for (const d of report.dimensions) {
      expect(desc).toContain(d.title);
      expect(desc).toContain(d.score === null ? 'non évalué' : d.score.toFixed(1).replace('.', ','));
    }
    expect(byTag(byClass(root, 'radar-figure')[0]!, 'a')[0]!.attrs.href).toBe('#dimensions');
    // Every small chart of the table has its own label.
    for (const bar of byClass(root, 'bar')) expect(bar.attrs['aria-label']).toMatch(/score|non évalué/);
  });

  it('keeps WCAG AA contrast (4.5:1) for every text colour on its background', () => {
    const vars = Object.fromEntries([...CSS.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
    const pairs: [string, string][] = [
      ['text', '#ffffff'],
      ['muted', '#ffffff'],
      ['muted', 'soft'],
      ['blue', '#ffffff'],
      ['warn', 'warn-bg'],
      ['warn', '#ffffff'],
      ['ok', 'ok-bg'],
      ['ok', '#ffffff'],
      ['pre-text', 'pre'],
      ['pre-text', '#ffffff'],
      ['text', 'pre'],
      ['text', 'warn-bg'],
    ];
    const hex = (v: string) => (v.startsWith('#') ? v : vars[v]!);
    for (const [fg, bg] of pairs) expect(contrast(hex(fg), hex(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('formatting helpers', () => {
  it('writes dates in words, and the period of the responses', () => {
    expect(longDate('2025-03-01', 'fr')).toBe('1er mars 2025');
    expect(longDate('2025-12-24', 'en')).toBe('24 December 2025');
    expect(dateRange({ from: '2025-03-03', to: '2025-03-21' }, 'fr')).toBe('du 3 mars 2025 au 21 mars 2025');
    expect(dateRange({ from: '2025-02-14', to: '2025-02-14' }, 'fr')).toBe('le 14 février 2025');
    expect(dateRange({ from: null, to: null }, 'en')).toBe('no date');
    expect(dateRange({ from: '2026-11-30', to: '2026-11-30' }, 'en')).toBe('on 30 November 2026');
    expect(longDate('2025-02-30', 'fr')).toBe('2025-02-30');
  });

  it('wraps labels into even lines, and cuts with an ellipsis past the last line', () => {
    expect(wrap('Sentiment d’urgence à agir', 20, 3)).toEqual(['Sentiment', 'd’urgence à agir']);
    expect(wrap('Ressources', 20, 3)).toEqual(['Ressources']);
    const cut = wrap('un deux trois quatre cinq six sept huit neuf dix onze douze', 10, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
