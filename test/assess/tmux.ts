// A real pseudo-terminal for end-to-end tests: the built binary runs in tmux (80×24), driven by key presses.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BIN } from '../helpers/cli.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** Quotes for sh -c. */
export const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export interface StartOptions {
  cwd: string;
  /** LANG inside the terminal (the CLI's default language comes from it). */
  lang?: string;
  /** The command run instead of the CLI (sh syntax); {cli} is replaced by the CLI's invocation. */
  shell?: string;
  /** More environment for the CLI (PATH without less, for instance). */
  env?: Record<string, string>;
}

export class Terminal {
  readonly socket = `ic-e2e-${process.pid}-${randomBytes(4).toString('hex')}`;
  private exitFile = '';
  private pidFile = '';

  private tmux(...args: string[]) {
    const r = spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, SHELL: '/bin/sh', TERM: 'xterm-256color', HOME: process.env.HOME } });
    if (r.status !== 0 && args[0] !== 'kill-server') throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  }

  /** Starts `impact-collectif <args>`; its exit code is written to a file and shown as EXIT=n. */
  start(args: string[], opts: StartOptions): void {
    const id = randomBytes(3).toString('hex');
    this.exitFile = join(opts.cwd, `.exit-${id}`);
    this.pidFile = join(opts.cwd, `.pid-${id}`);
    // CI is unset on purpose: in a real terminal assess must prompt, even on a CI machine. The inner
    // sh writes its pid, then becomes the CLI (exec): that pid is the CLI's, for the signal tests.
    const cli = `sh -c 'echo $$ > "$0"; exec "$@"' ${q(this.pidFile)} env -u CI -u NO_COLOR -u FORCE_COLOR LANG=${opts.lang ?? 'en_US.UTF-8'} ${Object.entries(opts.env ?? {}).map(([k, v]) => q(`${k}=${v}`)).join(' ')} ${q(process.execPath)} ${q(BIN)} ${args.map(q).join(' ')}`;
    const run = opts.shell ? opts.shell.replace('{cli}', cli) : cli;
    const command = `cd ${q(opts.cwd)} && ${run}; code=$?; echo $code > ${q(this.exitFile)}; echo EXIT=$code; sleep 300`;
    this.tmux('-f', '/dev/null', 'new-session', '-d', '-s', 'main', '-x', '80', '-y', '24', command);
    this.tmux('set-option', '-t', 'main', 'history-limit', '5000');
  }

  /** tmux key names: Down, Up, Enter, C-c… */
  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'main', ...keys);
  }

  /** Literal text, as typed. */
  type(text: string): void {
    this.tmux('send-keys', '-t', 'main', '-l', text);
  }

  /** The visible screen; `joined`: wrapped lines joined back, `all`: with the scrollback. */
  screen({ joined = false, all = false } = {}): string {
    return this.tmux('capture-pane', '-p', '-t', 'main', ...(joined ? ['-J'] : []), ...(all ? ['-S', '-'] : []));
  }

  /** The pid of the CLI running in the terminal. */
  childPid(): number {
    const pid = Number(readFileSync(this.pidFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) throw new Error(`no pid in ${this.pidFile}`);
    return pid;
  }

  /** Waits until the screen satisfies `test` (a substring, a regexp or a predicate); fails with the screen. */
  async waitFor(test: string | RegExp | ((screen: string) => boolean), { timeout = 10_000, joined = true } = {}): Promise<string> {
    const ok = typeof test === 'string' ? (s: string) => s.includes(test) : test instanceof RegExp ? (s: string) => test.test(s) : test;
    const deadline = Date.now() + timeout;
    for (;;) {
      const s = this.screen({ joined });
      if (ok(s)) return s;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(test)}; the screen:\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits until a prompt is ready for keys: `marker` on screen and the cursor on the prompt's line or list. */
  async waitForPrompt(marker: string, last: string): Promise<string> {
    return this.waitFor((s) => s.includes(marker) && lastLine(s).includes(last));
  }

  async exitCode(timeout = 10_000): Promise<number> {
    await this.waitFor(/EXIT=\d+/, { timeout });
    return Number(readFileSync(this.exitFile, 'utf8').trim());
  }

  /** Ends the terminal and everything in it, and removes its socket. */
  kill(): void {
    const socket = spawnSync('tmux', ['-L', this.socket, 'display-message', '-p', '#{socket_path}'], { encoding: 'utf8' }).stdout.trim();
    this.tmux('kill-server');
    if (socket) rmSync(socket, { force: true });
  }
}

export function lastLine(screen: string): string {
  return screen.trimEnd().split('\n').at(-1) ?? '';
}
