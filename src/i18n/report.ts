// Texts of the `report` command and of the terminal and Markdown reports, per language.

const fr = {
  help: {
    description: "rapport d’écarts à partir de fichiers de réponses : scores par dimension, préconditions, pistes prioritaires",
    paths: 'fichiers de réponses, dossiers (tous leurs *.yaml / *.yml / *.json) ou - pour l’entrée standard',
    questionnaire: 'questionnaire des réponses : identifiant intégré ou chemin (par défaut : celui que nomment les réponses)',
    format: (choices: string) => `format du rapport : ${choices} (par défaut : terminal)`,
    output: 'écrit le rapport dans ce fichier (remplacé d’un coup) au lieu de la sortie standard',
    target: 'cible (0–100) de toutes les dimensions, à la place de celles du questionnaire',
    top: (n: number) => `nombre de défis proposés (par défaut : ${n}) ; les préconditions à construire et les dimensions restées sans pratique s’y ajoutent`,
    gateThreshold: (n: number) => `seuil (0–100) sous lequel une précondition est à construire d’abord (par défaut : ${n})`,
    explain: 'explique sous chaque piste pourquoi elle est là : règle, dimensions, questions qui ont fait choisir chaque pratique',
    failUnder: 'code de sortie 1 si l’indice des composantes est sous N (le rapport est tout de même produit)',
    minDimension: 'code de sortie 1 si une dimension notée est sous N (le rapport est tout de même produit)',
    maxWarnings: 'code de sortie 1 si plus de N seuils de niveau warn ne sont pas atteints (comme eslint)',
    config: 'fichier de configuration (par défaut : impact-collectif.config.yaml ou .json, cherché dans le dossier courant puis au-dessus)',
    noConfig: 'n’utilise aucun fichier de configuration',
    groupBy: 'territory : une ligne par territoire (scores, indices, seuil), médiane et quartiles entre territoires',
    outputDir: 'avec --group-by : un rapport par territoire et une page d’index dans ce dossier (écrit en entier ou pas du tout)',
    territoryMap: 'table YAML « nom écrit: territoire » pour réunir les noms d’un même territoire',
  },
  thresholds: {
    failUnder: (index: string, n: string) => `indice des composantes ${index}, sous le seuil --fail-under ${n}`,
    failUnderNull: (n: string) => `indice des composantes non calculé (pas assez de réponses chiffrées) : seuil --fail-under ${n} non atteint`,
    minDimension: (list: string, n: string) => `sous le seuil --min-dimension ${n} : ${list}`,
  },
  title: (territory: string) => `Rapport d’écarts — ${territory}`,
  questionnaire: 'Questionnaire',
  version: (v: string) => `version ${v}`,
  responses: 'Réponses',
  sectors: 'Secteurs représentés',
  dates: 'Dates',
  period: { none: 'sans date', one: (d: string) => `le ${d}`, range: (from: string, to: string) => `du ${from} au ${to}` },
  verdict:
    'Un score n’est pas un verdict : c’est une base pour en discuter ensemble, à confronter à ce que chacun·e voit sur le terrain.',
  gate: {
    headline: {
      unmet: 'Des préconditions ne sont pas encore réunies.',
      unknown: 'Des préconditions restent à vérifier.',
      fragile: 'Les préconditions sont réunies, mais certaines restent fragiles.',
      met: 'Les préconditions sont réunies : la démarche peut se structurer autour des composantes.',
    },
    status: {
      met: 'réunie',
      fragile: 'fragile, à consolider',
      unmet: 'à construire d’abord',
      unknown: 'à vérifier : avec qui peut-on la situer ?',
    },
    advice:
      'La démarche d’impact collectif invite à travailler ces préconditions en priorité, en parallèle des composantes : les premières pistes les concernent.',
    fewResponses: (n: number) =>
      `Lecture ${n === 1 ? 'd’une seule réponse' : `de ${n} réponses`} : à confronter avec les autres partenaires avant toute conclusion.`,
    bands: (threshold: string, fragile: string) =>
      `Une précondition est réunie à partir de ${fragile}, fragile de ${threshold} à ${fragile}, à construire sous ${threshold} ; à vérifier quand personne n’a pu la situer ou qu’il y a plus de « je ne sais pas » que de réponses chiffrées.`,
  },
  table: { dimension: 'Dimension', score: 'Score', band: 'Niveau', target: 'Cible', gap: 'Écart', coverage: 'Réponses', bar: 'Barre' },
  groups: { precondition: 'Préconditions', component: 'Composantes' },
  indices: { precondition: 'Indice des préconditions', component: 'Indice des composantes' },
  outOf100: 'sur 100',
  notEnough: 'pas assez de réponses',
  legend: {
    bar: 'Barre : une case pour 5 points ; │ marque la cible.',
    coverage: 'Réponses attendues : une par question et par répondant·e.',
  },
  coverage: {
    answered: (n: number, of: number) => `${n} réponse${n > 1 ? 's' : ''} chiffrée${n > 1 ? 's' : ''} sur ${of}`,
    unknown: (n: number) => `${n} « je ne sais pas »`,
    unanswered: (n: number) => `${n} sans réponse`,
    sep: ' ; ',
  },
  manyUnknown: (dims: string) =>
    `Plus de « je ne sais pas » que de réponses chiffrées pour : ${dims}. Ce point n’est pas encore visible de la plupart des répondant·es : c’est un constat en soi, à vérifier avec celles et ceux qui le portent.`,
  recommendations: 'Pistes prioritaires',
  rankNote:
    'Ordre : les préconditions à construire d’abord ; puis les défis, du plus grand écart à la cible parmi leurs dimensions au plus petit ; puis les dimensions sous leur cible qui n’ont pas encore de pratique. Chaque pratique n’apparaît qu’une fois ; celles des questions les plus basses passent en premier.',
  heading: {
    'unmet-precondition': (dim: string) => `À construire d’abord : ${dim}`,
    'uncovered-dimension': (dim: string) => `À travailler aussi : ${dim}`,
  },
  reason: {
    'unmet-precondition': (dim: string, score: string, target: string) => `${dim} : ${score}/100, seuil ${target}`,
    'largest-gap': (dim: string, score: string, target: string) => `${dim} : ${score}/100, cible ${target}`,
    'uncovered-dimension': (dim: string, score: string, target: string) => `${dim} : ${score}/100, cible ${target}`,
  },
  practices: 'À essayer',
  noPractice: 'Les pratiques qui servent ce défi sont déjà proposées plus haut.',
  seeAlso: (ranks: number[]) =>
    ranks.length > 1
      ? `Voir aussi les pistes ${ranks.slice(0, -1).join(', ')} et ${ranks[ranks.length - 1]}, dont des pratiques servent aussi ce défi.`
      : `Voir aussi la piste ${ranks[0]}, dont des pratiques servent aussi ce défi.`,
  explain: {
    why: 'Pourquoi ici',
    rule: {
      'unmet-precondition': (threshold: string) =>
        `précondition sous le seuil de ${threshold} : elle passe avant les défis, avec ses propres pratiques.`,
      'largest-gap': (dim: string, gap: string) =>
        `défi classé par le plus grand écart à la cible parmi ses dimensions (${dim}, écart ${gap}), puis par leur écart moyen ; pratiques choisies parmi celles qui servent ce défi.`,
      'uncovered-dimension': () => 'dimension sous sa cible qu’aucune pratique proposée plus haut ne travaillait encore.',
    },
    dimensions: 'Dimensions',
    scoreGap: (score: string, gap: string) => `${score} (écart ${gap})`,
    basis: (question: string, mean: string) => `choisie pour « ${question} » (moyenne ${mean} sur 3)`,
    basisDimension: (dim: string, score: string) => `choisie pour ${dim} (${score}/100)`,
    basisReadiness: (dim: string) => `conseil pour réunir la précondition « ${dim} », proposé tant qu’elle est à construire`,
  },
  prompts: {
    title: 'Pour en discuter',
    lowest: (dims: string, n: number, score: string) =>
      n > 1
        ? `Les dimensions les plus basses sont ${dims} (${score}/100) : qu’est-ce qui l’explique, et que faudrait-il pour qu’elles progressent d’ici un an ?`
        : `La dimension la plus basse est ${dims} (${score}/100) : qu’est-ce qui l’explique, et que faudrait-il pour qu’elle progresse d’ici un an ?`,
    divergence: (question: string, split: string) => `« ${question} » partage le groupe (${split}) : qu’ont vu les uns que les autres n’ont pas vu ?`,
    missing: (sectors: string, n: number) =>
      `Personne ${n > 1 ? 'des secteurs' : 'du secteur'} ${sectors} n’a répondu : que diraient ces acteur·rices, et qui peut aller à leur rencontre ?`,
    unknown: (dim: string) => `Personne n’a vraiment pu situer la précondition ${dim} : avec qui la vérifier ?`,
    single: 'Une seule personne a répondu : qui d’autre devrait répondre pour que ce diagnostic devienne celui du collectif ?',
    strongest: (dim: string, score: string) =>
      `Le point d’appui est ${dim} (${score}/100) : sur quoi repose-t-il, et peut-il aider les dimensions plus basses ?`,
  },
  noGap: 'Aucune dimension notée n’est sous sa cible : pas de piste prioritaire. Pensez à relever les cibles (--target) pour continuer à progresser.',
  noScore: 'Pas assez de réponses chiffrées pour calculer un score : aucune piste ne peut être proposée. Complétez les réponses « je ne sais pas » ou sans réponse.',
  noChallenge: 'Aucun défi du questionnaire ne concerne les dimensions sous leur cible.',
};

const en: typeof fr = {
  help: {
    description: 'gap report from answer files: scores per dimension, preconditions, priority practices',
    paths: 'answer files, directories (every *.yaml / *.yml / *.json inside) or - for standard input',
    questionnaire: "the responses' questionnaire: built-in id or path (default: the one the responses name)",
    format: (choices) => `report format: ${choices} (default: terminal)`,
    output: 'write the report to this file (replaced at once) instead of standard output',
    target: 'target (0–100) for every dimension, instead of the questionnaire’s',
    top: (n) => `how many challenges to recommend (default: ${n}); preconditions to build and dimensions left without a practice come on top`,
    gateThreshold: (n) => `score (0–100) below which a precondition is to be built first (default: ${n})`,
    explain: 'explain under each recommendation why it is there: the rule, the dimensions, the questions that chose each practice',
    failUnder: 'exit code 1 when the components index is below N (the report is still produced)',
    minDimension: 'exit code 1 when a scored dimension is below N (the report is still produced)',
    maxWarnings: 'exit code 1 when more than N warn-level thresholds are not met (as eslint)',
    config: 'configuration file (by default: impact-collectif.config.yaml or .json, looked for in the current folder, then above it)',
    noConfig: 'use no configuration file',
    groupBy: 'territory: one row per territory (scores, indices, gate), median and quartiles across territories',
    outputDir: 'with --group-by: one report per territory and an index page in this folder (written whole or not at all)',
    territoryMap: 'YAML map "name as written: territory" to merge the names of one territory',
  },
  thresholds: {
    failUnder: (index, n) => `components index ${index} is below --fail-under ${n}`,
    failUnderNull: (n) => `components index not computed (not enough numeric answers): --fail-under ${n} not met`,
    minDimension: (list, n) => `below --min-dimension ${n}: ${list}`,
  },
  title: (territory) => `Gap report — ${territory}`,
  questionnaire: 'Questionnaire',
  version: (v) => `version ${v}`,
  responses: 'Responses',
  sectors: 'Sectors represented',
  dates: 'Dates',
  period: { none: 'no date', one: (d) => `on ${d}`, range: (from, to) => `from ${from} to ${to}` },
  verdict: 'A score is not a verdict: it is a basis for discussing together, to be set against what each of you sees on the ground.',
  gate: {
    headline: {
      unmet: 'Some preconditions are not yet met.',
      unknown: 'Some preconditions remain to be checked.',
      fragile: 'The preconditions are met, but some are still fragile.',
      met: 'The preconditions are met: the work can be structured around the components.',
    },
    status: {
      met: 'met',
      fragile: 'fragile, to consolidate',
      unmet: 'to build first',
      unknown: 'to check: with whom can it be assessed?',
    },
    advice:
      'The collective impact approach invites you to work on these preconditions first, alongside the components: the first recommendations concern them.',
    fewResponses: (n) => `A reading of ${n === 1 ? 'a single response' : `${n} responses`}: to be set against the other partners' views before drawing any conclusion.`,
    bands: (threshold, fragile) =>
      `A precondition is met from ${fragile}, fragile from ${threshold} to ${fragile}, to build below ${threshold}; to check when nobody could assess it or there are more "don't know" than numeric answers.`,
  },
  table: { dimension: 'Dimension', score: 'Score', band: 'Level', target: 'Target', gap: 'Gap', coverage: 'Answers', bar: 'Bar' },
  groups: { precondition: 'Preconditions', component: 'Components' },
  indices: { precondition: 'Preconditions index', component: 'Components index' },
  outOf100: 'out of 100',
  notEnough: 'not enough answers',
  legend: {
    bar: 'Bar: one cell per 5 points; │ marks the target.',
    coverage: 'Expected answers: one per question and respondent.',
  },
  coverage: {
    answered: (n, of) => `${n} rated answer${n === 1 ? '' : 's'} out of ${of}`,
    unknown: (n) => `${n} "don't know"`,
    unanswered: (n) => `${n} unanswered`,
    sep: '; ',
  },
  manyUnknown: (dims) =>
    `More "don't know" than numeric answers for: ${dims}. This is not yet visible to most respondents: a finding in itself, to check with those who carry it.`,
  recommendations: 'Priority recommendations',
  rankNote:
    'Order: preconditions to build first; then the challenges, from the largest gap to target among their dimensions to the smallest; then the dimensions below target that have no practice yet. Each practice appears once; those of the lowest questions come first.',
  heading: {
    'unmet-precondition': (dim) => `Build first: ${dim}`,
    'uncovered-dimension': (dim) => `Also work on: ${dim}`,
  },
  reason: {
    'unmet-precondition': (dim, score, target) => `${dim}: ${score}/100, threshold ${target}`,
    'largest-gap': (dim, score, target) => `${dim}: ${score}/100, target ${target}`,
    'uncovered-dimension': (dim, score, target) => `${dim}: ${score}/100, target ${target}`,
  },
  practices: 'To try',
  noPractice: 'The practices that serve this challenge are already suggested above.',
  seeAlso: (ranks) =>
    ranks.length > 1
      ? `See also recommendations ${ranks.slice(0, -1).join(', ')} and ${ranks[ranks.length - 1]}: some of their practices serve this challenge too.`
      : `See also recommendation ${ranks[0]}: some of its practices serve this challenge too.`,
  explain: {
    why: 'Why here',
    rule: {
      'unmet-precondition': (threshold) => `a precondition below the threshold of ${threshold}: it comes before the challenges, with its own practices.`,
      'largest-gap': (dim, gap) =>
        `a challenge ranked by the largest gap to target among its dimensions (${dim}, gap ${gap}), then by their mean gap; practices chosen among those that serve it.`,
      'uncovered-dimension': () => 'a dimension below its target that no practice suggested above worked on yet.',
    },
    dimensions: 'Dimensions',
    scoreGap: (score, gap) => `${score} (gap ${gap})`,
    basis: (question, mean) => `chosen for "${question}" (mean ${mean} out of 3)`,
    basisDimension: (dim, score) => `chosen for ${dim} (${score}/100)`,
    basisReadiness: (dim) => `advice for meeting the precondition "${dim}", offered while it is to build`,
  },
  prompts: {
    title: 'To discuss',
    lowest: (dims, n, score) =>
      n > 1
        ? `The lowest dimensions are ${dims} (${score}/100): what explains it, and what would it take for them to progress within a year?`
        : `The lowest dimension is ${dims} (${score}/100): what explains it, and what would it take for it to progress within a year?`,
    divergence: (question, split) => `"${question}" divides the group (${split}): what did some see that the others did not?`,
    missing: (sectors, n) => `Nobody from the ${n > 1 ? 'sectors' : 'sector'} ${sectors} answered: what would they say, and who can go and meet them?`,
    unknown: (dim) => `Nobody could really assess the precondition ${dim}: with whom can it be checked?`,
    single: 'A single person answered: who else should answer so that this diagnosis becomes the group’s?',
    strongest: (dim, score) => `The strong point is ${dim} (${score}/100): what does it rest on, and can it help the lower dimensions?`,
  },
  noGap: 'No scored dimension is below its target: no priority recommendation. Consider raising the targets (--target) to keep progressing.',
  noScore: 'Not enough numeric answers to compute any score: no recommendation can be made. Fill in the "don\'t know" and unanswered questions.',
  noChallenge: "None of the questionnaire's challenges concerns the dimensions below their target.",
};

export const reportText = { fr, en };
