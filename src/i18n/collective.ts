// Texts of the collective reading (questions to discuss, sectors, comments) in the terminal and Markdown reports.

const fr = {
  help: {
    bySector: 'affiche dans le terminal le score de chaque dimension par secteur (toujours dans les rapports Markdown et JSON)',
    comments: 'affiche dans le terminal les commentaires des répondant·es (toujours dans les rapports Markdown et JSON)',
    withNames: 'fait apparaître le nom des répondant·es à côté de leurs commentaires (jamais sans cette option)',
    minGroupSize: (n: number) =>
      `les secteurs de moins de N répondant·es ne sont montrés que regroupés (scores, commentaires) ; au moins 2 sauf avec --with-names (défaut : ${n})`,
  },
  single: 'Une seule réponse : la lecture collective (questions qui partagent le groupe, écarts entre secteurs) demande plusieurs répondant·es.',
  divergences: {
    title: 'Questions à discuter',
    intro: (n: number, total: number) =>
      `${n} question${n > 1 ? 's' : ''} sur ${total} partage${n > 1 ? 'nt' : ''} le groupe : de chaque côté d’un écart de deux niveaux (0 contre 2–3, ou 0–1 contre 3) se trouvent au moins 15 % des réponses chiffrées, et au moins deux personnes (une dans un groupe de 2 ou 3). Ouvrez la discussion par le haut de la liste (la plus dispersée d’abord).`,
    none: "Aucune question ne partage le groupe : nulle part un écart de deux niveaux ne sépare assez de personnes de chaque côté (15 % des réponses chiffrées et au moins deux ; une seule dans un groupe de 2 ou 3).",
    split: (below: number, low: string, above: number, high: string) => `${below} à ${low}, ${above} à ${high}`,
    dispersion: (d: string) => `dispersion ${d}/100`,
    levels: 'Réponses par niveau',
    more: (n: number) => `… et ${n} autre${n > 1 ? 's' : ''} question${n > 1 ? 's' : ''} à discuter, dans les rapports Markdown et JSON (--format markdown).`,
    question: 'Question',
    range: 'Partage',
    sdShort: 'Dispersion',
    note: "Dispersion : indice de dispersion ordinale de Leik, de 0 (tout le monde au même niveau) à 100 (la moitié à 0, l’autre moitié à 3) ; les « je ne sais pas » ne comptent pas.",
  },
  sectors: {
    title: 'Secteurs',
    sector: 'Secteur',
    responses: 'Réponses',
    incomplete: (items: string[]) =>
      `${items.length === 1 ? 'Une réponse est remplie' : `${items.length} réponses sont remplies`} à moins de la moitié : ${items.join(' ; ')}. Les questions sans réponse n’y comptent pas : les scores reposent sur moins d’avis qu’il n’y paraît.`,
    incompleteItem: (who: string, answered: number, asked: number) => `${who ? `${who}, ` : ''}${answered} question${answered > 1 ? 's' : ''} sur ${asked}`,
    missing: (list: string, residents: boolean) =>
      `Secteurs absents : ${list}.${residents ? ' Sans les personnes concernées, une évaluation dit peu de chose : c’est d’abord une question d’engagement inclusif.' : ''}`,
    brings: (label: string, brings: string) => `${label} (apport : ${brings})`,
    allThere: "Tous les secteurs de la liste du questionnaire ont répondu.",
    catchAll: '« Autre » n’est jamais compté comme absent.',
  },
  bySector: {
    title: 'Scores par secteur',
    intro: 'Chaque dimension notée à partir des seules réponses de chaque secteur (même calcul que le score d’ensemble).',
    dimension: 'Dimension',
    spread: 'Amplitude',
    spreadNote: 'Amplitude : différence entre le score le plus haut et le plus bas des secteurs.',
    columns: 'Colonnes',
    hint: 'Scores de chaque dimension par secteur : --by-sector.',
  },
  comments: {
    title: 'Commentaires',
    count: (n: number) => `${n} commentaire${n > 1 ? 's' : ''} des répondant·es : --comments pour les lire ici (ils sont aussi dans les rapports Markdown et JSON).`,
    unknown: 'ne sait pas',
    anonymous: 'Les noms des répondant·es n’apparaissent pas.',
  },
  privacy: {
    merged: 'autres secteurs (regroupés)',
    mergedShort: 'autres',
    mergedNote: (sectors: string[], n: number) =>
      `Pour que personne ne soit identifiable, les secteurs de moins de ${n} répondant·es ne sont montrés qu’ensemble, sous « autres secteurs (regroupés) », avec au besoin le plus petit des autres pour que ce groupe atteigne ${n} (--min-group-size) : ${sectors.join(' ; ')}.`,
    inferable: (n: number) =>
      `Moins de ${n} répondant·es en tout : les réponses de chacun·e peuvent se déduire des chiffres d’ensemble, et aucun score ni commentaire n’est rattaché à un secteur (--min-group-size).`,
  },
};

const en: typeof fr = {
  help: {
    bySector: "show each dimension's score per sector in the terminal (always in the Markdown and JSON reports)",
    comments: "show the respondents' comments in the terminal (always in the Markdown and JSON reports)",
    withNames: "show respondents' names next to their comments (never without this option)",
    minGroupSize: (n) => `sectors of fewer than N respondents are shown only merged (scores, comments); at least 2 unless --with-names (default: ${n})`,
  },
  single: 'A single response: a collective reading (questions that divide the group, gaps between sectors) needs several respondents.',
  divergences: {
    title: 'Questions to discuss',
    intro: (n, total) =>
      `${n} question${n > 1 ? 's' : ''} out of ${total} divide${n > 1 ? '' : 's'} the group: on each side of a two-level gap (0 against 2–3, or 0–1 against 3) stand at least 15 % of the numeric answers, and at least two people (one in a group of 2 or 3). Open the discussion from the top of the list (most dispersed first).`,
    none: 'No question divides the group: nowhere does a two-level gap separate enough people on each side (15 % of the numeric answers and at least two; one in a group of 2 or 3).',
    split: (below, low, above, high) => `${below} at ${low}, ${above} at ${high}`,
    dispersion: (d) => `dispersion ${d}/100`,
    levels: 'Answers per level',
    more: (n) => `… and ${n} more question${n > 1 ? 's' : ''} to discuss, in the Markdown and JSON reports (--format markdown).`,
    question: 'Question',
    range: 'Split',
    sdShort: 'Dispersion',
    note: 'Dispersion: Leik\'s ordinal dispersion, from 0 (everyone at the same level) to 100 (half at 0, the other half at 3); "don\'t know" answers do not count.',
  },
  sectors: {
    title: 'Sectors',
    sector: 'Sector',
    responses: 'Responses',
    incomplete: (items) =>
      `${items.length === 1 ? 'One response is' : `${items.length} responses are`} less than half complete: ${items.join('; ')}. Unanswered questions do not count: the scores rest on fewer views than it seems.`,
    incompleteItem: (who, answered, asked) => `${who ? `${who}, ` : ''}${answered} of ${asked} questions`,
    missing: (list, residents) =>
      `Missing sectors: ${list}.${residents ? ' Without the people concerned, an assessment says little: this is first a matter of inclusive engagement.' : ''}`,
    brings: (label, brings) => `${label} (what it brings: ${brings})`,
    allThere: "Every sector of the questionnaire's list has responded.",
    catchAll: '"Other" never counts as missing.',
  },
  bySector: {
    title: 'Scores per sector',
    intro: "Each dimension scored from each sector's responses alone (same formula as the overall score).",
    dimension: 'Dimension',
    spread: 'Spread',
    spreadNote: "Spread: difference between the sectors' highest and lowest scores.",
    columns: 'Columns',
    hint: "Each dimension's score per sector: --by-sector.",
  },
  comments: {
    title: 'Comments',
    count: (n) => `${n} comment${n > 1 ? 's' : ''} from respondents: --comments to read them here (they are also in the Markdown and JSON reports).`,
    unknown: "don't know",
    anonymous: "Respondents' names are not shown.",
  },
  privacy: {
    merged: 'other sectors (merged)',
    mergedShort: 'others',
    mergedNote: (sectors, n) =>
      `So that no one can be identified, sectors of fewer than ${n} respondents are shown only together, as "other sectors (merged)", with the smallest other sector when needed for that row to reach ${n} (--min-group-size): ${sectors.join('; ')}.`,
    inferable: (n) =>
      `Fewer than ${n} respondents in all: each person's answers may be inferred from the overall figures, and no score or comment is linked to a sector (--min-group-size).`,
  },
};

export const collectiveText = { fr, en };
