// Default answer-file names and the shell quoting of the commands shown to people.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultSaveName, localDate, slug, withSuffix } from '../../src/assess/filename.js';
import { commandLine, shellQuote } from '../../src/assess/shell.js';

describe('file names', () => {
  it.each([
    ['Cité éducative de Nanterre', 'cite-educative-de-nanterre'],
    ['  Saint-Étienne / Montreynaud ', 'saint-etienne-montreynaud'],
    ["L'Île-Saint-Denis", 'l-ile-saint-denis'],
    ['Cœur de ville', 'coeur-de-ville'],
    ['東京', ''],
    ['a'.repeat(60), 'a'.repeat(40)],
  ])('slug(%j) = %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });

  it('builds the default name from questionnaire, territory and date', () => {
    expect(defaultSaveName('impact-collectif', 'Cité éducative de Nanterre', '2025-02-04')).toBe('impact-collectif-cite-educative-de-nanterre-2025-02-04.yaml');
    expect(defaultSaveName('impact-collectif-express', '東京', '2025-02-04')).toBe('impact-collectif-express-2025-02-04.yaml');
  });

  it('numbers a name that is taken', () => {
    expect(withSuffix('impact-collectif-x-2025-02-04.yaml', 2)).toBe('impact-collectif-x-2025-02-04-2.yaml');
    expect(withSuffix('answers', 3)).toBe('answers-3');
  });

  it('dates the session in local time', () => {
    expect(localDate(new Date(2025, 1, 4, 23, 59))).toBe('2025-02-04');
    expect(localDate(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});

describe('shell quoting', () => {
  const hostile = ['simple.yaml', 'with space.yaml', "l'île.yaml", 'a"b$c`d\\e.yaml', '-dash', '*.yaml', 'ünï.yaml', ''];

  it('leaves plain words alone', () => {
    expect(shellQuote('impact-collectif-nanterre-2025-02-04.yaml')).toBe('impact-collectif-nanterre-2025-02-04.yaml');
    expect(commandLine(['impact-collectif'], ['assess', '--resume', 'a b.yaml'])).toBe("impact-collectif assess --resume 'a b.yaml'");
  });

  it('gives back every argument unchanged when a POSIX shell reads it', () => {
    const line = hostile.map(shellQuote).join(' ');
    const r = spawnSync('sh', ['-c', `for a in ${line}; do printf '%s\\n' "[$a]"; done`], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter(Boolean)).toEqual(hostile.map((a) => `[${a}]`));
  });
});
