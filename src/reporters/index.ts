// Reporter registry: a format name → its reporter, loaded only when asked for (keeps start-up light).
import type { Reporter } from './types.js';

export const REPORTERS = {
  terminal: async () => (await import('./terminal.js')).terminal,
  markdown: async () => (await import('./markdown.js')).markdown,
  json: async () => (await import('./json.js')).json,
  html: async () => (await import('./html.js')).html,
  svg: async () => (await import('./svg.js')).svg,
} satisfies Record<string, () => Promise<Reporter>>;

export type Format = keyof typeof REPORTERS;
export const FORMATS = Object.keys(REPORTERS) as Format[];

export async function reporterFor(format: Format): Promise<Reporter> {
  return REPORTERS[format]();
}
