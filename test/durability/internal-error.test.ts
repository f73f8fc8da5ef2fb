// An unexpected error inside the CLI: one line asking for a bug report, exit 70 (EXIT.internal), the stack only with --verbose.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { EXIT } from '../../src/core/errors.js';
import { run } from '../../src/main.js';
import { fixture, ROOT } from '../helpers/cli.js';

/** Runs `validate` on a valid file with an Io whose stdout throws a plain Error: a bug the CLI did not foresee. */
async function brokenStdout(extra: string[], message = 'stdout exploded') {
  let stderr = '';
  const code = await run(['validate', fixture('questionnaires/mini.yaml'), ...extra], {
    stdout: () => {
      throw new Error(message);
    },
    stderr: (t) => void (stderr += t),
    stdin: Readable.from([]),
    env: { LANG: 'en_US.UTF-8' },
    cwd: ROOT,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  });
  return { code, stderr };
}

describe('an internal error', () => {
  it('prints one line asking for a bug report and exits 70', async () => {
    const r = await brokenStdout([]);
    expect(EXIT.internal).toBe(70);
    expect(r.code).toBe(70);
    expect(r.stderr).toBe(
      'impact-collectif: internal error: stdout exploded. Please report this bug to the maintainers, with the command you ran; run again with --verbose for details.\n',
    );
  });

  it('adds the stack with --verbose, and only then', async () => {
    const r = await brokenStdout(['--verbose']);
    const [first, ...stack] = r.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^impact-collectif: internal error: stdout exploded\. Please report this bug/);
    expect(stack[0]).toBe('Error: stdout exploded');
    expect(stack.slice(1).every((l) => l.startsWith('    at '))).toBe(true);
    expect(stack.length).toBeGreaterThan(1);
    expect(r.code).toBe(70);
  });

  it('in French too, and with its message made safe for the terminal', async () => {
    let stderr = '';
    const code = await run(['validate', fixture('questionnaires/mini.yaml'), '--lang', 'fr'], {
      stdout: () => {
        throw new Error('boom\x1b]0;pwned\x07\nsecond line');
      },
      stderr: (t) => void (stderr += t),
      stdin: Readable.from([]),
      env: {},
      cwd: ROOT,
      stdinIsTTY: false,
      stdoutIsTTY: false,
      stderrIsTTY: false,
    });
    expect(code).toBe(70);
    expect(stderr).toBe(
      "impact-collectif: erreur interne : boom\\u001b]0;pwned\\u0007 second line. Merci de signaler ce bogue aux mainteneurs, avec la commande lancée ; relancez avec --verbose pour le détail.\n",
    );
  });
});
