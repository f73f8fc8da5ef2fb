// The JSON report's format version, without the schema (zod) so that scoring can stamp it at no start-up cost.

/** 2: recommendations with ranks, reasons and practice ids; preconditions with a status; divergences by a group-size rule. */
export const REPORT_VERSION = 2;
