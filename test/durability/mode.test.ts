import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/io/atomic.js';
import { cli } from '../helpers/cli.js';

describe('writing over an existing file', () => {
  it('keeps its permissions (an answer file made private stays private)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ic-')), 'answers.yaml');
    writeFileSync(file, 'old\n');
    chmodSync(file, 0o600);
    await writeFileAtomic(file, 'new\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('assess refuses --output naming its own answer file before asking anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-'));
    const answers = join(dir, 'a.yaml');
    writeFileSync(answers, 'questionnaire: impact-collectif-express\nterritory: T\nrespondent: { sector: etat }\nanswers: {}\n');
    const r = await cli(['assess', '--resume', answers, '--output', answers], { tty: true, cwd: dir, env: { CI: '' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${answers}: is one of the input files: refusing to overwrite it with the output\n`);
  });
});
