// Nothing changes on the way to disk and back: answer files written by assess read back the same; report repeats itself.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAnswerText } from '../../src/answers/parse.js';
import { serializeResponse } from '../../src/answers/write.js';
import { FORMATS } from '../../src/reporters/index.js';
import { bin, cli, fixture } from '../helpers/cli.js';
import { mini, responseArb, RUNS } from './arbitraries.js';

describe('answer files written by assess', () => {
  it('read back as the same response, whatever the texts (1,000 random responses)', () => {
    fc.assert(
      fc.property(responseArb(mini, { texts: true }), (response) => {
        const text = serializeResponse(response, mini);
        const [back, ...more] = parseAnswerText(text, 'saved.yaml');
        expect(more).toEqual([]);
        const { file: _file, doc: _doc, ...written } = response;
        const { file: __file, doc: __doc, ...read } = back!.response;
        expect(read).toEqual(written);
        // Saved again, the same bytes: a resumed session that changes nothing changes nothing on disk.
        expect(serializeResponse(back!.response, mini)).toBe(text);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('report', () => {
  const inputs = [
    ['-q', fixture('hostile/questionnaires/markup-in-every-text.yaml'), fixture('hostile/answers/markup-in-every-text.yaml')],
    // Two territories' names made one by the map: a report is about one territory.
    ['-q', fixture('questionnaires/mini.yaml'), fixture('hostile/answers/ok.yaml'), fixture('hostile/answers/markup-in-every-text.yaml'), '--territory-map', fixture('hostile/answers/one-territory.yaml')],
  ];
  // The second run is another process (the built binary): nothing may depend on the time, the process or its memory.
  it.each(FORMATS.flatMap((format) => inputs.map((input, i) => ({ format, input, name: `${format}, inputs ${i + 1}` }))))(
    'gives the same bytes on two runs ($name)',
    async ({ format, input }) => {
      const first = await cli(['report', ...input, '--format', format]);
      const second = bin(['report', ...input, '--format', format]);
      expect(first.stderr).toBe('');
      expect(first.stdout.length).toBeGreaterThan(0);
      expect(second.stdout).toBe(first.stdout);
    },
  );
});
