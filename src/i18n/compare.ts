// Texts of the `compare` command and of its terminal and Markdown reports, per language.

const fr = {
  help: {
    description: "compare deux évaluations d’un même territoire (par exemple d’une année sur l’autre) : scores, niveaux, préconditions, questions, secteurs",
    before: 'avant : dossier ou fichier de réponses, ou rapport JSON (report --format json), ou - pour l’entrée standard',
    after: 'après : idem',
    beforeOption: 'un fichier ou dossier du côté « avant » (répétable, à la place des deux arguments)',
    afterOption: 'un fichier ou dossier du côté « après » (répétable)',
    questionnaire: 'questionnaire des fichiers de réponses des deux côtés : identifiant intégré ou chemin',
    questionnaireBefore: 'questionnaire des fichiers de réponses « avant » seulement (par exemple une version antérieure)',
    questionnaireAfter: 'questionnaire des fichiers de réponses « après » seulement',
    format: (formats: string) => `format du rapport : ${formats}`,
    output: 'écrit le rapport dans ce fichier (remplacé d’un coup) au lieu de la sortie standard',
  },
  title: (territory: string) => `Évolution — ${territory}`,
  questionnaire: 'Questionnaire',
  version: (v: string) => `version ${v}`,
  versions: (before: string, after: string) => `versions ${before} → ${after}`,
  before: 'Avant',
  after: 'Après',
  side: (responses: number, dates: string, source: 'answers' | 'report') =>
    `${responses} réponse${responses > 1 ? 's' : ''}, ${dates}${source === 'report' ? ' (rapport JSON)' : ''}`,
  territory: (t: string) => `territoire : ${t}`,
  scores: 'Scores par dimension',
  table: { dimension: 'Dimension', before: 'Avant', after: 'Après', change: 'Évolution', band: 'Niveau' },
  groups: { precondition: 'Préconditions', component: 'Composantes' },
  indices: { precondition: 'Indice des préconditions', component: 'Indice des composantes' },
  legend: 'Évolution : score après moins score avant, sur 100 ; « → » marque un changement de niveau.',
  gate: {
    title: 'Préconditions',
    met: (n: string) => `réunies (chacune à ${n} ou plus)`,
    notMet: (list: string) => `à construire d’abord — ${list}`,
    notEnough: 'pas assez de réponses',
  },
  moved: {
    title: "Questions qui ont bougé d’un niveau ou plus",
    none: "Aucune question n’a bougé d’un niveau ou plus en moyenne.",
    means: (before: string, after: string) => `moyenne ${before} → ${after}`,
  },
  toDiscuss: (before: number, after: number) =>
    `Questions qui partagent le groupe (assez de personnes de chaque côté d’un écart de deux niveaux) : ${before} avant, ${after} après.`,
  sectors: {
    title: 'Secteurs',
    sector: 'Secteur',
    joined: 'Arrivés',
    left: 'Partis',
    none: "Les mêmes secteurs ont répondu des deux côtés.",
    responses: (n: number) => `${n} réponse${n > 1 ? 's' : ''}`,
    responsesBefore: (n: number) => `${n} réponse${n > 1 ? 's' : ''} avant`,
    changed: (joined: string[], left: string[]) =>
      `Les secteurs qui ont répondu ne sont pas les mêmes des deux côtés (${[joined.length ? `arrivés : ${joined.join(', ')}` : '', left.length ? `partis : ${left.join(', ')}` : ''].filter(Boolean).join(' ; ')}) : une partie de l’évolution peut venir de qui a répondu, plutôt que du territoire.`,
  },
  scope: {
    versionChanged: (before: string, after: string) => `Le questionnaire a changé de version (${before} → ${after}).`,
    recomputed: (n: number) =>
      `Seules les ${n} questions communes aux deux côtés sont comparées : tous les scores, indices et préconditions sont recalculés sur elles, des deux côtés (même calcul que le rapport), et diffèrent donc des rapports de chaque année.`,
    same: 'Les deux côtés ont les mêmes questions : tout est comparé.',
    leftOut: 'Laissé de côté',
    onlyBefore: 'avant seulement',
    onlyAfter: 'après seulement',
    change: {
      removed: 'retirée, avant seulement',
      added: 'ajoutée, après seulement',
      mergedInto: (ids: string) => `fusionnée ou réécrite dans ${ids}`,
      replaces: (ids: string) => `remplace ${ids}`,
    },
    dimension: 'dimension entière',
  },
};

const en: typeof fr = {
  help: {
    description: 'compare two assessments of one territory (for instance a year apart): scores, levels, preconditions, questions, sectors',
    before: 'before: a directory or file of answers, a JSON report (report --format json), or - for standard input',
    after: 'after: the same',
    beforeOption: 'a file or directory on the "before" side (repeatable, instead of the two arguments)',
    afterOption: 'a file or directory on the "after" side (repeatable)',
    questionnaire: "both sides' answer files' questionnaire: built-in id or path",
    questionnaireBefore: '"before" answer files\' questionnaire only (an earlier version, for instance)',
    questionnaireAfter: '"after" answer files\' questionnaire only',
    format: (formats) => `report format: ${formats}`,
    output: 'write the report to this file (replaced at once) instead of standard output',
  },
  title: (territory) => `Progress — ${territory}`,
  questionnaire: 'Questionnaire',
  version: (v) => `version ${v}`,
  versions: (before, after) => `versions ${before} → ${after}`,
  before: 'Before',
  after: 'After',
  side: (responses, dates, source) => `${responses} response${responses > 1 ? 's' : ''}, ${dates}${source === 'report' ? ' (JSON report)' : ''}`,
  territory: (t) => `territory: ${t}`,
  scores: 'Scores per dimension',
  table: { dimension: 'Dimension', before: 'Before', after: 'After', change: 'Change', band: 'Level' },
  groups: { precondition: 'Preconditions', component: 'Components' },
  indices: { precondition: 'Preconditions index', component: 'Components index' },
  legend: 'Change: score after minus score before, out of 100; "→" marks a change of level.',
  gate: {
    title: 'Preconditions',
    met: (n) => `there (each at ${n} or more)`,
    notMet: (list) => `to build first — ${list}`,
    notEnough: 'not enough answers',
  },
  moved: {
    title: 'Questions that moved by one level or more',
    none: 'No question moved by one level or more on average.',
    means: (before, after) => `mean ${before} → ${after}`,
  },
  toDiscuss: (before, after) => `Questions that divide the group (enough people on each side of a two-level gap): ${before} before, ${after} after.`,
  sectors: {
    title: 'Sectors',
    sector: 'Sector',
    joined: 'Joined',
    left: 'Left',
    none: 'The same sectors responded on both sides.',
    responses: (n) => `${n} response${n > 1 ? 's' : ''}`,
    responsesBefore: (n) => `${n} response${n > 1 ? 's' : ''} before`,
    changed: (joined, left) =>
      `The sectors that responded are not the same on both sides (${[joined.length ? `joined: ${joined.join(', ')}` : '', left.length ? `left: ${left.join(', ')}` : ''].filter(Boolean).join('; ')}): part of the change may come from who responded rather than from the territory.`,
  },
  scope: {
    versionChanged: (before, after) => `The questionnaire changed version (${before} → ${after}).`,
    recomputed: (n) =>
      `Only the ${n} questions both sides share are compared: every score, index and precondition is recomputed on them, on both sides (with the report's formula), so they differ from each year's own report.`,
    same: 'Both sides have the same questions: everything is compared.',
    leftOut: 'Left out',
    onlyBefore: 'before only',
    onlyAfter: 'after only',
    change: {
      removed: 'removed, before only',
      added: 'added, after only',
      mergedInto: (ids) => `merged or rewritten into ${ids}`,
      replaces: (ids) => `replaces ${ids}`,
    },
    dimension: 'whole dimension',
  },
};

export const compareText = { fr, en };
