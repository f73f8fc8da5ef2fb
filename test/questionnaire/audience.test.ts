// Audiences: residents are asked the questions meant for them, in their words; template and assess follow the sector.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { itemsOf } from '../../src/assess/items.js';
import { asks, audienceOf, forAudience } from '../../src/questionnaire/audience.js';
import { parseQuestionnaire } from '../../src/questionnaire/parse.js';
import type { Questionnaire } from '../../src/questionnaire/schema.js';
import { cli, fixture } from '../helpers/cli.js';

const mini = parseQuestionnaire(readFileSync(fixture('questionnaires/mini.yaml'), 'utf8'), 'mini.yaml');

/** mini, with habitants answering as residents, urgence.q2 for professionals only, and urgence.q1 in residents' words. */
function withAudiences(): Questionnaire {
  const q: Questionnaire = structuredClone(mini);
  q.sectors.find((s) => s.id === 'habitants')!.audience = 'habitants';
  const [q1, q2] = q.dimensions[0]!.questions;
  q2!.audience = ['professionnels'];
  q1!.help = { fr: 'Aide pour les professionnel·les.', en: 'Help for professionals.' };
  q1!.audience = ['professionnels', 'habitants'];
  q1!.wording = {
    habitants: {
      text: { fr: 'Question pour les habitant·es ?', en: 'Question for residents?' },
      levels: [0, 1, 2, 3].map((i) => ({ fr: `Niveau habitant ${i}`, en: `Resident level ${i}` })),
    },
  };
  return q;
}

describe('audiences', () => {
  const q = withAudiences();

  it('a sector answers as its audience; an unknown sector as professionals', () => {
    expect(audienceOf(q, 'habitants')).toBe('habitants');
    expect(audienceOf(q, 'association')).toBe('professionnels');
    expect(audienceOf(q, 'nope')).toBe('professionnels');
    expect(asks({}, 'habitants')).toBe(true);
  });

  it("residents get the questions meant for them, in their words; professionals, every question as written", () => {
    const residents = itemsOf(forAudience(q, 'habitants'));
    const professionals = itemsOf(forAudience(q, 'professionnels'));
    expect(professionals.map((i) => i.id)).toEqual(itemsOf(mini).map((i) => i.id));
    expect(residents.map((i) => i.id)).toEqual(professionals.map((i) => i.id).filter((id) => id !== 'urgence.q2'));
    expect(residents[0]!.question.text.fr).toBe('Question pour les habitant·es ?');
    expect(residents[0]!.question.levels[3]!.fr).toBe('Niveau habitant 3');
    expect(residents[0]!.question.help).toBeUndefined(); // the professionals' help does not follow a resident wording
    expect(professionals[0]!.question.help?.fr).toBe('Aide pour les professionnel·les.');
    expect(residents[0]!.total).toBe(residents.length);
    expect(professionals[0]!.question.text.fr).toBe('Question urgence 1 ?');
  });

  it('template --sector writes the questions of that sector\'s audience, in its words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ic-audience-'));
    const file = join(dir, 'q.yaml');
    writeFileSync(file, stringify(q));
    const residents = await cli(['template', '-q', file, '--sector', 'habitants', '--lang', 'fr']);
    const professionals = await cli(['template', '-q', file, '--sector', 'association', '--lang', 'fr']);
    expect([residents.code, residents.stderr]).toEqual([0, '']);
    expect(residents.stdout).toContain('# 1/9. Question pour les habitant·es ?');
    expect(residents.stdout).toContain('Niveau habitant 2');
    expect(residents.stdout).not.toMatch(/^ {2}urgence\.q2:/m);
    expect(professionals.stdout).toMatch(/^ {2}urgence\.q2:/m);
    expect(professionals.stdout).toContain('# 1/10. Question urgence 1 ?');
  });

  it('validate checks that a wording is for one of the question\'s audiences', () => {
    const bad = withAudiences();
    bad.dimensions[0]!.questions[0]!.audience = ['professionnels'];
    expect(() => parseQuestionnaire(stringify(bad), 'bad.yaml')).toThrow(/wording\.habitants: "habitants" is not among the question's audience/);
  });
});
