// The paper questionnaire (template --format html): structure goldens, every question of the audience numbered as
// assess --quick asks it, tick boxes, escaping of every file text, French spacing, determinism, and the CLI's options.
import { describe, expect, it } from 'vitest';
import { itemsOf } from '../../src/assess/items.js';
import { localize } from '../../src/i18n/localize.js';
import { forAudience } from '../../src/questionnaire/audience.js';
import { loadQuestionnaire } from '../../src/questionnaire/builtin.js';
import { cli, fixture } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';
import { all, byClass, byTag, outline, parse, textOf } from './html-dom.js';

async function paper(args: string[]): Promise<string> {
  const r = await cli(['template', '--format', 'html', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('paper questionnaire golden outlines (read in French and English)', () => {
  it.each([
    ['express.fr', ['-q', 'impact-collectif-express', '--lang', 'fr']],
    ['express.en', ['-q', 'impact-collectif-express', '--lang', 'en']],
    ['habitants.fr', ['--sector', 'habitants', '--territory', 'Cité éducative de Nanterre', '--lang', 'fr']],
  ])('%s', async (name, args) => {
    expectGolden(`${outline(parse(await paper(args))).join('\n')}\n`, `template/paper-${name}.outline.txt`);
  });
});

describe('paper questionnaire', () => {
  it.each([
    ['professionals (no --sector)', [], 'professionnels'],
    ['residents', ['--sector', 'habitants'], 'habitants'],
    ['an association', ['--sector', 'association'], 'professionnels'],
  ] as const)('%s: every question of the audience once, numbered as assess asks it, four situations, « je ne sais pas », a comment line', async (_name, args, audience) => {
    const { questionnaire: q } = await loadQuestionnaire('impact-collectif');
    const items = itemsOf(forAudience(q, audience));
    const root = parse(await paper([...args, '--lang', 'fr']));
    const questions = byClass(root, 'question');
    expect(questions).toHaveLength(items.length);
    questions.forEach((el, i) => {
      const item = items[i]!;
      expect(el.attrs.id).toBe(`q-${item.id}`);
      const title = squash(textOf(byTag(el, 'h3')[0]!));
      expect(title.replace(/\u00a0/g, ' ')).toBe(`${i + 1}. ${localize(item.question.text, 'fr')}`);
      const rows = byTag(el, 'li');
      expect(rows.map((r) => squash(textOf(r)).replace(/\u00a0/g, ' '))).toEqual([
        ...item.question.levels.map((l, n) => `${n} ${localize(l, 'fr')}`),
        '? Je ne sais pas',
      ]);
      // A tick box on every row, and one comment line.
      for (const r of rows) expect(byClass(r, 'tick')).toHaveLength(1);
      expect(byClass(el, 'comment-line')).toHaveLength(1);
    });
  });

  it('asks the sector with a box per sector of the audience, or prints the one given; fills in the territory', async () => {
    const { questionnaire: q } = await loadQuestionnaire('impact-collectif');
    const open = parse(await paper(['--lang', 'fr']));
    const sectors = byClass(open, 'sectors')[0]!;
    expect(byTag(sectors, 'li').map((l) => squash(textOf(l)))).toEqual(q.sectors.filter((s) => s.audience === 'professionnels').map((s) => localize(s.label, 'fr')));
    expect(byClass(sectors, 'tick')).toHaveLength(q.sectors.length - 1);
    const given = parse(await paper(['--sector', 'habitants', '--territory', 'Nanterre <Sud>', '--lang', 'fr']));
    expect(byClass(given, 'sectors')).toHaveLength(0);
    const fields = byClass(given, 'field').map((f) => squash(textOf(f)));
    expect(fields).toEqual(['Territoire : Nanterre <Sud>', 'Secteur : Habitant·es, familles, jeunes', 'Nom (facultatif) :', 'Date :']);
  });

  it('French: no plain space before ? : ! ; » nor after «, where a browser could break the line', async () => {
    const out = await paper(['--lang', 'fr']);
    const body = out.slice(out.indexOf('<body>'));
    expect(body).not.toMatch(/ [?:!;»]/);
    expect(body).not.toMatch(/« /);
    expect(body).toContain('éducative\u00a0?');
  });

  it('escapes every text of a hostile questionnaire; the page holds no script and no other stylesheet', async () => {
    const file = fixture('hostile/questionnaires/markup-in-every-text.yaml');
    const out = await paper(['-q', file, '--lang', 'fr', '--territory', '</style><script>x</script>']);
    const root = parse(out);
    expect(byTag(root, 'script')).toHaveLength(0);
    expect(byTag(root, 'img')).toHaveLength(0);
    expect(byTag(root, 'style')).toHaveLength(1);
    expect(all(root, (e) => Object.keys(e.attrs).some((a) => a.startsWith('on')))).toEqual([]);
    expect(textOf(byTag(root, 'h1')[0]!)).toContain('<script>alert(1)</script>');
  });

  it('is the same bytes twice, and a self-contained A4 page', async () => {
    const a = await paper(['--lang', 'en']);
    expect(await paper(['--lang', 'en'])).toBe(a);
    expect(a).toContain('@page { size: A4;');
    expect(a).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(a).not.toMatch(/https?:\/\//);
  });

  it('--format yaml is the answer file, as without --format; another format is refused', async () => {
    const yaml = await cli(['template', '--format', 'yaml', '--lang', 'fr']);
    expect(yaml.stdout).toBe((await cli(['template', '--lang', 'fr'])).stdout);
    const bad = await cli(['template', '--format', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--format.*pdf/);
  });
});
