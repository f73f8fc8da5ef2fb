// Types of generate.mjs, for the tests that use its answer files.
export interface BenchQuestionnaire {
  id: string;
  questions: string[];
  sectors: string[];
}
export function readQuestionnaire(root: string): BenchQuestionnaire;
export function answerYaml(q: BenchQuestionnaire, i: number, territory?: string): string;
export function answerJson(q: BenchQuestionnaire, i: number): string;
export function generate(
  root: string,
  dir: string,
  sizes: number[],
  jsonSizes?: number[],
): Record<number, { files: string; multi: string; first: string; json?: string }>;
export function generateNational(root: string, dir: string, n: number, territories: number): string;
