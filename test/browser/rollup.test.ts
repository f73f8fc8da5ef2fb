// The HTML roll-up in a real browser (Debian's headless Chromium): the table, one small chart per territory on the
// same scale, bars as long as their scores, a hostile territory name inert, nothing fetched; screenshots to look at.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, SHOTS, skip } from '../helpers/browser.js';
import { cli, fixture } from '../helpers/cli.js';

const T = fixture('answers/territories');

describe.skipIf(skip)('the HTML roll-up in Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'ic-browser-rollup-'));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const r = await cli(['report', `${T}/2025`, '--group-by', 'territory', '--territory-map', `${T}/map.yaml`, '--format', 'html', '--lang', 'fr']);
    expect(r.code).toBe(0);
    writeFileSync(join(dir, 'rollup.html'), r.stdout);
    // A territory whose name is markup: it must show as text.
    const hostile = join(dir, 'hostile');
    mkdirSync(hostile);
    writeFileSync(
      join(hostile, 'a.yaml'),
      'questionnaire: impact-collectif-express\nterritory: "<img src=x onerror=window.__pwned=1>"\nrespondent: { sector: association }\nanswers: { urgence.constat-partage: 2 }\n',
    );
    writeFileSync(join(hostile, 'b.yaml'), 'questionnaire: impact-collectif-express\nterritory: Nanterre\nrespondent: { sector: association }\nanswers: { urgence.constat-partage: 1 }\n');
    const h = await cli(['report', hostile, '--group-by', 'territory', '--format', 'html']);
    expect(h.code).toBe(0);
    writeFileSync(join(dir, 'hostile.html'), h.stdout);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a row and a profile per territory, bars to scale, and fetches nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(join(dir, 'rollup.html')).href;
    await page.goto(url);
    expect(await page.locator('table.rollup').first().locator('tbody tr').count()).toBe(3);
    const profiles = page.locator('svg.profile');
    expect(await profiles.count()).toBe(3);
    // The three charts side by side, the same size: small multiples on one scale.
    const boxes = await Promise.all([0, 1, 2].map((i) => profiles.nth(i).boundingBox()));
    expect(new Set(boxes.map((b) => Math.round(b!.width))).size).toBe(1);
    expect(new Set(boxes.map((b) => Math.round(b!.y))).size).toBe(1);
    // Gennevilliers (first) scores 93.3 on P1, Villeneuve-la-Garenne (third) 33.3: bars in that ratio.
    const bar = async (i: number) => (await profiles.nth(i).locator('g').first().locator('rect').nth(1).boundingBox())!.width;
    expect((await bar(0)) / (await bar(2))).toBeCloseTo(93.3 / 33.3, 1);
    expect(await profiles.nth(0).locator('g title').first().textContent()).toBe('Sentiment d’urgence à agir : 93,3 (médiane des territoires : 55,6)');
    expect(requests).toEqual([url]);
    await page.screenshot({ path: join(SHOTS, 'rollup.png'), fullPage: true });
    await context.close();
  });

  it('keeps a hostile territory name inert', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, 'hostile.html')).href);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('table.rollup tbody th').first().textContent()).toBe('<img src=x onerror=window.__pwned=1>');
    await page.screenshot({ path: join(SHOTS, 'rollup-hostile.png'), fullPage: true });
    await context.close();
  });
});
