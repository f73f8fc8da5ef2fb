// Language selection; the UI strings themselves live beside this file, one file per area of the CLI.

// Defined here rather than beside the zod schema, so that start-up (--help, --version) never loads zod.
export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** `fr` when LC_ALL, else LC_MESSAGES, else LANG starts with "fr"; otherwise `en`. */
export function detectLang(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The value of --lang in argv, if any (before commander parses, so that --help is localised too). */
export function langFromArgv(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (v === 'fr' || v === 'en') return v;
  }
  return undefined;
}
