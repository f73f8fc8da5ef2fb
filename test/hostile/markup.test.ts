// HTML and Markdown special characters in every text of a questionnaire and an answer file: the reports escape them all.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMATS } from '../../src/reporters/index.js';
import { cli, fixture } from '../helpers/cli.js';
import { MINI } from './corpus.js';

const QUESTIONNAIRE = fixture('hostile/questionnaires/markup-in-every-text.yaml');
const ANSWERS = fixture('hostile/answers/markup-in-every-text.yaml');
// Two responses, so that the collective parts (divergences, sectors, comments) have something to show.
const OTHER = fixture('hostile/answers/ok.yaml');
// Of another territory, "Nanterre": this map makes both one territory, under the hostile name (one report per territory).
const MAP = fixture('hostile/answers/one-territory.yaml');

async function reportIn(format: string, extra: string[] = []): Promise<string> {
  const r = await cli(['report', '-q', QUESTIONNAIRE, ANSWERS, OTHER, '--territory-map', MAP, '--format', format, '--with-names', ...extra], { env: { FORCE_COLOR: '0' } });
  expect(r.stderr).toBe('');
  return r.stdout;
}

/** Cells of a Markdown table row: split on the pipes no backslash escapes. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\') cell += c + (row[++i] ?? '');
    else if (c === '|') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  return out.slice(1); // the row starts and ends with a pipe
}

// The job summary is Markdown too; the verdict (every dimension's title, met at 0) shows in both.
const VERDICT = ['--min-dimension', '0', '--fail-under', '0'];

describe.each(['markdown', 'summary'])('Markdown: %s', (format) => {
  it('keeps every table whole: each row has as many cells as its header', async () => {
    const md = await reportIn(format, VERDICT);
    const tables = md.split(/\n(?!\|)/).map((block) => block.split('\n').filter((l) => l.startsWith('|'))).filter((rows) => rows.length > 0);
    expect(tables.length).toBeGreaterThan(1);
    for (const rows of tables) {
      const width = cells(rows[0]!).length;
      for (const row of rows) expect(cells(row), row).toHaveLength(width);
    }
  });

  it('lets no HTML element, link, code span or heading from a file through', async () => {
    const md = await reportIn(format, VERDICT);
    expect(md).toMatch(/^## Thresholds$/m); // the verdict's dimension titles are among the texts checked
    expect(md).toContain('alert(1)'); // the texts are there…
    expect(md).not.toMatch(/(?<!\\)<(script|img|b)\b/); // …but no tag opens
    expect(md).not.toMatch(/(?<!\\)\[[^\]\n]*(?<!\\)\]\(javascript:/); // no link
    expect(md).not.toMatch(/^#+ .*(?<!\\)# un titre/m); // a comment's "# un titre" stays text
    expect(md).not.toMatch(/(?<!\\)`code(?<!\\)`/); // no code span
  });
});

describe.each(['html', 'svg'])('%s', (format) => {
  it('escapes every text: no element, no attribute from a file', async () => {
    const html = await reportIn(format, VERDICT);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/<b>\|/);
    // Every attribute of every tag is the reporter's own: none is an event handler, no URL is javascript:.
    for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
      for (const [, name, value] of tag.matchAll(/\s([\w:-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
        expect(name!.toLowerCase().startsWith('on'), tag).toBe(false);
        expect(value!.toLowerCase(), tag).not.toContain('javascript:');
      }
    }
  });
});

describe('the terminal', () => {
  it('without colour, prints no escape sequence at all', async () => {
    const text = await reportIn('terminal');
    expect(text).toContain('alert(1)');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('with colour, prints only colour codes: nothing moves the cursor, sets a title or clears the screen', async () => {
    const r = await cli(['report', '-q', QUESTIONNAIRE, ANSWERS, OTHER, '--territory-map', MAP, '--with-names'], { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('\x1b[');
    const others = r.stdout.replace(/\x1b\[[0-9;]*m/g, '').match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g);
    expect(others).toBeNull();
  });

  it('shows a file name holding escape sequences escaped, on stdout as on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-name-'));
    try {
      const name = join(dir, 'a\x1b]0;pwned\x07\x1b[2J.yaml');
      writeFileSync(name, 'questionnaire: mini\nterritory: Nanterre\nrespondent: { sector: association }\n');
      const r = await cli(['validate', '-q', MINI, name]);
      expect(r.stdout).toBe(`${dir}/a\\u001b]0;pwned\\u0007\\u001b[2J.yaml: ok (answers)\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it('every format is covered here (JSON is data: its strings are JSON-escaped by JSON.stringify)', () => {
  expect([...FORMATS].sort()).toEqual(['html', 'json', 'markdown', 'summary', 'svg', 'terminal']);
});
