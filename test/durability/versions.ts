// The successive versions a durability test writes: valid answer files of very different sizes, each unique.

/** Version `i` of an answer file: a few hundred bytes to about 300 KB (YAML comment lines make the bulk). */
export function version(i: number): string {
  const lines = [0, 3_000, 20, 1_200, 1][i % 5]!;
  return [
    'questionnaire: mini',
    'version: "1.0"',
    `territory: Nanterre, version ${i}`,
    'respondent:',
    '  sector: association',
    'answers:',
    `  urgence.q1: ${i % 4}`,
    '  noyau.q1:',
    '    value: 2',
    `    comment: written as version ${i}`,
    ...Array.from({ length: lines }, (_, k) => `# ${i}.${k} ${'x'.repeat(90)}`),
    '',
  ].join('\n');
}
