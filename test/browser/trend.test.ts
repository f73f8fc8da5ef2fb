// The trend's HTML page and SVG in a real browser (Debian's headless Chromium driven by playwright-core): panels
// laid out without overlap, labels inside the chart, no request, the standalone SVG as an image document.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, SHOTS, skip } from '../helpers/browser.js';
import { cli, fixture } from '../helpers/cli.js';

const YEARS = ['2023', '2024', '2025', '2026'].map((y) => fixture(`answers/trend/${y}`));

type Box = { x: number; y: number; width: number; height: number };
const inside = (a: Box, b: Box) => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.skipIf(skip)('trend in Chromium', () => {
  let browser: Browser;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-browser-trend-'));
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, format, lang] of [['trend.html', 'html', 'fr'], ['trend.svg', 'svg', 'en']] as const) {
      const r = await cli(['trend', ...YEARS, '--format', format, '--lang', lang]);
      expect(r.code).toBe(0);
      files[name] = join(dir, name);
      writeFileSync(files[name], r.stdout);
    }
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string): Promise<{ page: Page; requests: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(files[name]!).href);
    return { page, requests };
  }

  it('lays out one panel per index and followed dimension, side by side without overlap, every text inside the chart', async () => {
    const { page, requests } = await open('trend.html');
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    const chart = (await page.locator('svg.trend-chart').boundingBox())!;
    expect(chart.width).toBeGreaterThan(600);
    const panels = await page.locator('svg.trend-chart .trend-panel').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
    expect(panels).toHaveLength(6);
    for (const [i, a] of panels.entries()) {
      expect(inside(a, chart), `panel ${i}`).toBe(true);
      for (const b of panels.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
    const texts = await page.locator('svg.trend-chart text').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
    for (const t of texts) expect(inside(t, chart)).toBe(true);
    // Four points per panel, each with its value on hover.
    expect(await page.locator('svg.trend-chart .trend-point').count()).toBe(6 * 4);
    expect(await page.locator('svg.trend-chart .trend-point title').first().textContent()).toBe('Indice des préconditions — 2023 : 37,5');
    await page.screenshot({ path: join(SHOTS, 'trend.png'), fullPage: true });
  });

  it('opens the standalone SVG as an image document, its caption warning that who answered changed', async () => {
    const { page } = await open('trend.svg');
    expect(await page.evaluate('document.documentElement.localName')).toBe('svg');
    expect(await page.locator('.trend-panel').count()).toBe(6);
    expect(await page.locator('.trend-population').count()).toBe(6 * 2);
    const text = await page.evaluate('document.documentElement.textContent');
    expect(text).toContain('⚠ Between 2024 and 2025, who answered changed');
  });
});
