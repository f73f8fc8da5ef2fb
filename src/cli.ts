// Builds a fresh commander program for each run, so the CLI can be run in-process by tests.
import { Command, Option } from 'commander';
import { cliText } from './i18n/cli.js';
import { LANGS, type Lang } from './i18n/index.js';
import type { Context } from './commands/context.js';
import { UsageError } from './core/errors.js';
import { msg } from './i18n/messages/index.js';
import { reportText } from './i18n/report.js';
import { collectiveText } from './i18n/collective.js';
import { compareText } from './i18n/compare.js';
import { CSV_DIALECTS, CSV_TABLES, FORMATS, REPORT_FORMATS, TREND_FORMATS } from './reporters/index.js';
import { trendText } from './i18n/trend.js';
import { exportsText } from './i18n/exports.js';
import { planText } from './i18n/plan.js';
import { workshopText } from './i18n/workshop.js';
import { DEFAULT_TOP, GATE_THRESHOLD } from './scoring/advice.js';
import { VERSION } from './core/version.js';
import { DEFAULT_MIN_GROUP_SIZE } from './scoring/privacy.js';
import { assessText } from './i18n/assess.js';
import { closest } from './core/suggest.js';
import { surveyText } from './i18n/survey.js';
import { ENCODINGS as SURVEY_ENCODINGS, TARGETS as SURVEY_TARGETS } from './survey/options.js';

/** Parsers for option values: a bad value is a usage error (exit 2). */
export function parsers() {
  return {
    lang: (v: string): Lang => {
      if ((LANGS as readonly string[]).includes(v)) return v as Lang;
      throw new UsageError(msg('usage.badLang', { value: v }));
    },
    score: (flag: string) => (v: string): number => {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(msg('usage.badNumber', { flag, value: v }));
      return n;
    },
    count: (flag: string, min = 1) => (v: string): number => {
      const n = Number(v);
      if (!/^\d+$/.test(v.trim()) || n < min) throw new UsageError(msg(min === 0 ? 'usage.badCountZero' : 'usage.badCount', { flag, value: v }));
      return n;
    },
    choice: (flag: string, choices: readonly string[]) => (v: string): string => {
      if (choices.includes(v)) return v;
      throw new UsageError(msg('usage.badChoice', { flag, value: v, choices: [...choices], near: closest(v, choices) }));
    },
  };
}

/**
 * commander, whose own errors (unknown option or command, missing or excess argument) are UsageErrors: main.ts
 * prints them like every other, in the run's language, prefixed and made terminal-safe (an unknown option may
 * be a hostile file name expanded by the shell). The methods below are commander's (private in its typings).
 */
class Cli extends Command {
  override createCommand(name?: string): Command {
    return new Cli(name);
  }

  unknownOption(flag: string): never {
    // The command's options and its parents' (global options), as commander's own suggestion does.
    const chain: Command[] = [this];
    for (let p = this.parent; p; p = p.parent) chain.push(p);
    const flags = chain.flatMap((c) => c.createHelp().visibleOptions(c).flatMap((o) => (o.long ? [o.long] : [])));
    const command = this.parent ? `impact-collectif ${this.name()}` : 'impact-collectif';
    throw new UsageError(msg('usage.unknownOption', { flag, near: flag.startsWith('--') ? closest(flag, flags) : undefined, command }));
  }

  unknownCommand(): never {
    const word = this.args[0] ?? '';
    throw new UsageError(msg('usage.unknownCommand', { word, near: closest(word, this.createHelp().visibleCommands(this).map((c) => c.name())) }));
  }

  missingArgument(name: string): never {
    throw new UsageError(msg('usage.missingArgument', { name }));
  }

  optionMissingArgument(option: Option): never {
    throw new UsageError(msg('usage.optionMissingArgument', { flags: option.flags }));
  }

  missingMandatoryOptionValue(option: Option): never {
    throw new UsageError(msg('usage.optionMissingArgument', { flags: option.flags }));
  }

  _excessArguments(received: string[]): void {
    if ((this as unknown as { _allowExcessArguments: boolean })._allowExcessArguments) return;
    const command = this.parent ? this.name() : 'impact-collectif';
    throw new UsageError(msg('usage.excessArguments', { command, expected: this.registeredArguments.length, got: received.length }));
  }

  /** Any other error of commander's (none is reachable with this configuration): never its English text. */
  override error(): never {
    throw new UsageError(msg('usage.commander'));
  }
}

export function buildCli(ctx: Context, setExitCode: (code: number) => void): Command {
  const t = cliText[ctx.lang];
  const parse = parsers();
  const program = new Cli('impact-collectif');
  const langOption = () => new Option('--lang <lang>', t.lang).argParser(parse.lang);
  const examples = (cmd: Command, lines: string[]) =>
    cmd.addHelpText('after', `\n${t.examples}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
  const run = (load: () => Promise<(ctx: Context, ...args: never[]) => Promise<number>>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const opts = command.opts() as { lang?: Lang };
      const langFromFlag = opts.lang !== undefined || (program.opts() as { lang?: Lang }).lang !== undefined;
      const fn = await load();
      setExitCode(await fn({ ...ctx, lang: opts.lang ?? ctx.lang, langFromFlag }, ...(args.slice(0, -1) as never[])));
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
    // Help has no colour, and is as wide as the terminal when there is one: saying so through ctx.io keeps
    // commander from making the process's stdout stream (a few milliseconds of every --help), and in-process
    // runs from depending on the test runner's terminal. (No width, typed as a number, is commander's own default.)
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => ctx.io.stderr(s),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      getOutHelpWidth: () => (ctx.io.stdoutIsTTY ? process.stdout.columns : undefined) as number,
      getErrHelpWidth: () => (ctx.io.stderrIsTTY ? process.stderr.columns : undefined) as number,
    })
    .exitOverride();

  /** A command of `parent`, with the help, --lang and errors every command has. */
  const child = (parent: Command, name: string, description: string, options?: { isDefault?: boolean }) =>
    parent
      .command(name, options)
      .description(description)
      .helpOption('-h, --help', t.help)
      .addOption(langOption())
      .configureHelp({ styleTitle: (title) => t.titles[title as keyof typeof t.titles] ?? title })
      .exitOverride();
  const sub = (name: string, description: string, options?: { isDefault?: boolean }) => child(program, name, description, options);

  examples(sub('list', t.list.description), ['impact-collectif list']).action(
    run(async () => (await import('./commands/list.js')).list),
  );

  examples(
    sub('validate', t.validate.description)
      .argument('<file...>')
      .option('-q, --questionnaire <id|path>', t.validate.questionnaire),
    ['impact-collectif validate reponses/*.yaml', 'impact-collectif validate mon-questionnaire.yaml'],
  ).action(run(async () => (await import('./commands/validate.js')).validate));

  examples(
    sub('schema', t.schema.description).argument('<format>'),
    ['impact-collectif schema answers > answers.schema.json', 'impact-collectif schema report'],
  ).action(run(async () => (await import('./commands/schema.js')).schema));

  const qt = t.questionnaire;
  const questionnaire = sub('questionnaire', qt.description);
  examples(
    child(questionnaire, 'export', qt.export.description)
      .argument('<id>')
      .option('-o, --output <file>', qt.export.output),
    [
      'impact-collectif questionnaire export impact-collectif --output mon-questionnaire.yaml',
      'impact-collectif validate mon-questionnaire.yaml',
      'impact-collectif template -q mon-questionnaire.yaml --output reponses/mairie.yaml',
    ],
  ).action(run(async () => (await import('./commands/questionnaire.js')).exportQuestionnaire));
  examples(questionnaire, ['impact-collectif questionnaire export impact-collectif-express > express.yaml']);

  examples(
    sub('template', t.template.description)
      .option('-q, --questionnaire <id|path>', t.template.questionnaire)
      .option('-o, --output <file>', t.template.output)
      .option('--territory <name>', t.template.territory)
      .option('--sector <id>', t.template.sector)
      .addOption(new Option('-f, --format <format>', t.template.format).argParser(parse.choice('--format', ['yaml', 'html']))),
    [
      'impact-collectif template --output reponses/mairie.yaml',
      'impact-collectif template --format html --sector habitants --output questionnaire-habitants.html',
      'impact-collectif template -q impact-collectif-express --lang en --territory "Nanterre" --sector association',
    ],
  ).action(run(async () => (await import('./commands/template.js')).template));

  const rt = reportText[ctx.lang].help;
  examples(
    sub('report', rt.description)
      .argument('<path...>', rt.paths)
      .option('-q, --questionnaire <id|path>', rt.questionnaire)
      .addOption(new Option('-f, --format <format>', rt.format(REPORT_FORMATS.join(', '))).argParser(parse.choice('--format', REPORT_FORMATS)))
      .option('-o, --output <file>', rt.output)
      .addOption(new Option('--target <n>', rt.target).argParser(parse.score('--target')))
      .addOption(new Option('--top <n>', rt.top(DEFAULT_TOP)).argParser(parse.count('--top')))
      .addOption(new Option('--gate-threshold <n>', rt.gateThreshold(GATE_THRESHOLD)).argParser(parse.score('--gate-threshold')))
      .option('--explain', rt.explain)
      .addOption(new Option('--fail-under <n>', rt.failUnder).argParser(parse.score('--fail-under')))
      .addOption(new Option('--min-dimension <n>', rt.minDimension).argParser(parse.score('--min-dimension')))
      .addOption(new Option('--max-warnings <n>', rt.maxWarnings).argParser(parse.count('--max-warnings', 0)))
      .option('--config <file>', rt.config)
      .option('--no-config', rt.noConfig)
      .option('--by-sector', collectiveText[ctx.lang].help.bySector)
      .option('--comments', collectiveText[ctx.lang].help.comments)
      .option('--with-names', collectiveText[ctx.lang].help.withNames)
      .addOption(new Option('--min-group-size <n>', collectiveText[ctx.lang].help.minGroupSize(DEFAULT_MIN_GROUP_SIZE)).argParser(parse.count('--min-group-size')))
      .addOption(new Option('--table <table>', exportsText[ctx.lang].help.table(CSV_TABLES.join(', '))).argParser(parse.choice('--table', CSV_TABLES)))
      .addOption(new Option('--csv-dialect <dialect>', exportsText[ctx.lang].help.dialect(CSV_DIALECTS.join(', '))).argParser(parse.choice('--csv-dialect', CSV_DIALECTS)))
      .addOption(new Option('--group-by <what>', rt.groupBy).argParser(parse.choice('--group-by', ['territory'])))
      .option('--output-dir <dir>', rt.outputDir)
      .option('--territory-map <file>', rt.territoryMap),
    [
      'impact-collectif report reponses/',
      'impact-collectif report reponses/ --format markdown --output rapport.md',
      'impact-collectif report reponses/ --format summary --fail-under 50 >> "$GITHUB_STEP_SUMMARY"',
      'impact-collectif report reponses/ --config ci/impact-collectif.config.yaml --max-warnings 0',
      'cat reponses/*.yaml | impact-collectif report - --format json',
      'impact-collectif report reponses/ --by-sector --comments',
      'impact-collectif report reponses/ --explain --top 8',
      'impact-collectif report reponses/ --format xlsx --output reponses.xlsx',
      'impact-collectif report reponses/ --format csv --table long --csv-dialect excel-fr --output reponses.csv',
      'impact-collectif report national/ --group-by territory --format html --output synthese.html',
      'impact-collectif report national/ --group-by territory --output-dir rapports/ --territory-map territoires.yaml',
    ],
  ).action(run(async () => (await import('./commands/report.js')).report));

  const ct = compareText[ctx.lang].help;
  const collect = (v: string, previous: string[] = []) => [...previous, v];
  examples(
    sub('compare', ct.description)
      .argument('[before]', ct.before)
      .argument('[after]', ct.after)
      .option('--before <path>', ct.beforeOption, collect)
      .option('--after <path>', ct.afterOption, collect)
      .option('-q, --questionnaire <id|path>', ct.questionnaire)
      .option('--questionnaire-before <id|path>', ct.questionnaireBefore)
      .option('--questionnaire-after <id|path>', ct.questionnaireAfter)
      .addOption(new Option('-f, --format <format>', ct.format(FORMATS.join(', '))).argParser(parse.choice('--format', FORMATS)))
      .option('-o, --output <file>', ct.output)
      .addOption(new Option('--min-group-size <n>', collectiveText[ctx.lang].help.minGroupSize(DEFAULT_MIN_GROUP_SIZE)).argParser(parse.count('--min-group-size')))
      .option('--plan <file>', planText[ctx.lang].help.comparePlan)
      .option('--config <file>', rt.config)
      .option('--no-config', rt.noConfig),
    [
      'impact-collectif compare reponses-2025/ reponses-2026/',
      'impact-collectif compare rapport-2025.json reponses-2026/ --format markdown',
      'impact-collectif compare --before a.yaml --before b.yaml --after reponses-2026/',
      'impact-collectif compare reponses-2025/ reponses-2026/ --questionnaire-after impact-collectif-1.1.yaml',
      'impact-collectif compare rapport-2025.json reponses-2026/ --plan plan-2025.yaml',
    ],
  ).action(run(async () => (await import('./commands/compare.js')).compare));

  const tt = trendText[ctx.lang].help;
  examples(
    sub('trend', tt.description)
      .argument('<set...>', tt.sets)
      .option('-q, --questionnaire <id|path>', tt.questionnaire)
      .addOption(new Option('-f, --format <format>', tt.format(TREND_FORMATS.join(', '))).argParser(parse.choice('--format', TREND_FORMATS)))
      .option('-o, --output <file>', tt.output)
      .option('--plan <file>', planText[ctx.lang].help.trendPlan),
    [
      'impact-collectif trend reponses-2023/ reponses-2024/ reponses-2025/',
      'impact-collectif trend rapport-2023.json rapport-2024.json reponses-2025/ --format markdown',
      'impact-collectif trend reponses-*/ --format html --output tendance.html',
      'impact-collectif trend reponses-2024/ reponses-2025/ reponses-2026/ --plan plan-2024.yaml',
    ],
  ).action(run(async () => (await import('./commands/trend.js')).trend));

  const wt = workshopText[ctx.lang].help;
  examples(
    sub('workshop', wt.description)
      .argument('<path...>', rt.paths)
      .option('-q, --questionnaire <id|path>', rt.questionnaire)
      .addOption(new Option('--duration <length>', wt.duration).argParser(parse.choice('--duration', ['2h', '3h'])))
      .option('--start <time>', wt.start)
      .addOption(new Option('-f, --format <format>', wt.format('html, markdown')).argParser(parse.choice('--format', ['html', 'markdown'])))
      .option('-o, --output <file>', wt.output),
    [
      'impact-collectif workshop reponses/ --output atelier.html',
      'impact-collectif workshop reponses/ --duration 3h --start 9:30 --output atelier.html',
      'impact-collectif workshop reponses/ --format markdown --lang en --output workshop.md',
    ],
  ).action(run(async () => (await import('./commands/workshop.js')).workshop));

  const pt = planText[ctx.lang].help;
  const plan = sub('plan', pt.description);
  examples(
    child(plan, 'init', pt.init.description)
      .argument('<report>')
      .option('--pick <ranks>', pt.init.pick)
      .option('-o, --output <file>', pt.init.output)
      .option('--force', pt.init.force),
    ['impact-collectif report reponses/ --format json --output rapport.json', 'impact-collectif plan init rapport.json --pick 1,3,4 --output plan.yaml'],
  ).action(run(async () => (await import('./commands/plan.js')).planInit));
  examples(
    child(plan, 'show', pt.show.description)
      .argument('<plan>')
      .addOption(new Option('-f, --format <format>', pt.show.format('markdown, html, csv, xlsx')).argParser(parse.choice('--format', ['markdown', 'html', 'csv', 'xlsx'])))
      .addOption(new Option('--csv-dialect <dialect>', exportsText[ctx.lang].help.dialect(CSV_DIALECTS.join(', '))).argParser(parse.choice('--csv-dialect', CSV_DIALECTS)))
      .option('-o, --output <file>', pt.show.output),
    ['impact-collectif plan show plan.yaml', 'impact-collectif plan show plan.yaml --format html --output plan.html', 'impact-collectif plan show plan.yaml --format xlsx --output plan.xlsx'],
  ).action(run(async () => (await import('./commands/plan.js')).planShow));
  examples(plan, ['impact-collectif plan init rapport.json --output plan.yaml', 'impact-collectif validate plan.yaml', 'impact-collectif compare reponses-2025/ reponses-2026/ --plan plan.yaml']);

  const st = surveyText[ctx.lang].help;
  const survey = sub('survey', st.description);
  examples(
    child(survey, 'export', st.export.description)
      .addOption(new Option('--to <tool>', st.export.to(SURVEY_TARGETS.join(', '))).argParser(parse.choice('--to', SURVEY_TARGETS)).makeOptionMandatory())
      .option('-q, --questionnaire <id|path>', st.export.questionnaire)
      .option('-o, --output <file>', st.export.output),
    [
      'impact-collectif survey export --to limesurvey --output enquete-limesurvey.txt',
      'impact-collectif survey export --to xlsform -q impact-collectif-express --output enquete.xlsx',
      'impact-collectif survey export --to csv --output reponses.csv',
    ],
  ).action(run(async () => (await import('./commands/survey.js')).exportSurvey));
  examples(
    child(survey, 'import', st.import.description)
      .argument('<file...>', st.import.files)
      .option('-q, --questionnaire <id|path>', st.import.questionnaire)
      .option('--map <file>', st.import.map)
      .option('--suggest-map', st.import.suggestMap)
      .option('--output-dir <dir>', st.import.outputDir)
      .option('-o, --output <file>', st.import.output)
      .addOption(new Option('--encoding <encoding>', st.import.encoding(SURVEY_ENCODINGS.join(', '))).argParser(parse.choice('--encoding', SURVEY_ENCODINGS)))
      .option('--sheet <name>', st.import.sheet),
    [
      'impact-collectif survey import reponses.csv --output-dir reponses/',
      'impact-collectif survey import export-kobo.xlsx --suggest-map --output correspondances.yaml',
      'impact-collectif survey import export.csv --map correspondances.yaml --output-dir reponses/',
      'impact-collectif report reponses.csv --format html --output rapport.html',
    ],
  ).action(run(async () => (await import('./commands/survey.js')).importSurvey));

  // `impact-collectif` alone runs assess (which refuses, exit 2, without a terminal). A mistyped command
  // then reaches assess as an argument: it is reported as an unknown command, not as an excess argument.
  const ta = assessText[ctx.lang];
  const assess = examples(
    sub('assess', ta.help.description, { isDefault: true })
      .option('-q, --questionnaire <id|path>', ta.help.questionnaire)
      .option('-s, --save <file>', ta.help.save)
      .option('-r, --resume <file>', ta.help.resume)
      .addOption(new Option('-f, --format <format>', ta.help.format(FORMATS.join(', '))).argParser(parse.choice('--format', FORMATS)))
      .option('-o, --output <file>', ta.help.output)
      .option('--quick', ta.help.quick)
      .allowExcessArguments(true),
    [
      'impact-collectif',
      'impact-collectif assess -q impact-collectif-express --lang en',
      'impact-collectif assess --resume impact-collectif-nanterre-2025-02-04.yaml',
      'impact-collectif assess --quick -q impact-collectif',
    ],
  );
  const runAssess = run(async () => (await import('./commands/assess.js')).assess);
  assess.action(async (...args: unknown[]) => {
    const [word] = assess.args;
    if (word !== undefined) throw new UsageError(msg('usage.unknownCommand', { word, near: closest(word, program.commands.map((c) => c.name())) }));
    await runAssess(...args);
  });

  // The top-level help: a first example of each kind of use (the person at a terminal, the consultant, CI).
  examples(program, [
    'impact-collectif',
    'impact-collectif template --output reponses/mairie.yaml',
    'impact-collectif report reponses/ --format html --output rapport.html',
    'impact-collectif compare reponses-2025/ reponses-2026/',
    'impact-collectif report reponses/ --fail-under 50',
    'impact-collectif questionnaire export impact-collectif --output mon-questionnaire.yaml',
    'impact-collectif <command> --help',
  ]);

  return program;
}
