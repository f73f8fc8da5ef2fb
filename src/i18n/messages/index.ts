// Renders a message (code and parameters) in a language. Adding a language: its file beside fr.ts, and one line here.
import type { Lang } from '../index.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Code, Message, MessageParams, Messages } from './types.js';

export type { Code, Message, Messages } from './types.js';

export const catalogue: Record<Lang, Messages> = { fr, en };

/** A message, typed by its code: `msg('file.notFound')`, `msg('yaml.duplicateKey', { key })`. */
export function msg<C extends Code>(code: C, ...params: Record<string, never> extends MessageParams[C] ? [MessageParams[C]?] : [MessageParams[C]]): Message {
  return { code, params: params[0] ?? {} } as Message;
}

function isMessage(v: unknown): v is Message {
  return typeof v === 'object' && v !== null && 'code' in v && typeof v.code === 'string' && isCode(v.code);
}

/** Is this string a code of the catalogue (a zod schema's custom `message` is one)? */
export function isCode(s: string): s is Code {
  return Object.hasOwn(fr, s);
}

/** The text of `m` in `lang`. */
export function render(m: Message, lang: Lang): string {
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.params)) params[k] = isMessage(v) ? render(v, lang) : v;
  return (catalogue[lang][m.code] as (p: Record<string, unknown>) => string)(params);
}
