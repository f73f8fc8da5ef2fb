// Builds a fresh commander program for each run, so the CLI can be run in-process by tests.
import { Command, Option } from 'commander';
import { cliText } from './i18n/cli.js';
import { LANGS, type Lang } from './i18n/index.js';
import type { Io } from './io.js';
import { UsageError } from './errors.js';
import { VERSION } from './version.js';

export interface Context {
  io: Io;
  lang: Lang;
}

/** Parsers for option values: a bad value is a usage error (exit 2). */
export function parsers(lang: Lang) {
  const t = cliText[lang].errors;
  return {
    lang: (v: string): Lang => {
      if ((LANGS as readonly string[]).includes(v)) return v as Lang;
      throw new UsageError(t.badLang(v));
    },
    score: (flag: string) => (v: string): number => {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(t.badNumber(flag, v));
      return n;
    },
    count: (flag: string) => (v: string): number => {
      const n = Number(v);
      if (!/^\d+$/.test(v.trim()) || n < 1) throw new UsageError(t.badCount(flag, v));
      return n;
    },
    choice: (flag: string, choices: readonly string[]) => (v: string): string => {
      if (choices.includes(v)) return v;
      throw new UsageError(t.badChoice(flag, v, choices.join(', ')));
    },
  };
}

export function buildCli(ctx: Context, setExitCode: (code: number) => void): Command {
  const t = cliText[ctx.lang];
  const parse = parsers(ctx.lang);
  const program = new Command('impact-collectif');
  const langOption = () => new Option('--lang <lang>', t.lang).argParser(parse.lang);
  const examples = (cmd: Command, lines: string[]) =>
    cmd.addHelpText('after', `\n${t.examples}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
  const run = (load: () => Promise<(ctx: Context, ...args: never[]) => Promise<number>>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const opts = command.opts() as { lang?: Lang };
      const fn = await load();
      setExitCode(await fn({ ...ctx, lang: opts.lang ?? ctx.lang }, ...(args.slice(0, -1) as never[])));
    };

  program
    .description(t.description)
    .version(VERSION, '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .addOption(langOption())
    .option('--verbose', t.verbose)
    .showHelpAfterError(false)
    .configureHelp({ styleTitle: (title) => t.titles[title as keyof typeof t.titles] ?? title })
    .configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s) })
    .exitOverride();

  const sub = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .helpOption('-h, --help', t.help)
      .addOption(langOption())
      .configureHelp({ styleTitle: (title) => t.titles[title as keyof typeof t.titles] ?? title })
      .exitOverride();

  examples(sub('list', t.list.description), ['impact-collectif list']).action(
    run(async () => (await import('./commands/list.js')).list),
  );

  examples(
    sub('validate', t.validate.description)
      .argument('<file...>')
      .option('-q, --questionnaire <id|path>', t.validate.questionnaire),
    ['impact-collectif validate questionnaires/impact-collectif.yaml', 'impact-collectif validate reponses/*.yaml'],
  ).action(run(async () => (await import('./commands/validate.js')).validate));

  examples(
    sub('schema', t.schema.description).argument('<format>'),
    ['impact-collectif schema answers > answers.schema.json', 'impact-collectif schema report'],
  ).action(run(async () => (await import('./commands/schema.js')).schema));

  examples(
    sub('template', t.template.description)
      .option('-q, --questionnaire <id|path>', t.template.questionnaire)
      .option('-o, --output <file>', t.template.output)
      .option('--territory <name>', t.template.territory)
      .option('--sector <id>', t.template.sector),
    [
      'impact-collectif template --output reponses/mairie.yaml',
      'impact-collectif template -q impact-collectif-express --lang en --territory "Nanterre" --sector association',
    ],
  ).action(run(async () => (await import('./commands/template.js')).template));

  return program;
}
