// The facilitator's kit printed on A4 in Chromium: one placemat a page, nothing cut, nothing overflowing; screenshots to look at.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, MM, SHOTS, skip } from '../helpers/browser.js';
import { cli, fixture } from '../helpers/cli.js';

// The printable area of an A4 page with the kit's @page margins (12 mm sides and top, 14 mm bottom).
const PRINTABLE = { width: Math.floor((210 - 24) * MM), height: Math.floor((297 - 26) * MM) };

interface Sheet {
  id: string;
  height: number;
  placemat: boolean;
  breakBefore: string;
  /** Elements whose content is wider than they are (a cut word, a table past the margin). */
  overflowing: string[];
}

describe.skipIf(skip)('the workshop kit in Chromium', () => {
  let browser: Browser;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-workshop-'));
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, argv] of [
      ['collective.fr.html', ['workshop', fixture('answers/collective'), '--lang', 'fr', '--duration', '3h', '--start', '9:30']],
      ['collectif-12.en.html', ['workshop', fixture('answers/html/collectif-12.yaml'), '--lang', 'en']],
      ['hostile.fr.html', ['workshop', fixture('answers/html/hostile.yaml'), '--lang', 'fr']],
    ] as const) {
      const r = await cli([...argv]);
      expect(r.stderr).toBe('');
      files[name] = join(dir, name);
      writeFileSync(files[name], r.stdout);
    }
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const name of ['collective.fr.html', 'collectif-12.en.html', 'hostile.fr.html']) {
    it(`prints ${name} with one placemat a page, nothing cut, no overflow`, async () => {
      const context = await browser.newContext({ viewport: PRINTABLE });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(files[name]!).href);
      await page.emulateMedia({ media: 'print' });
      // (Expressions as strings: the tests are type-checked without the DOM library.)
      const sheets = (await page.evaluate(`[...document.querySelectorAll('.sheet')].map((s) => ({
        id: s.id,
        height: s.getBoundingClientRect().height,
        placemat: s.classList.contains('placemat'),
        breakBefore: getComputedStyle(s).breakBefore,
        overflowing: [...s.querySelectorAll('*')].filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').map((e) => e.tagName)
          .concat(s.scrollWidth > s.clientWidth + 1 ? ['sheet'] : []),
      }))`)) as Sheet[];
      const placemats = sheets.filter((s) => s.placemat);
      expect(placemats).toHaveLength(8);
      for (const s of placemats) {
        expect(s.height, `${s.id} fits one A4 page`).toBeLessThanOrEqual(PRINTABLE.height);
        expect(s.breakBefore, `${s.id} starts a page`).toBe('page');
      }
      for (const s of sheets) expect(s.overflowing, `${s.id}: nothing overflows`).toEqual([]);
      // Every sheet starts a page; a sheet longer than a page flows on (the agenda, the recommendations), so the
      // page count is what the sheets' heights say, placemats one page each.
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      writeFileSync(join(SHOTS, name.replace('.html', '.pdf')), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      const expected = sheets.reduce((n, s) => n + Math.max(1, Math.ceil(s.height / PRINTABLE.height)), 0);
      expect(pages).toBeGreaterThanOrEqual(expected);
      expect(pages).toBeLessThanOrEqual(expected + sheets.filter((s) => s.height > PRINTABLE.height).length);
      await page.locator('.placemat').first().screenshot({ path: join(SHOTS, `workshop-${name.replace('.html', '')}-placemat.png`) });
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      await context.close();
    });
  }
});
