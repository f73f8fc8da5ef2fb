// The progress line: only on a terminal, only after a second, redrawn sparingly, erased at the end.
import { describe, expect, it } from 'vitest';
import { progress, PROGRESS_DELAY_MS } from '../src/io/progress.js';

function run(tty: boolean, times: number[]): string {
  let out = '';
  let t = 0;
  const p = progress({ stderr: (s) => void (out += s), stderrIsTTY: tty }, (done, total) => `${done}/${total}`, () => t);
  times.forEach((at, i) => {
    t = at;
    p.update(i + 1, times.length);
  });
  p.end();
  return out;
}

describe('progress', () => {
  it('shows nothing for work shorter than a second', () => {
    expect(run(true, [10, 500, PROGRESS_DELAY_MS - 1])).toBe('');
  });

  it('draws the line over itself after a second, at most every 100 ms, and erases it at the end', () => {
    expect(run(true, [500, PROGRESS_DELAY_MS, PROGRESS_DELAY_MS + 50, PROGRESS_DELAY_MS + 150])).toBe('\r\x1b[2K2/4\r\x1b[2K4/4\r\x1b[2K');
  });

  it('never writes when standard error is not a terminal', () => {
    expect(run(false, [0, 5000, 10000])).toBe('');
  });

  it('asks once whether standard error is a terminal (a system call each time), not at every file', () => {
    let asked = 0;
    let t = 0;
    const p = progress({ stderr: () => {}, get stderrIsTTY() {
      asked++;
      return false;
    } }, () => '', () => t);
    for (let i = 0; i < 100; i++) {
      t = PROGRESS_DELAY_MS + i * 1000;
      p.update(i, 100);
    }
    expect(asked).toBe(1);
  });
});
