// For tests that drive prompts on @inquirer/testing's screen: our list prompt (src/assess/inquirer.ts) is mocked to
// answer on that screen too, as that package does for Inquirer's own prompts.
import { wrapPrompt } from '@inquirer/testing/vitest';
import { vi } from 'vitest';

vi.mock('../../src/assess/inquirer.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/assess/inquirer.js')>();
  return { ...actual, select: wrapPrompt(actual.select) };
});

export { screen } from '@inquirer/testing/vitest';
