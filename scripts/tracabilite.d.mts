// Types of scripts/tracabilite.mjs, for the test that keeps docs/tracabilite.md in sync.
export interface SeedElement {
  id: string;
  kind: string;
  section: string;
  text: string;
}
interface Seeded {
  id: string;
  seed?: string[];
}
export interface RawQuestionnaire {
  version: string;
  dimensions: { id: string; questions: Seeded[]; practices?: (Seeded & { serves: string[] })[] }[];
  challenges: Seeded[];
}
export interface Sources {
  elements: SeedElement[];
  complete: RawQuestionnaire;
  express: RawQuestionnaire;
}
export function sources(): Sources;
export function uses(q: RawQuestionnaire): { questions: Map<string, string[]>; practices: Map<string, string[]> };
export function render(s: Sources): string;
