// The choices of the survey commands' options, apart from the code that uses them (the CLI lists them at start-up).

/** The tools `survey export --to` writes for. */
export const TARGETS = ['limesurvey', 'xlsform', 'csv'] as const;
export type Target = (typeof TARGETS)[number];

/** The encodings `survey import --encoding` reads a CSV file in (detected otherwise). */
export const ENCODINGS = ['utf-8', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** How survey exports are read: their questionnaire, mapping, encoding, sheet (survey/read.ts). */
export interface SurveyOptions {
  /** The questionnaire (-q): a built-in id or a path; otherwise the mapping's, otherwise the best fit. */
  questionnaire?: string;
  /** The mapping file (--map). */
  map?: string;
  encoding?: Encoding;
  sheet?: string;
  stdin?: () => NodeJS.ReadableStream;
}
