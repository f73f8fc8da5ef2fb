// Commands to show people, quoted so that they can be copied and pasted into a POSIX shell.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(arg: string): string {
  if (SAFE.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** `invoke` is how the CLI was started: ['impact-collectif'], or ['npm', 'start', '--'] under `npm start`. */
export function commandLine(invoke: readonly string[], args: readonly string[]): string {
  return [...invoke, ...args].map(shellQuote).join(' ');
}
