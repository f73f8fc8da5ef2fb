// The lines written on standard error for a note of reading (see Note in responses.ts), in the run's language.
import type { Lang } from '../i18n/index.js';
import { msg, render, type Message } from '../i18n/messages/index.js';
import { oneLine } from '../io/sanitize.js';
import type { Note } from './responses.js';

function noteMessage(note: Note): Message {
  if (note.kind === 'skipped') return note.what === 'report' ? msg('note.skippedReport') : msg('note.skippedJsonSchema');
  return msg('note.unknownVersion', { version: oneLine(note.version), id: note.id, used: note.used, known: note.known });
}

export function noteLine(note: Note, lang: Lang): string {
  const where = note.kind === 'skipped' ? oneLine(note.file) : `${oneLine(note.file)}:${note.line}:${note.col}`;
  return `impact-collectif: ${where}: ${render(noteMessage(note), lang)}\n`;
}
