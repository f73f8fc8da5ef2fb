// Entry point: runs the CLI on argv and maps every error to a message and an exit code.
import { CommanderError } from 'commander';
import { buildCli } from './cli.js';
import { EXIT, formatProblem, InputError, Interrupted, UsageError } from './core/errors.js';
import { cliText } from './i18n/cli.js';
import { detectLang, langFromArgv } from './i18n/index.js';
import { processIo, writeFailure, type Io } from './io/process.js';
import { oneLine } from './io/sanitize.js';
import { render } from './i18n/messages/index.js';

/** Runs the CLI and returns its exit code; never throws, never exits. */
export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const lang = langFromArgv(argv) ?? detectLang(io.env);
  const t = cliText[lang].errors;
  let code: number = EXIT.ok;
  try {
    const program = buildCli({ io, lang }, (c) => (code = c));
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version: commander's errors are UsageErrors (cli.ts), and print nothing of their own.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return err.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    if (err instanceof InputError) {
      // In the language of the run, made safe and one line each: a message quotes file names and keys from files.
      for (const p of err.problems) io.stderr(`${oneLine(formatProblem(p, lang))}\n`);
      return EXIT.input;
    }
    if (err instanceof UsageError) {
      io.stderr(`${t.prefix}: ${oneLine(render(err.problem, lang))}\n`);
      return EXIT.input;
    }
    if (err instanceof Interrupted) {
      if (err.message) io.stderr(`${err.message}\n`);
      return EXIT.interrupted;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`${t.prefix}: ${oneLine(t.internal(message))}\n`);
    if (argv.includes('--verbose') && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return EXIT.internal;
  }
}

/** Used by bin/: runs, then sets the exit code (the only place that does). */
export async function main(argv: string[]): Promise<void> {
  const code = await run(argv);
  // A failed write to what stands behind stdout (a full disk) is reported on a later turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  const failed = writeFailure();
  if (failed) {
    const t = cliText[langFromArgv(argv) ?? detectLang(process.env)].errors;
    process.stderr.write(`${t.prefix}: ${t.outputFailed(failed.code ?? failed.message)}\n`);
  }
  process.exitCode = failed ? EXIT.input : code;
}
