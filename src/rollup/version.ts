// The roll-up's format version, without the schema (zod), so that computing a roll-up does not load zod.
export const ROLLUP_VERSION = 1;
