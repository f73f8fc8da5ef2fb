// The paper questionnaire printed by Chromium (playwright-core): A4 pages, no question split across two, nothing cut, tick boxes that print.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, MM, SHOTS, skip } from '../helpers/browser.js';
import { cli } from '../helpers/cli.js';

/** The printable area of A4 with the form's @page margins (12 mm top, 14 mm sides and bottom). */
const AREA = { width: Math.floor((210 - 28) * MM), height: Math.floor((297 - 26) * MM) };

/** Pages of a PDF written by Chromium: its page objects. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

/** The text of each printed page, when poppler's pdftotext is there (a second look, at the PDF itself). */
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
function pageTexts(file: string): string[] {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return r.stdout.split('\f').slice(0, -1);
}

describe.skipIf(skip)('paper questionnaire in Chromium', () => {
  let browser: Browser;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-paper-'));
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, args] of [
      ['complet.fr', ['--lang', 'fr']],
      ['habitants.fr', ['--sector', 'habitants', '--lang', 'fr']],
      ['express.en', ['-q', 'impact-collectif-express', '--lang', 'en']],
    ] as const) {
      const r = await cli(['template', '--format', 'html', ...args]);
      expect(r.code).toBe(0);
      files[name] = join(dir, `paper-${name}.html`);
      writeFileSync(files[name], r.stdout);
    }
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function printed(name: string): Promise<Page> {
    const context = await browser.newContext({ viewport: AREA });
    const page = await context.newPage();
    await page.goto(pathToFileURL(files[name]!).href);
    await page.emulateMedia({ media: 'print' });
    return page;
  }

  it.each([
    ['complet.fr', 46],
    ['habitants.fr', 6],
    ['express.en', 9],
  ])('%s: A4 pages, no question or dimension heading split across two, nothing wider than the page', async (name, questions) => {
    const page = await printed(name);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(SHOTS, `paper-${name}.pdf`), pdf);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(0);
    // Nothing runs off the right edge of the printable area.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(AREA.width);
    // Pagination as Chromium's fragmentation does it, in columns the size of a page: a block that is whole has one box.
    await page.addStyleTag({ content: `body { columns: ${AREA.width}px; column-gap: 0; column-fill: auto; height: ${AREA.height}px; }` });
    const split = (await page.evaluate(
      "[...document.querySelectorAll('.question, .keep, .respondent')].filter((e) => e.getClientRects().length > 1).map((e) => e.id || e.className)",
    )) as string[];
    expect(split).toEqual([]);
    expect(await page.locator('.question').count()).toBe(questions);
    // As many columns as the PDF has pages: the check above saw the pages Chromium printed.
    const columns = (await page.evaluate(
      `Math.ceil(Math.max(...[...document.querySelectorAll('main *, footer')].map((e) => e.getBoundingClientRect().right)) / ${AREA.width})`,
    )) as number;
    expect(columns).toBe(pages);
    if (hasPdftotext) {
      // In the PDF: a page holds as many question numbers as comment lines (no question begins on one page and ends on the next).
      const texts = pageTexts(join(SHOTS, `paper-${name}.pdf`));
      expect(texts).toHaveLength(pages);
      const label = name.endsWith('.fr') ? 'Commentaire' : 'Comment';
      const counts = texts.map((t) => ({ numbers: t.match(/^\d+\. /gm)?.length ?? 0, comments: t.match(new RegExp(`^${label}\\s*:`, 'gm'))?.length ?? 0 }));
      expect(counts.reduce((n, c) => n + c.numbers, 0)).toBe(questions);
      for (const c of counts) expect(c.comments).toBe(c.numbers);
    }
    await page.context().close();
  });

  it('the full French form: 46 questions on a dozen pages, the first page starts with the respondent fields and the first questions', async () => {
    const page = await printed('complet.fr');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    // Four or five questions a page: enough room to write, not a ream of paper.
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(9);
    expect(pageCount(pdf)).toBeLessThanOrEqual(14);
    const first = await page.locator('#q-urgence\\.constat-partage').boundingBox();
    expect(first!.y + first!.height).toBeLessThan(AREA.height);
    await page.screenshot({ path: join(SHOTS, 'paper-complet-fr.png'), fullPage: true });
    await page.context().close();
  });

  it('tick boxes print: drawn as dark borders of at least 3 mm, on every level and on « je ne sais pas »', async () => {
    const page = await printed('complet.fr');
    const boxes = (await page.evaluate(
      "[...document.querySelectorAll('.question .tick')].map((e) => { const s = getComputedStyle(e); const r = e.getBoundingClientRect(); return [r.width, r.height, s.borderTopWidth, s.borderTopStyle, s.borderTopColor, s.visibility, s.display].join(' '); })",
    )) as string[];
    expect(boxes).toHaveLength(46 * 5);
    for (const b of boxes) {
      const [w, h, border, style, ...rest] = b.split(' ');
      expect(Number(w)).toBeGreaterThanOrEqual(3 * MM - 0.5);
      expect(Number(h)).toBeGreaterThanOrEqual(3 * MM - 0.5);
      expect(parseFloat(border!)).toBeGreaterThanOrEqual(1);
      expect(style).toBe('solid');
      expect(rest.join(' ')).toBe('rgb(26, 26, 26) visible block');
    }
    await page.context().close();
  });
});
