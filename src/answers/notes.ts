// The lines written on standard error for a note of reading (see Note in responses.ts), in French and English.
import type { Lang } from '../questionnaire/schema.js';
import { oneLine } from '../io/sanitize.js';
import type { Note } from './responses.js';

const text = {
  fr: {
    report: 'ignoré : un rapport JSON, pas un fichier de réponses (compare le lit)',
    'json-schema': 'ignoré : un schéma JSON, pas un fichier de réponses',
    version: (v: string, id: string, used: string, known: string) => `version ${v} de « ${id} » inconnue (connues : ${known}) : réponses lues avec la version ${used}`,
  },
  en: {
    report: 'skipped: a JSON report, not an answer file (compare reads it)',
    'json-schema': 'skipped: a JSON Schema, not an answer file',
    version: (v: string, id: string, used: string, known: string) => `unknown version ${v} of "${id}" (known: ${known}): answers read with version ${used}`,
  },
} as const;

export function noteLine(note: Note, lang: Lang): string {
  const t = text[lang];
  if (note.kind === 'skipped') return `impact-collectif: ${oneLine(note.file)}: ${t[note.what]}\n`;
  const where = `${oneLine(note.file)}:${note.line}:${note.col}`;
  return `impact-collectif: ${where}: ${t.version(oneLine(note.version), note.id, note.used, note.known.join(', '))}\n`;
}
