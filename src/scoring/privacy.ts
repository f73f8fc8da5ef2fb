// Pure small-group suppression: which groups (sectors) a shared report may show, merge or must hide.

/** Groups smaller than this are never shown as such (report --min-group-size). */
export const DEFAULT_MIN_GROUP_SIZE = 3;

/** The id of the merged row: never a sector id (those are lower-case words joined by "-"). */
export const MERGED = '_merged';

export interface Group {
  id: string;
  size: number;
}

export interface Suppression {
  /** Groups shown on their own (at least `min` each), in the order given. */
  shown: string[];
  /** Groups shown only together, as one merged row of at least `min` (and at least two groups); in the order given. */
  merged: string[];
  /** Groups not shown at all (only when there are fewer than `min` respondents in all); in the order given. */
  hidden: string[];
  /** Respondents in the merged row. */
  mergedSize: number;
  /** Fewer than `min` respondents in all: the whole group's figures may let one infer individual answers. */
  inferable: boolean;
}

/**
 * Groups under `min` are merged into one row; when that row stays under `min`, the smallest groups shown join it
 * until it reaches `min` (complementary suppression: the total minus the groups shown then never isolates a group
 * of fewer than `min`, nor a single group). With fewer than `min` respondents in all nothing is shown per group.
 * Empty groups are neither shown nor merged (they have nothing to show). Ties: the group given first joins first.
 */
export function suppress(groups: readonly Group[], min: number): Suppression {
  const present = groups.filter((g) => g.size > 0);
  const total = present.reduce((n, g) => n + g.size, 0);
  if (total < min) return { shown: [], merged: [], hidden: present.map((g) => g.id), mergedSize: 0, inferable: total > 0 };
  const merged = new Set(present.filter((g) => g.size < min).map((g) => g.id));
  let mergedSize = present.reduce((n, g) => n + (merged.has(g.id) ? g.size : 0), 0);
  if (merged.size) {
    const bySize = present.filter((g) => !merged.has(g.id)).sort((a, b) => a.size - b.size);
    for (const g of bySize) {
      if (mergedSize >= min && merged.size >= 2) break;
      merged.add(g.id);
      mergedSize += g.size;
    }
  }
  return {
    shown: present.filter((g) => !merged.has(g.id)).map((g) => g.id),
    merged: present.filter((g) => merged.has(g.id)).map((g) => g.id),
    hidden: [],
    mergedSize,
    inferable: false,
  };
}
