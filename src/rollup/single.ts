// A report without --group-by is for one territory: names that normalise (or map) alike are one; several are refused.
import type { Response } from '../answers/schema.js';
import { readResponses } from '../answers/responses.js';
import { InputError } from '../core/errors.js';
import { msg } from '../i18n/messages/index.js';
import { readInput } from '../input/read.js';
import { oneLine } from '../io/sanitize.js';
import { territoriesOf, type TerritoryMap } from './territory.js';

/** Territories named in the message; the others are counted. */
const NAMED = 5;

/**
 * The responses with their territory's one name (the map's, or the most frequent spelling), or an InputError at
 * the first response of a second territory, naming them and pointing to --group-by territory.
 */
export async function oneTerritory(responses: readonly Response[], map: TerritoryMap): Promise<readonly Response[]> {
  const counts = new Map<string, number>();
  for (const r of responses) counts.set(r.territory, (counts.get(r.territory) ?? 0) + 1);
  const { canonical, names } = territoriesOf(counts, map);
  if (names.length > 1) {
    const first = canonical.get(responses[0]!.territory);
    const other = responses.find((r) => canonical.get(r.territory) !== first)!;
    const message = msg('answers.severalTerritories', { territories: names.slice(0, NAMED).map(oneLine), more: Math.max(0, names.length - NAMED) });
    throw new InputError({ file: other.file, ...(await where(other)), path: 'territory', ...message });
  }
  if (responses.every((r) => canonical.get(r.territory) === r.territory)) return responses;
  return responses.map((r) => ({ ...r, territory: canonical.get(r.territory)! }));
}

/** Line and column of a response's territory, its file read again (only on this error's path). */
async function where(r: Response): Promise<{ line?: number; col?: number }> {
  try {
    const { text } = await readInput(r.file);
    const parsed = await readResponses(text, r.file);
    return parsed.find((p) => p.response.doc === r.doc)?.doc.locate(['territory']) ?? {};
  } catch {
    return {};
  }
}
