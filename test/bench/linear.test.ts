// A CPU-time ratio, checked by `npm run bench` (vitest.bench.config.ts), not by `npm test`: a loaded machine can
// make a correct reader miss it. Guards against a reading cost that grows faster than the stream.
import { describe, expect, it } from 'vitest';
import { parseYamlDocuments } from '../../src/input/yaml.js';

describe('reading a stream of documents', () => {
  it('takes time in proportion to the stream: 4 times the documents, about 4 times the time, not 16', () => {
    const doc = (i: number) => `questionnaire: q\nrespondent:\n  sector: s${i}\nanswers:\n${Array.from({ length: 40 }, (_, k) => `  d.q${k}: ${k % 4}\n`).join('')}`;
    const stream = (n: number) => Array.from({ length: n }, (_, i) => doc(i)).join('---\n');
    const cpu = (text: string) => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const start = process.cpuUsage();
        parseYamlDocuments(text, 'a.yaml');
        const used = process.cpuUsage(start);
        best = Math.min(best, used.user + used.system);
      }
      return best;
    };
    const [small, large] = [stream(1000), stream(4000)];
    cpu(small);
    expect(cpu(large) / cpu(small)).toBeLessThan(8);
  });
});
