// For tests that drive prompts on @inquirer/testing's screen: our list prompt (src/assess/inquirer.ts) is mocked to
// answer on that screen too, as that package does for Inquirer's own prompts. A test ends every prompt it opens.
import { wrapPrompt } from '@inquirer/testing/vitest';
import { afterAll, beforeAll, expect, onTestFinished, vi } from 'vitest';

vi.mock('../../src/assess/inquirer.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/assess/inquirer.js')>();
  return { ...actual, select: wrapPrompt(actual.select) };
});

export { screen } from '@inquirer/testing/vitest';

/**
 * When the current test ends, aborts `controller` (the signal given to createPrompter) and waits for `work` to
 * settle. A prompt left open outlives its test: when vitest stops the worker with SIGTERM, Inquirer's exit hook
 * (signal-exit) rejects it, and that rejection, handled by nobody, fails the whole run, or not, depending on
 * whether its report reaches vitest before the worker is gone.
 */
export function endWithTest(controller: AbortController, work: Promise<unknown>): void {
  onTestFinished(async () => {
    controller.abort();
    await work.then(
      () => undefined,
      () => undefined,
    );
  });
}

// The guard: once a file's tests are done, no prompt is open (an open one keeps Inquirer's SIGTERM hook installed).
let hooks = 0;
beforeAll(() => void (hooks = process.listeners('SIGTERM').length));
afterAll(() => expect(process.listeners('SIGTERM').length, 'a prompt is still open after the tests').toBe(hooks));
