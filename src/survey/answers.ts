// The answers of a table's rows, kept as one byte per row and question column, each row read as its response's
// answers (a ReadonlyMap of question id → answer, in column order).
import { plainAnswer } from '../answers/responses.js';
import type { AnswerValue, Response } from '../answers/schema.js';

type Answer = Response['answers'] extends ReadonlyMap<string, infer A> ? A : never;

/** A cell left blank: no answer. Levels are their own code, "don't know" is UNKNOWN. */
const NONE = 255;
const UNKNOWN = 4;
const ANSWERS: Answer[] = [0, 1, 2, 3, 'unknown'].map((v) => plainAnswer(v as AnswerValue));

const answerOf = (code: number): Answer | undefined => (code === NONE ? undefined : ANSWERS[code]);

/** Rows' codes are kept in blocks of this many rows. */
const BLOCK_ROWS = 1024;

/**
 * Where a table's rows keep their answers. A Map of 50 answers takes about 1.9 KB and fifty insertions; building
 * and keeping 10,000 of them cost as much as reading the file's rows (measured on `npm run bench`'s survey
 * export), where a row's codes take 50 bytes.
 */
export class AnswerRows {
  private block = new Uint8Array(0);
  private used = 0;
  private readonly index: ReadonlyMap<string, number>;

  /** `ids`: the question of each question column, in column order. */
  constructor(readonly ids: readonly string[]) {
    this.index = new Map(ids.map((id, i) => [id, i]));
  }

  /** The answers of one row, from its values by question column (undefined: unanswered). */
  row(values: readonly (AnswerValue | undefined)[]): RowAnswers {
    const n = this.ids.length;
    if (this.used + n > this.block.length) {
      this.block = new Uint8Array(Math.max(n, 1) * BLOCK_ROWS);
      this.used = 0;
    }
    const offset = this.used;
    let size = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      this.block[offset + i] = v === undefined ? NONE : v === 'unknown' ? UNKNOWN : v;
      if (v !== undefined) size++;
    }
    this.used += n;
    return new RowAnswers(this.ids, this.index, this.block, offset, size);
  }
}

/** One row's answers, read as a Map is (it is never changed). */
class RowAnswers implements ReadonlyMap<string, Answer> {
  constructor(
    private readonly ids: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly codes: Uint8Array,
    private readonly offset: number,
    readonly size: number,
  ) {}

  get(id: string): Answer | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : answerOf(this.codes[this.offset + i]!);
  }

  has(id: string): boolean {
    const i = this.index.get(id);
    return i !== undefined && this.codes[this.offset + i] !== NONE;
  }

  forEach(fn: (value: Answer, key: string, map: ReadonlyMap<string, Answer>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.ids.length; i++) {
      const a = answerOf(this.codes[this.offset + i]!);
      if (a) fn.call(thisArg, a, this.ids[i]!, this);
    }
  }

  entries(): MapIterator<[string, Answer]> {
    return new RowIterator(this.ids, this.codes, this.offset, entry);
  }

  keys(): MapIterator<string> {
    return new RowIterator(this.ids, this.codes, this.offset, key);
  }

  values(): MapIterator<Answer> {
    return new RowIterator(this.ids, this.codes, this.offset, value);
  }

  [Symbol.iterator](): MapIterator<[string, Answer]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'Map';
  }
}

const entry = (id: string, a: Answer): [string, Answer] => [id, a];
const key = (id: string): string => id;
const value = (_: string, a: Answer): Answer => a;

class RowIterator<T> implements MapIterator<T> {
  private i = 0;

  constructor(
    private readonly ids: readonly string[],
    private readonly codes: Uint8Array,
    private readonly offset: number,
    private readonly item: (id: string, a: Answer) => T,
  ) {}

  next(): IteratorResult<T, undefined> {
    while (this.i < this.ids.length) {
      const i = this.i++;
      const a = answerOf(this.codes[this.offset + i]!);
      if (a) return { value: this.item(this.ids[i]!, a), done: false };
    }
    return { value: undefined, done: true };
  }

  [Symbol.iterator](): MapIterator<T> {
    return this;
  }
}
