// Colour for every command: one policy (useColour) and the few ANSI styles the tool writes, as chalk writes them
// at its basic level (test/io/colour.test.ts compares the two). Not chalk itself: loading it loads Node's
// terminal code (tty, net, stream), about a tenth of a short report's run, to find out what is decided here.
import type { Io } from './process.js';

/**
 * Colour or not, for output to standard output: FORCE_COLOR forces it (any value but "0" and "false", the
 * empty value included, as Node and chalk read it), NO_COLOR (non-empty, https://no-color.org) refuses it,
 * otherwise only on a terminal that is not TERM=dumb.
 */
export function useColour(env: Io['env'], stdoutIsTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stdoutIsTTY && env.TERM !== 'dumb';
}

export type Style = (text: string) => string;

export interface Paint {
  bold: Style;
  dim: Style;
  green: Style;
  yellow: Style;
  cyan: Style;
  red: Style;
}

const CODES = { bold: [1, 22], dim: [2, 22], green: [32, 39], yellow: [33, 39], cyan: [36, 39], red: [31, 39] } as const;

/** Wraps text in open…close; an inner close of the same kind reopens, and each line is closed and reopened. */
function style(open: string, close: string): Style {
  return (text) => {
    if (!text) return text;
    const inner = text.includes('\u001b') ? text.split(close).join(close + open) : text;
    return open + inner.replace(/\r?\n/g, (lf) => close + lf + open) + close;
  };
}

const plain: Style = (text) => text;

/** The styles, or plain text when `colour` is false. */
export function paint(colour: boolean): Paint {
  const make = (k: keyof typeof CODES): Style => (colour ? style(`\u001b[${CODES[k][0]}m`, `\u001b[${CODES[k][1]}m`) : plain);
  return { bold: make('bold'), dim: make('dim'), green: make('green'), yellow: make('yellow'), cyan: make('cyan'), red: make('red') };
}
