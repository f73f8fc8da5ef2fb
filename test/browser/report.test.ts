// The HTML and SVG reports in a real browser (Debian's headless Chromium driven by playwright-core): radar, gate, inert injections, print on A4.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, MM, SHOTS, skip } from '../helpers/browser.js';
import { report as html } from '../../src/reporters/html/report.js';
import type { Report } from '../../src/scoring/report.js';
import { cli, fixture } from '../helpers/cli.js';

const VIEWPORT = { width: 1280, height: 900 };

const answers = (name: string) => fixture(`answers/html/${name}.yaml`);

async function render(argv: string[]): Promise<string> {
  const r = await cli(argv);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

describe.skipIf(skip)('reports in Chromium', () => {
  let browser: Browser;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-browser-'));
    mkdirSync(SHOTS, { recursive: true });
    const write = async (name: string, argv: string[]) => {
      files[name] = join(dir, name);
      writeFileSync(files[name], await render(argv));
    };
    await write('collectif-12.html', ['report', answers('collectif-12'), '--format', 'html', '--lang', 'fr']);
    await write('single.html', ['report', answers('single-gate-failed'), '--format', 'html', '--lang', 'fr']);
    await write('hostile.html', ['report', answers('hostile'), '--format', 'html', '--lang', 'fr']);
    await write('radar.svg', ['report', answers('collectif-12'), '--format', 'svg', '--lang', 'fr']);
    await write('compare.html', ['compare', answers('single-gate-failed'), answers('hostile'), '--format', 'html', '--lang', 'en']);
    // Long sector names (one of them a single hyphenated word) in the per-sector table's column headers.
    const report = JSON.parse(await render(['report', answers('collectif-12'), '--format', 'json', '--lang', 'fr'])) as Report;
    const long = ['Collectivités-territoriales-et-intercommunalités', 'Établissements scolaires et périscolaires du quartier'];
    report.collective.sectorScores.forEach((s, i) => (s.label = `${long[i % 2]} ${i}`));
    files['long-sectors.html'] = join(dir, 'long-sectors.html');
    writeFileSync(files['long-sectors.html'], html(report, { lang: 'fr', color: false }));
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a file in a fresh context, recording every request the page makes. */
  async function open(name: string, opts: BrowserContextOptions = {}): Promise<{ page: Page; requests: string[] }> {
    const context = await browser.newContext({ viewport: VIEWPORT, ...opts });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(files[name]!).href);
    return { page, requests };
  }

  const inViewport = (box: { x: number; y: number; width: number; height: number } | null, vp = VIEWPORT) =>
    box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height;

  it('shows the radar of the 12 respondents above the fold: 8 axes, score and target polygons', async () => {
    const { page, requests } = await open('collectif-12.html');
    const radar = page.locator('svg.radar');
    await expect.poll(() => radar.count()).toBe(1);
    expect(await radar.locator('.radar-axis').count()).toBe(8);
    const polygons = radar.locator('polygon');
    expect(await polygons.count()).toBe(2);
    for (const cls of ['radar-score', 'radar-target']) {
      const box = await radar.locator(`polygon.${cls}`).boundingBox();
      expect(box && box.width > 100 && box.height > 100, `${cls} is drawn large enough to read`).toBe(true);
      expect(inViewport(box), `${cls} lies inside the first screen`).toBe(true);
    }
    // Values on hover: each score vertex carries its title.
    expect(await radar.locator('.radar-score-vertex title').first().textContent()).toMatch(/^Sentiment d'urgence à agir : \d+,\d \/ 100 \(cible 75\)$/);
    // The gate is met here: a confirmation, no warning.
    expect(await page.locator('.gate-failed').count()).toBe(0);
    expect(await page.locator('.gate-met').isVisible()).toBe(true);
    // One request: the file itself. Nothing else is fetched.
    expect(requests).toEqual([pathToFileURL(files['collectif-12.html']!).href]);
    await page.screenshot({ path: join(SHOTS, 'report-collectif-12.png'), fullPage: true });
    await page.context().close();
  });

  it('shows the gate banner of a single response first, above the radar', async () => {
    const { page } = await open('single.html');
    const banner = page.locator('.gate-failed');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain('Des préconditions ne sont pas encore réunies.');
    const b = await banner.boundingBox();
    const r = await page.locator('svg.radar').boundingBox();
    expect(inViewport(b)).toBe(true);
    expect(b!.y + b!.height).toBeLessThanOrEqual(r!.y);
    expect(await page.locator('svg.radar polygon').count()).toBe(2);
    expect(await page.locator('svg.radar .radar-gap').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'report-single.png'), fullPage: true });
    await page.context().close();
  });

  it('runs no injected script, even with the Content-Security-Policy bypassed: file texts show as text', async () => {
    // bypassCSP: escaping alone must keep the page inert, the CSP is only a second line of defence.
    const { page } = await open('hostile.html', { bypassCSP: true });
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('Quartier <b>Nord</b> & </svg><script>window.__pwned=2</script>');
    expect(await page.locator('.comment-text').first().textContent()).toContain('<script>window.__pwned=1</script> après </svg>');
    expect(await page.evaluate('getComputedStyle(document.body).display')).toBe('block');
    expect(await page.locator('svg.radar .radar-axis').count()).toBe(8);
    await page.screenshot({ path: join(SHOTS, 'report-hostile.png'), fullPage: true });
    await page.context().close();
  });

  it('prints on A4 with the radar on page 1 and table rows kept whole', async () => {
    // The printable area of an A4 page with the report's @page margins (12 mm sides and top, 14 mm bottom).
    const page1 = { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 26) * MM) };
    const { page } = await open('single.html', { viewport: page1 });
    await page.emulateMedia({ media: 'print' });
    const radar = await page.locator('svg.radar').boundingBox();
    expect(radar!.height).toBeGreaterThan(300);
    expect(inViewport(radar, page1), `radar ${JSON.stringify(radar)} within the first A4 page ${JSON.stringify(page1)}`).toBe(true);
    // (Expressions as strings: the tests are type-checked without the DOM library.)
    const breaks = await page.evaluate("[...document.querySelectorAll('table.dimensions tr')].map((r) => getComputedStyle(r).breakInside)");
    expect(new Set(breaks as string[])).toEqual(new Set(['avoid']));
    expect(await page.evaluate("getComputedStyle(document.querySelector('thead')).display")).toBe('table-header-group');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(SHOTS, 'report-single.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.context().close();
  });

  it('keeps long sector names inside their column headers in the per-sector table', async () => {
    const { page } = await open('long-sectors.html');
    const table = page.locator('table.by-sector');
    await table.screenshot({ path: join(SHOTS, 'by-sector-long-names.png') });
    const overflowing = await page.$$eval('table.by-sector thead th', (ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent));
    expect(overflowing).toEqual([]);
  });

  it('opens the standalone SVG as an image document with both polygons', async () => {
    const { page } = await open('radar.svg');
    expect(await page.evaluate('document.documentElement.localName')).toBe('svg');
    expect(await page.locator('parsererror').count()).toBe(0);
    expect(await page.locator('polygon').count()).toBe(2);
    expect(await page.locator('.radar-axis').count()).toBe(8);
    await page.screenshot({ path: join(SHOTS, 'radar.png') });
    await page.context().close();
  });

  it('draws the comparison radar with both dates: before dashed, after solid', async () => {
    const { page } = await open('compare.html');
    const before = page.locator('svg.radar polygon.radar-before');
    const after = page.locator('svg.radar polygon.radar-score');
    expect(await before.getAttribute('stroke-dasharray')).not.toBeNull();
    expect(await after.getAttribute('stroke-dasharray')).toBeNull();
    expect(inViewport(await after.boundingBox())).toBe(true);
    expect(await page.locator('table.dimensions tbody tr.precondition, table.dimensions tbody tr.component').count()).toBe(8);
    await page.screenshot({ path: join(SHOTS, 'compare.png'), fullPage: true });
    await page.context().close();
    expect(readFileSync(files['compare.html']!, 'utf8')).not.toContain('<script');
  });
});
