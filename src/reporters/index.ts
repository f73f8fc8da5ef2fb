// Reporter registry: a format name → its reporter, loaded only when asked for (keeps start-up light).
import type { Reporter } from './types.js';

export const REPORTERS = {
  json: async () => (await import('./json.js')).json,
} satisfies Record<string, () => Promise<Reporter>>;

export type Format = keyof typeof REPORTERS;
export const FORMATS = Object.keys(REPORTERS) as Format[];

export async function reporterFor(format: Format): Promise<Reporter> {
  return REPORTERS[format]();
}
