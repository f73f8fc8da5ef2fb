// Texts of the `trend` command and of its reports (terminal, Markdown, HTML, SVG), per language. The pieces it
// shares with compare (groups, indices, sides, what a version change leaves out) come from compareText.

const plural = (n: number, one: string, many: string) => (n > 1 ? many : one);

const fr = {
  help: {
    description: 'suit un territoire sur plusieurs évaluations (par exemple une par an) : scores par dimension et indices, réponses, qui a répondu',
    sets: 'une série par point : dossier ou fichier de réponses, rapport JSON (report --format json), ou - pour l’entrée standard (une fois) ; au moins deux',
    questionnaire: 'questionnaire des fichiers de réponses de toutes les séries : identifiant intégré ou chemin',
    format: (formats: string) => `format du rapport : ${formats}`,
    output: 'écrit le rapport dans ce fichier (remplacé d’un coup) au lieu de la sortie standard',
  },
  title: (territory: string) => `Tendance — ${territory}`,
  points: 'Points',
  order: {
    dates: 'triés par la date de leur dernière réponse',
    given: 'dans l’ordre donné (une série n’a pas de réponse datée)',
  },
  table: { dimension: 'Dimension', trend: 'Tendance', change: 'Évol.', responses: 'Réponses' },
  changeLong: 'Évolution',
  legend: 'Tendance : un caractère par point, de ▁ (0) à █ (100) ; évolution : dernier point moins premier, sur 100 ; * : plus de « je ne sais pas » que de réponses chiffrées.',
  omitted: (n: number, first: string, last: string) =>
    `Trop de points pour la largeur : ${plural(n, `la colonne ${first} est omise`, `les ${n} colonnes de ${first} à ${last} sont omises`)} ; la tendance montre tous les points, et le rapport Markdown ou JSON toutes les valeurs.`,
  population: {
    between: (from: string, to: string) => `Entre ${from} et ${to}`,
    joined: (labels: string[]) => `arrivés : ${labels.join(', ')}`,
    left: (labels: string[]) => `partis : ${labels.join(', ')}`,
    responses: (from: number, to: number) => `${from} → ${to} réponses`,
    warning: (between: string, parts: string[]) =>
      `${between}, qui a répondu a changé (${parts.join(' ; ')}) : une évolution des scores peut refléter qui a répondu plutôt que le territoire.`,
  },
  scope: {
    versions: (list: string) => `Le questionnaire a changé de version (${list}).`,
    recomputed: (n: number) =>
      `Seules les ${n} questions communes à tous les points sont suivies : scores et indices sont recalculés sur elles à chaque point (même calcul que le rapport), et diffèrent donc des rapports de chaque année.`,
    change: (from: string, to: string) => `De ${from} à ${to}`,
    notFollowed: (titles: string[]) => `Sans question commune à tous les points, ${titles.length > 1 ? 'ces dimensions ne sont pas suivies' : 'cette dimension n’est pas suivie'} : ${titles.join(', ')}.`,
  },
  html: {
    docTitle: (territory: string) => `Tendance de la coopération — ${territory}`,
    kicker: 'Tendance de la coopération territoriale',
    chartTitle: 'Évolution des scores, point par point',
    chartDesc: 'Score sur 100 de chaque indice et de chaque dimension à chaque point.',
    scores: 'Scores à chaque point',
    point: (title: string, label: string, score: string) => `${title} — ${label} : ${score}`,
    notAssessed: 'non évalué',
    series: (title: string, values: string) => `${title} : ${values}`,
    caption: 'Scores sur 100 à chaque point ; évolution : dernier point moins premier.',
    populationChanged: 'Qui a répondu a changé entre ces deux points',
  },
};

const en: typeof fr = {
  help: {
    description: 'follows a territory over several assessments (one a year, for instance): scores per dimension and indices, responses, who answered',
    sets: 'one set per point: a directory or file of answers, a JSON report (report --format json), or - for standard input (once); two or more',
    questionnaire: "every set's answer files' questionnaire: built-in id or path",
    format: (formats) => `report format: ${formats}`,
    output: 'write the report to this file (replaced at once) instead of standard output',
  },
  title: (territory) => `Trend — ${territory}`,
  points: 'Points',
  order: {
    dates: 'sorted by the date of their last response',
    given: 'in the order given (a set has no dated response)',
  },
  table: { dimension: 'Dimension', trend: 'Trend', change: 'Change', responses: 'Responses' },
  changeLong: 'Change',
  legend: 'Trend: one character per point, from ▁ (0) to █ (100); change: last point minus first, out of 100; *: more "don\'t know" than rated answers.',
  omitted: (n, first, last) =>
    `Too many points for the width: ${plural(n, `the column of ${first} is`, `the ${n} columns from ${first} to ${last} are`)} left out; the trend shows every point, and the Markdown or JSON report every value.`,
  population: {
    between: (from, to) => `Between ${from} and ${to}`,
    joined: (labels) => `joined: ${labels.join(', ')}`,
    left: (labels) => `left: ${labels.join(', ')}`,
    responses: (from, to) => `${from} → ${to} responses`,
    warning: (between, parts) => `${between}, who answered changed (${parts.join('; ')}): a change in score may reflect who answered rather than the territory.`,
  },
  scope: {
    versions: (list) => `The questionnaire changed version (${list}).`,
    recomputed: (n) =>
      `Only the ${n} questions every point shares are followed: scores and indices are recomputed on them at every point (with the report's formula), so they differ from each year's own report.`,
    change: (from, to) => `From ${from} to ${to}`,
    notFollowed: (titles) => `With no question every point shares, ${titles.length > 1 ? 'these dimensions are' : 'this dimension is'} not followed: ${titles.join(', ')}.`,
  },
  html: {
    docTitle: (territory) => `Trend of cooperation — ${territory}`,
    kicker: 'Trend of territorial cooperation',
    chartTitle: 'Scores, point by point',
    chartDesc: 'Score out of 100 of each index and each dimension at each point.',
    scores: 'Scores at each point',
    point: (title, label, score) => `${title} — ${label}: ${score}`,
    notAssessed: 'not assessed',
    series: (title, values) => `${title}: ${values}`,
    caption: 'Scores out of 100 at each point; change: last point minus first.',
    populationChanged: 'Who answered changed between these two points',
  },
};

export const trendText = { fr, en };
