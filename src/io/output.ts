// Where a command's text goes: standard output, or a file written atomically.
import { resolve } from 'node:path';
import type { Context } from '../commands/context.js';
import { writeFileAtomic } from './atomic.js';
import { InputError } from '../core/errors.js';

/**
 * Writes `text` to `output` (atomically) or to stdout. `inputs` are the command's own input files:
 * `--output` may not overwrite one of them.
 */
export async function writeOutput(ctx: Context, text: string, output?: string, inputs: string[] = []): Promise<void> {
  if (output === undefined || output === '-') {
    ctx.io.stdout(text);
    return;
  }
  await writeFileAtomic(checkOutput(ctx, output, inputs), text);
}

/** The absolute path of `output`, once sure it is not one of `inputs` (checked before any work where possible). */
export function checkOutput(ctx: Context, output: string, inputs: readonly string[]): string {
  const target = resolve(ctx.io.cwd, output);
  if (inputs.some((f) => f !== '-' && resolve(ctx.io.cwd, f) === target)) {
    throw new InputError({ file: output, message: 'is one of the input files: refusing to overwrite it with the output' });
  }
  return target;
}
