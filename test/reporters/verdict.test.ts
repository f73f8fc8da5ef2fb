// The threshold verdict in every format (golden files, French and English), and the job summary's size limit.
import { describe, expect, it } from 'vitest';
import { withDetails, SUMMARY_LIMIT } from '../../src/reporters/summary/details.js';
import type { Report } from '../../src/scoring/report.js';
import { cli, fixture } from '../helpers/cli.js';
import { expectGolden } from './report-golden.js';

const SEVERAL = fixture('answers/express/several');
const CONFIG = fixture('config/thresholds.yaml');

async function reportWith(format: string, lang: 'fr' | 'en', config = CONFIG): Promise<string> {
  const r = await cli(['report', SEVERAL, '--config', config, '--format', format, '--lang', lang]);
  // The gate and the components index are error-level and unmet: exit 1, and the report is written all the same.
  expect(r.code).toBe(1);
  return r.stdout;
}

describe('the verdict in each format', () => {
  it.each(['fr', 'en'] as const)('Markdown, %s: a section after the header, one row per assertion', async (lang) => {
    const out = await reportWith('markdown', lang);
    const section = out.slice(out.indexOf(lang === 'fr' ? '## Seuils' : '## Thresholds'), out.indexOf('\n\n> [!WARNING]'));
    expectGolden(`${section}\n`, `verdict-${lang}.md`);
  });

  it.each(['fr', 'en'] as const)('terminal, %s', async (lang) => {
    const out = await reportWith('terminal', lang);
    const start = out.indexOf(lang === 'fr' ? 'Seuils\n' : 'Thresholds\n');
    expectGolden(`${out.slice(start, out.indexOf('\n\n', start + 20))}\n`, `verdict-${lang}.txt`);
  });

  it('JSON: thresholds[] with id, level, limit, value, met', async () => {
    const report = JSON.parse(await reportWith('json', 'en')) as Report;
    expect(report.thresholds).toEqual([
      { id: 'components', level: 'error', limit: 50, value: 45.3, met: false },
      { id: 'preconditions', level: 'warn', limit: 50, value: 57.8, met: true },
      { id: 'gate', level: 'error', limit: 50, value: 40, met: false },
      { id: 'apprentissage-strategique', level: 'warn', limit: 40, value: 33.3, met: false },
    ]);
  });

  it.each(['fr', 'en'] as const)('HTML, %s: a section after the gate', async (lang) => {
    const out = await reportWith('html', lang);
    const section = /<section class="verdict[\s\S]*?<\/section>/.exec(out)?.[0] ?? '';
    expect(out.indexOf(section)).toBeGreaterThan(out.indexOf('id="gate"'));
    expectGolden(`${section}\n`, `verdict-${lang}.html`);
  });

  it.each(['fr', 'en'] as const)('summary, %s: verdict, scores, gate, first challenges, then the full report folded', async (lang) => {
    const out = await reportWith('summary', lang);
    const fold = out.indexOf('\n<details>');
    expect(fold).toBeGreaterThan(0);
    expectGolden(out.slice(0, fold + 1), `summary-${lang}.md`);
    // The compact part is a few kilobytes; the full Markdown report follows, whole, and the fold is closed.
    expect(Buffer.byteLength(out.slice(0, fold))).toBeLessThan(6 * 1024);
    const markdown = await reportWith('markdown', lang);
    expect(out).toContain(markdown.trimEnd());
    expect(out.endsWith('\n\n</details>\n')).toBe(true);
  });

  it('no threshold: no section, and the summary says none was checked', async () => {
    const r = await cli(['report', SEVERAL, '--format', 'summary', '--no-config']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ℹ️ No threshold checked');
    const md = await cli(['report', SEVERAL, '--format', 'markdown', '--no-config']);
    expect(md.stdout).not.toContain('## Thresholds');
  });
});

describe('the job summary stays under GitHub\'s 1 MiB limit', () => {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

  it('a full report that does not fit is cut at a line, with a note, and the fold still closed', () => {
    // Three-byte characters: a cut counted in characters instead of bytes would overflow.
    const line = `| ${'é'.repeat(50)} | ${'█'.repeat(40)} |`;
    const full = Array.from({ length: 20_000 }, (_, i) => `${line} ${i}`).join('\n');
    expect(bytes(full)).toBeGreaterThan(2 * 1024 * 1024);
    for (const lang of ['fr', 'en'] as const) {
      const out = withDetails('## Head\n', 'Full report', full, lang);
      expect(bytes(out)).toBeLessThanOrEqual(SUMMARY_LIMIT);
      expect(bytes(out)).toBeGreaterThan(SUMMARY_LIMIT - 1024);
      expect(out.endsWith('\n\n</details>\n')).toBe(true);
      expect(out).toMatch(lang === 'fr' ? /Rapport tronqué ici .*\(1\s0\d\d\s\d{3} sur \d\s\d{3}\s\d{3} octets\)/ : /Report truncated here .*\(1,0\d\d,\d{3} of \d,\d{3},\d{3} bytes\)/);
      // Whole lines only: the last line of the report kept is one of its lines, complete.
      const kept = out.slice(out.indexOf('<summary>')).split('\n').filter((l) => l.startsWith('| '));
      expect(kept.at(-1)).toMatch(/^\| é+ \| █+ \| \d+$/);
    }
  });

  it('a report that fits is kept whole', () => {
    const out = withDetails('## Head\n', 'Full report', 'line 1\nline 2\n', 'en');
    expect(out).toBe('## Head\n\n<details>\n<summary>Full report</summary>\n\nline 1\nline 2\n\n</details>\n');
  });
});
