// File names for the territories' reports in an --output-dir: from their names, safe on every system, unique.

/** Names Windows reserves, whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d|index)$/;
const MAX_STEM = 60;

/**
 * One stem per territory, in the order given: ASCII letters, digits and hyphens ("Cité éducative de
 * Villeneuve-la-Garenne" → "cite-educative-de-villeneuve-la-garenne"), at most 60 characters, never a reserved
 * name nor "index" (the index page's), made unique by "-2", "-3"… in that order.
 */
export function fileStems(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let stem = name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, MAX_STEM)
      .replace(/^-+|-+$/g, '');
    if (!stem) stem = 'territoire';
    if (RESERVED.test(stem)) stem = `territoire-${stem}`;
    let unique = stem;
    for (let k = 2; used.has(unique); k++) unique = `${stem}-${k}`;
    used.add(unique);
    return unique;
  });
}
