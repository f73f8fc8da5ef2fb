// What every command is given: where it reads and writes, and the language of its messages.
import type { Lang } from '../i18n/index.js';
import type { Io } from '../io/process.js';

export interface Context {
  io: Io;
  lang: Lang;
  /** The language was given with --lang (a configuration file's `lang` then does not apply). */
  langFromFlag?: boolean;
}
