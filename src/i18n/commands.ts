// Texts of the small commands (list, validate, schema, questionnaire, template), per language.

const fr = {
  list: { id: 'Identifiant', title: 'Titre', questions: 'Questions', languages: 'Langues' },
  validate: {
    ok: (kind: 'questionnaire' | 'answers' | 'plan') => `ok (${kind === 'questionnaire' ? 'questionnaire' : kind === 'plan' ? 'plan d’action' : 'réponses'})`,
  },
  template: {
    header: (title: string, version: string) => `Fichier de réponses — ${title} (version ${version})`,
    howTo: [
      'Pour chaque question, écrivez après les deux-points : 0, 1, 2, 3 (les niveaux décrits au-dessus)',
      'ou unknown (« je ne sais pas », qui ne compte pas comme 0).',
      'Supprimez la ligne d’une question pour la laisser sans réponse.',
      'Un commentaire se note ainsi :  urgence.exemple: { value: 1, comment: "ce qui aiderait…" }',
      'Vérifiez le fichier avec : impact-collectif validate <ce-fichier>',
    ],
    territory: 'nom du territoire (obligatoire)',
    sector: (choices: string) => `secteur du répondant (obligatoire), parmi : ${choices}`,
    name: 'nom du répondant (facultatif ; il n’apparaît dans aucun rapport sans --with-names)',
    date: 'date de la réponse (facultative), AAAA-MM-JJ',
    precondition: 'Précondition',
    component: 'Composante',
    level: 'niveau',
    paper: {
      kicker: 'Questionnaire à remplir',
      territory: 'Territoire',
      sector: 'Secteur',
      sectorHint: 'cochez une case',
      name: 'Nom (facultatif)',
      date: 'Date',
      howTo: 'Comment répondre',
      howToLines: [
        'Pour chaque question, cochez une seule case : la situation qui ressemble le plus à votre territoire aujourd’hui.',
        'Il n’y a pas de bonne réponse : décrivez ce que vous voyez.',
        '« Je ne sais pas » ne compte pas comme 0 : la question reste hors du score.',
        'Une remarque, une idée de ce qui aiderait ? Écrivez-la sur la ligne « Commentaire ».',
      ],
      length: (questions: number, time: string) => `${questions} questions, ${time}.`,
      unknown: 'Je ne sais pas',
      comment: 'Commentaire',
      entry: (command: string) => `Saisie des réponses dans l’outil : ${command}`,
    },
  },
};

const en: typeof fr = {
  list: { id: 'Id', title: 'Title', questions: 'Questions', languages: 'Languages' },
  validate: {
    ok: (kind) => `ok (${kind === 'questionnaire' ? 'questionnaire' : kind === 'plan' ? 'action plan' : 'answers'})`,
  },
  template: {
    header: (title, version) => `Answer file — ${title} (version ${version})`,
    howTo: [
      'For each question, write after the colon: 0, 1, 2, 3 (the levels described above it)',
      'or unknown ("don\'t know", which never counts as 0).',
      "Delete a question's line to leave it unanswered.",
      'A comment is written like this:  urgence.example: { value: 1, comment: "what would help…" }',
      'Check the file with: impact-collectif validate <this-file>',
    ],
    territory: 'name of the territory (required)',
    sector: (choices) => `respondent's sector (required), one of: ${choices}`,
    name: "respondent's name (optional; it appears in no report without --with-names)",
    date: 'date of the response (optional), YYYY-MM-DD',
    precondition: 'Precondition',
    component: 'Component',
    level: 'level',
    paper: {
      kicker: 'Questionnaire to fill in',
      territory: 'Territory',
      sector: 'Sector',
      sectorHint: 'tick one box',
      name: 'Name (optional)',
      date: 'Date',
      howTo: 'How to answer',
      howToLines: [
        'For each question, tick one box only: the situation closest to your territory today.',
        'There is no right answer: describe what you see.',
        '"Don\'t know" does not count as 0: the question stays out of the score.',
        'A remark, an idea of what would help? Write it on the "Comment" line.',
      ],
      length: (questions, time) => `${questions} questions, ${time}.`,
      unknown: "Don't know",
      comment: 'Comment',
      entry: (command) => `Typing the answers into the tool: ${command}`,
    },
  },
};

export const commandText = { fr, en };
