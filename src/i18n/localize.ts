// The text of a questionnaire in the reader's language.
import type { Lang, LocalizedText } from '../questionnaire/schema.js';

/** Picks the text in `lang`, falling back to French then English (validation guarantees one exists). */
export function localize(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.fr ?? text.en ?? '';
}
