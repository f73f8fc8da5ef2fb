// Inquirer, loaded only when an assess session starts (built as dist/vendor/inquirer.cjs): its text input, and a
// list prompt of ours on its core. The list is Inquirer's select but for one thing: a choice may have a key of
// its own, so that typing 2 moves to level 2. Inquirer's select moves to the second choice, which is level 1.
import { createPrompt, isDownKey, isEnterKey, isUpKey, makeTheme, useKeypress, usePagination, usePrefix, useState } from '@inquirer/core';
import { paint, useColour } from '../io/colour.js';
import type { Choice } from './prompts.js';

export { input } from '@inquirer/prompts';

export interface ListConfig {
  message: string;
  choices: readonly Choice<string>[];
  default?: string;
  /** Lines of the list shown at once. */
  pageSize?: number;
  /** The key help line under the list. */
  keysTip?: string;
  /** Keys that answer at once, by name ("left", "g"): the value they give, a choice's or not. */
  shortcuts?: Record<string, string>;
}

const HIDE_CURSOR = '\u001b[?25l';

export const select = createPrompt<string, ListConfig>((config, done) => {
  const theme = makeTheme({ style: { description: paint(useColour(process.env, Boolean(process.stdout.isTTY))).cyan } });
  const { choices } = config;
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const prefix = usePrefix({ status, theme });
  const [active, setActive] = useState(Math.max(0, choices.findIndex((c) => c.value === config.default)));
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  const keyed = choices.some((c) => c.key !== undefined);

  useKeypress((key, rl) => {
    const quick = key.name && !key.ctrl ? config.shortcuts?.[key.name] : undefined;
    if (isEnterKey(key)) {
      setStatus('done');
      done(choices[active]!.value);
    } else if (quick !== undefined) {
      rl.clearLine(0);
      setShortcut(quick);
      setStatus('done');
      done(quick);
    } else if (isUpKey(key) || isDownKey(key)) {
      rl.clearLine(0);
      const next = active + (isUpKey(key) ? -1 : 1);
      if (next >= 0 && next < choices.length) setActive(next);
    } else {
      // What was typed: a choice's key, or without keys a position (1 for the first choice), as in Inquirer.
      const typed = rl.line.slice(-1);
      rl.clearLine(0);
      const at = keyed ? choices.findIndex((c) => c.key === typed) : /^[1-9]$/.test(typed) ? Number(typed) - 1 : -1;
      if (at >= 0 && at < choices.length) setActive(at);
    }
  });

  const page = usePagination({
    items: choices,
    active,
    renderItem: ({ item, isActive }) => (isActive ? theme.style.highlight(`❯ ${item.name}`) : `  ${item.name}`),
    pageSize: config.pageSize ?? 7,
    loop: false,
  });
  const choice = (shortcut === undefined ? undefined : choices.find((c) => c.value === shortcut)) ?? choices[active]!;
  const message = theme.style.message(config.message, status);
  if (status === 'done' && shortcut !== undefined && choice.value !== shortcut) return `${prefix} ${message}`;
  if (status === 'done') return `${prefix} ${message} ${theme.style.answer(choice.short ?? choice.name)}`;
  const lines = [`${prefix} ${message}`, page, ' ', choice.description ? theme.style.description(choice.description) : '', config.keysTip ?? ''];
  return `${lines.filter(Boolean).join('\n').trimEnd()}${HIDE_CURSOR}`;
});
