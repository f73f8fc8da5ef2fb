// docs/tracabilite.md is generated from the seed elements and the questionnaires, and every seed challenge is measured.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render, sources, uses } from '../../scripts/tracabilite.mjs';
import { ROOT } from '../helpers/cli.js';

const s = sources();

describe('traceability of the seed', () => {
  it('docs/tracabilite.md is the output of npm run tracabilite (run it after changing a questionnaire)', () => {
    expect(readFileSync(`${ROOT}docs/tracabilite.md`, 'utf8')).toBe(render(s));
  });

  it('every seed element a questionnaire cites exists, and element ids are unique', () => {
    const known = new Set(s.elements.map((e) => e.id));
    expect(known.size).toBe(s.elements.length);
    for (const q of [s.complete, s.express]) {
      const cited = [...q.dimensions.flatMap((d) => [...d.questions, ...(d.practices ?? [])]), ...q.challenges].flatMap((x) => (x.seed ?? []).map((id) => `${x.id}: ${id}`));
      expect(cited.filter((c) => !known.has(c.split(': ')[1]!))).toEqual([]);
    }
  });

  it('every challenge of the seminar has a question and at least 3 practices in the complete questionnaire', () => {
    const { questions, practices } = uses(s.complete);
    for (const e of s.elements.filter((x) => x.kind === 'defi')) {
      expect(questions.get(e.id)?.length ?? 0, e.id).toBeGreaterThanOrEqual(1);
      expect(practices.get(e.id)?.length ?? 0, e.id).toBeGreaterThanOrEqual(3);
    }
  });
});
