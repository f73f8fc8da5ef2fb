// Prompts for assess: thin select/input wrappers over ./inquirer.ts (loaded lazily, the only module that imports
// Inquirer), cancellation as one error.

export interface Choice<V extends string> {
  value: V;
  name: string;
  /** Shown after the answer is given, instead of the whole name. */
  short?: string;
  /** Shown under the list while this choice is highlighted. */
  description?: string;
  /** Typing it moves to this choice ("2" for level 2). Without keys in a list, a digit is a position. */
  key?: string;
}

export interface SelectOptions<V extends string> {
  message: string;
  choices: readonly Choice<V>[];
  default?: V | undefined;
  /** Lines of the list shown at once. */
  pageSize?: number;
  /** Without the key help line (a screen where every row counts). */
  noTip?: boolean;
  /** This list's own key help line, instead of the common one. */
  tip?: string;
  /** Keys that answer at once, by name ("left", "g"), and the value each gives. */
  shortcuts?: Partial<Record<string, V>>;
}

export interface InputOptions {
  message: string;
  /** Shown greyed; Enter on an empty line returns it; Backspace clears it. */
  default?: string | undefined;
  /** Returns true, or the message saying why the value is refused. */
  validate?: (value: string) => true | string;
}

export interface Prompter {
  select<V extends string>(options: SelectOptions<V>): Promise<V>;
  input(options: InputOptions): Promise<string>;
}

export interface PromptStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Aborting it cancels the current prompt (and any later one) with PromptCancelled. */
  signal?: AbortSignal;
  /** The key help line under every list (Inquirer's own is in English). */
  keysTip?: string;
}

/** The person left the prompt: Ctrl-C, or the abort signal (SIGTERM, SIGHUP…). */
export class PromptCancelled extends Error {
  override name = 'PromptCancelled';
}

/** Loads Inquirer (only when a session really starts) and returns prompts bound to `streams`. */
export async function createPrompter(streams: PromptStreams = {}): Promise<Prompter> {
  const { select, input } = await import('./inquirer.js');
  const context = {
    ...(streams.input && { input: streams.input }),
    ...(streams.output && { output: streams.output }),
    ...(streams.signal && { signal: streams.signal }),
  };
  return {
    select: <V extends string>(o: SelectOptions<V>) =>
      cancellable(
        select(
          {
            message: o.message,
            choices: o.choices,
            ...(o.default !== undefined && { default: o.default }),
            ...(o.pageSize !== undefined && { pageSize: o.pageSize }),
            ...(!o.noTip && (o.tip ?? streams.keysTip) !== undefined && { keysTip: o.tip ?? streams.keysTip }),
            ...(o.shortcuts && { shortcuts: o.shortcuts as Record<string, string> }),
          },
          context,
        ) as Promise<V>,
      ),
    input: (o: InputOptions) =>
      cancellable(
        input(
          {
            message: o.message,
            ...(o.default !== undefined && o.default !== '' && { default: o.default }),
            ...(o.validate && { validate: o.validate }),
          },
          context,
        ),
      ),
  };
}

async function cancellable<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (err) {
    const name = (err as Error | undefined)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError') throw new PromptCancelled(name);
    throw err;
  }
}
