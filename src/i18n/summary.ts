// Texts of the job summary (report --format summary), per language.

const fr = {
  title: (territory: string) => `Auto-évaluation de la coopération — ${territory}`,
  facts: (responses: number, questionnaire: string) => `${responses} réponse${responses > 1 ? 's' : ''}, questionnaire ${questionnaire}`,
  noThresholds: 'Aucun seuil vérifié (voir thresholds dans impact-collectif.config.yaml, ou --fail-under).',
  scores: 'Scores',
  gate: 'Préconditions',
  challenges: (n: number) => `${n === 1 ? 'Le défi' : `Les ${n} défis`} à prendre en premier`,
  noChallenge: 'Aucune dimension sous sa cible.',
  full: 'Rapport complet',
  compareFull: 'Comparaison complète',
  truncated: (shown: string, total: string) =>
    `Rapport tronqué ici pour tenir dans la limite de 1 Mio d’un résumé de job (${shown} sur ${total} octets) : le rapport entier est dans les artefacts (Markdown, HTML ou JSON).`,
};

const en: typeof fr = {
  title: (territory) => `Cooperation self-assessment — ${territory}`,
  facts: (responses, questionnaire) => `${responses} response${responses === 1 ? '' : 's'}, questionnaire ${questionnaire}`,
  noThresholds: 'No threshold checked (see thresholds in impact-collectif.config.yaml, or --fail-under).',
  scores: 'Scores',
  gate: 'Preconditions',
  challenges: (n) => (n === 1 ? 'The challenge to take up first' : `The ${n} challenges to take up first`),
  noChallenge: 'No dimension is below its target.',
  full: 'Full report',
  compareFull: 'Full comparison',
  truncated: (shown, total) =>
    `Report truncated here to stay within a job summary's 1 MiB limit (${shown} of ${total} bytes): the whole report is in the artifacts (Markdown, HTML or JSON).`,
};

export const summaryText = { fr, en };
