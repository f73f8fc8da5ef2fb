// The few ANSI styles the terminal reports use, written the way chalk writes them (test/reporters/paint.test.ts
// compares the two). Not chalk itself: loading it loads Node's terminal code (tty, net, stream), about a tenth
// of a short report's run, to find out what the command has already decided (ReporterContext.color).

export type Style = (text: string) => string;

export interface Paint {
  bold: Style;
  dim: Style;
  green: Style;
  yellow: Style;
}

const CODES = { bold: [1, 22], dim: [2, 22], green: [32, 39], yellow: [33, 39] } as const;

/** Wraps text in open…close; an inner close of the same kind reopens, and each line is closed and reopened. */
function style(open: string, close: string): Style {
  return (text) => {
    if (!text) return text;
    const inner = text.includes('\u001b') ? text.split(close).join(close + open) : text;
    return open + inner.replace(/\r?\n/g, (lf) => close + lf + open) + close;
  };
}

const plain: Style = (text) => text;

export function paint(color: boolean): Paint {
  const make = (k: keyof typeof CODES): Style => (color ? style(`\u001b[${CODES[k][0]}m`, `\u001b[${CODES[k][1]}m`) : plain);
  return { bold: make('bold'), dim: make('dim'), green: make('green'), yellow: make('yellow') };
}
