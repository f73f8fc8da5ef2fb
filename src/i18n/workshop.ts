// Texts of the facilitator's kit (`workshop`): the agenda, what the facilitator says and asks, the placemats, per language.

interface Step {
  title: string;
  /** What the facilitator says, in their own voice. */
  says: string;
  /** What they ask the room. */
  asks: string[];
}

const fr = {
  help: {
    description:
      'prépare l’atelier de restitution : déroulé minuté (ce que l’animateur ou l’animatrice dit et demande), un set de table par dimension, les désaccords à explorer, les pistes, un plan d’action vierge',
    duration: 'durée de l’atelier : 2h ou 3h (par défaut : 2h)',
    start: 'heure de début, HH:MM (par exemple 9:30), pour un déroulé en heures de la journée',
    format: (formats: string) => `format : ${formats} (HTML : à imprimer sur A4, un set de table par page)`,
    output: 'écrit le kit dans ce fichier au lieu de la sortie standard',
  },
  docTitle: (territory: string) => `Kit d’atelier — ${territory}`,
  kicker: 'Kit d’animation de l’atelier de restitution',
  subtitle: (responses: number, sectors: number, duration: string) =>
    `${responses} réponse${responses > 1 ? 's' : ''}, ${sectors} secteur${sectors > 1 ? 's' : ''} représenté${sectors > 1 ? 's' : ''} · atelier de ${duration}`,
  duration: { '2h': '2 heures', '3h': '3 heures' },
  contents: {
    title: 'Dans ce kit',
    items: [
      'le déroulé minuté, avec ce que l’animateur ou l’animatrice peut dire et demander à chaque temps ;',
      'un set de table par dimension, à imprimer et poser au centre de chaque petit groupe ;',
      'les désaccords à explorer, avec des questions pour ouvrir la discussion ;',
      'les pistes du rapport, à choisir en groupe ;',
      'un tableau de plan d’action vierge, à remplir en séance.',
    ],
  },
  agenda: {
    title: 'Déroulé',
    intro:
      'Le rapport ne dit pas ce qu’il faut faire : il donne au groupe de quoi en parler. Ce déroulé propose des mots pour chaque temps ; reprenez-les avec les vôtres.',
    time: 'Horaire',
    step: 'Temps',
    says: 'Dire',
    asks: 'Demander',
    material: 'Matériel : les sets de table imprimés (un par dimension), des gommettes (trois par personne), le tableau du plan d’action en grand format.',
    clock: (minutes: number) => `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')}`,
    minutes: (n: number) => `${n} min`,
  },
  steps: {
    welcome: {
      title: 'Accueil et cadre',
      says:
        'Nous sommes là pour lire ensemble les réponses au questionnaire, pas pour noter qui que ce soit. Les scores sont des repères pour discuter, pas un verdict sur le territoire. Chaque parole compte, et nous garderons à l’esprit celles et ceux qui ne sont pas dans la salle.',
      asks: ['En un mot, qu’attendez-vous de cet atelier ?', 'Qui manque autour de la table aujourd’hui, et comment lui faire une place ?'],
    },
    approach: {
      title: 'La démarche en rappel',
      says:
        'L’impact collectif n’est pas une méthode à dérouler, c’est une approche : des repères pour se questionner et agir ensemble. Trois préconditions la rendent possible — un sentiment d’urgence partagé, un noyau d’acteurs engagés, des ressources pour durer — et cinq composantes la font vivre : aspiration partagée, engagement inclusif, stratégie d’action à fort effet de levier, apprentissage stratégique, structure de soutien.',
      asks: ['Laquelle de ces composantes vous parle le plus dans votre travail ?', 'Laquelle vous semble la plus loin de ce que nous vivons ?'],
    },
    gate: {
      title: 'Les préconditions d’abord',
      says:
        'Avant de parler d’organisation, regardons si les conditions de départ sont là. Quand une précondition manque, mieux vaut la construire que planifier : c’est elle qui rend le reste possible.',
      asks: ['Ces scores correspondent-ils à ce que vous vivez ?', 'Qu’est-ce qui nous manque pour que chacun ait envie de rester autour de la table dans trois ans ?'],
    },
    dimensions: {
      title: 'Les sets de table, en petits groupes',
      says:
        'Chaque groupe prend un ou deux sets de table. Regardez d’abord comment les réponses se répartissent, avant le score : une même moyenne peut cacher un accord tiède ou un désaccord franc. Notez vos constats dans le cadre prévu, puis chaque groupe en partage deux avec tout le monde.',
      asks: ['Qu’est-ce qui vous surprend ?', 'Qu’est-ce qui confirme ce que vous pensiez ?', 'Que faudrait-il savoir de plus pour en juger ?'],
    },
    divergences: {
      title: 'Les désaccords à explorer',
      says:
        'Un désaccord n’est pas un problème à trancher : il montre que nous ne voyons pas la même chose, souvent parce que nous ne sommes pas au même endroit. On l’explore sans chercher qui a raison.',
      asks: ['Les questions de la page « Désaccords à explorer », une à une.'],
    },
    priorities: {
      title: 'Choisir les priorités',
      says:
        'Voici les pistes que le rapport place en premier. Ce classement est un point de départ, pas une consigne : c’est au groupe de choisir. Mieux vaut trois actions tenues que dix promises. Chacun dispose de trois gommettes.',
      asks: ['Sur quelles pistes pouvons-nous agir cette année, avec les moyens que nous avons ?', 'Lesquelles dépendent d’une décision prise ailleurs, et qui peut la porter ?'],
    },
    plan: {
      title: 'Le plan d’action',
      says:
        'Pour chaque piste retenue : une action concrète, une personne ou un service qui la porte, une échéance. Une action sans porteur reste une intention. Le tableau sera recopié dans le plan d’action du territoire et relu dans un an, à côté des nouveaux résultats.',
      asks: ['Qui s’en charge ?', 'Pour quand ?', 'Comment saurons-nous que c’est fait ?'],
    },
    close: {
      title: 'Clôture',
      says: 'Merci. Le compte rendu et le plan seront envoyés à toutes et à tous, y compris aux absent·es. Rendez-vous dans un an pour regarder le chemin parcouru.',
      asks: ['En un mot, comment repartez-vous ?'],
    },
  } satisfies Record<string, Step>,
  facts: {
    responses: (n: number, sectors: number) => `${n} réponse${n > 1 ? 's' : ''} de ${sectors} secteur${sectors > 1 ? 's' : ''}.`,
    missing: (list: string) => `Secteurs absents : ${list}.`,
    gateUnmet: (list: string) => `À construire d’abord : ${list}.`,
    gateMet: 'Les trois préconditions sont réunies ou fragiles.',
    divergences: (n: number) =>
      n === 0 ? 'Aucune question ne partage nettement le groupe.' : `${n} question${n > 1 ? 's' : ''} partage${n > 1 ? 'nt' : ''} le groupe.`,
    top: (list: string) => `Pistes placées en premier : ${list}.`,
  },
  placemat: {
    title: 'Sets de table',
    kind: { precondition: 'Précondition', component: 'Composante' },
    score: 'Score',
    outOf: 'sur 100',
    band: 'Niveau',
    target: 'Cible',
    gap: 'Écart',
    notScored: 'pas assez de réponses',
    question: 'Question',
    answers: 'Réponses par niveau',
    mean: 'Moyenne',
    unknown: 'Ne sait pas',
    divergent: 'partage le groupe',
    legend: (scale: string) => `Niveaux : ${scale}. La moyenne est sur 3.`,
    comments: 'Ce que les répondant·es ont écrit (sans nom ni secteur)',
    moreComments: (n: number) => `… et ${n} autre${n > 1 ? 's' : ''} commentaire${n > 1 ? 's' : ''}, dans le rapport.`,
    asks: 'Pour lancer la discussion',
    surprise: 'Qu’est-ce qui vous surprend dans ces réponses ?',
    lowest: (question: string, mean: string) => `La question la plus basse est « ${question} » (moyenne ${mean}) : que faudrait-il pour passer au niveau suivant ?`,
    notes: 'Nos constats',
  },
  divergences: {
    title: 'Désaccords à explorer',
    intro:
      'Sur ces questions, assez de personnes se trouvent de part et d’autre d’un écart de deux niveaux. Lisez la répartition, puis posez les questions sans chercher à départager.',
    none: 'Aucune question ne partage nettement le groupe : les réponses se tiennent à moins de deux niveaux, ou trop peu de personnes se démarquent. Prenez plutôt le temps sur les dimensions les plus basses.',
    single: 'Une seule réponse : il n’y a pas de désaccord à lire. L’atelier gagnera à faire répondre d’autres partenaires.',
    prompts: (low: number, high: number) => [
      `Qu’ont vu celles et ceux qui ont répondu ${low} que celles et ceux qui ont répondu ${high} n’ont pas vu, et inversement ?`,
      'Quel exemple concret vous a fait choisir votre réponse ?',
      'Un mot de la question s’entend-il différemment selon les métiers ou les institutions ?',
      `Que faudrait-il pour qu’en répondant de nouveau dans un an, on soit plus nombreux à dire ${high} ?`,
    ],
  },
  recommendations: {
    title: 'Les pistes',
    intro:
      'Dans l’ordre du rapport : d’abord les préconditions à construire, puis les défis selon l’écart à la cible de leurs dimensions. Le groupe choisit ; notez les rangs retenus pour le plan d’action.',
    practices: 'Pratiques à essayer',
    none: 'Le rapport ne propose pas de piste : aucune dimension n’est sous sa cible, ou rien n’a pu être calculé.',
    seeAlso: (ranks: string) => `Pratiques déjà proposées plus haut (${ranks}).`,
  },
  plan: {
    title: 'Plan d’action',
    intro: (command: string) =>
      `À remplir en séance, une ligne par action. Il sera ensuite recopié dans un fichier de plan (${command}), puis relu l’an prochain à côté des nouveaux résultats.`,
    columns: ['Piste n°', 'Action', 'Dimensions visées', 'Porteur', 'Échéance', 'Comment saurons-nous que c’est fait ?'],
  },
  footer: (version: string) => `Préparé avec impact-collectif ${version}.`,
  disclaimer: 'Les scores sont des repères pour une discussion collective, pas une évaluation.',
};

const en: typeof fr = {
  help: {
    description:
      'prepare the feedback workshop: a timed agenda (what the facilitator says and asks), one placemat per dimension, the disagreements to explore, the recommendations, an empty action plan',
    duration: 'length of the workshop: 2h or 3h (default: 2h)',
    start: 'start time, HH:MM (for example 9:30), for an agenda in clock times',
    format: (formats) => `format: ${formats} (HTML: to print on A4, one placemat a page)`,
    output: 'write the kit to this file instead of standard output',
  },
  docTitle: (territory) => `Workshop kit — ${territory}`,
  kicker: "Facilitator's kit for the feedback workshop",
  subtitle: (responses, sectors, duration) =>
    `${responses} response${responses > 1 ? 's' : ''}, ${sectors} sector${sectors > 1 ? 's' : ''} represented · ${duration} workshop`,
  duration: { '2h': '2-hour', '3h': '3-hour' },
  contents: {
    title: 'In this kit',
    items: [
      'the timed agenda, with what the facilitator can say and ask at each step;',
      'one placemat per dimension, to print and lay in the middle of each small group;',
      'the disagreements to explore, with questions to open the discussion;',
      "the report's recommendations, for the group to choose from;",
      'an empty action-plan table, to fill in during the session.',
    ],
  },
  agenda: {
    title: 'Agenda',
    intro: 'The report does not say what to do: it gives the group something to talk about. This agenda suggests words for each step; say them your own way.',
    time: 'Time',
    step: 'Step',
    says: 'Say',
    asks: 'Ask',
    material: 'Material: the printed placemats (one per dimension), sticky dots (three per person), the action-plan table in a large format.',
    clock: (minutes) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`,
    minutes: (n) => `${n} min`,
  },
  steps: {
    welcome: {
      title: 'Welcome and ground rules',
      says:
        'We are here to read the answers to the questionnaire together, not to grade anyone. The scores are landmarks for a discussion, not a verdict on the territory. Every voice counts, and we will keep in mind those who are not in the room.',
      asks: ['In one word, what do you expect from this workshop?', 'Who is missing around the table today, and how can we make room for them?'],
    },
    approach: {
      title: 'The approach, in brief',
      says:
        'Collective impact is not a method to roll out, it is an approach: landmarks to question ourselves and act together. Three preconditions make it possible — a shared sense of urgency, a core of committed actors, resources to last — and five components bring it to life: a shared aspiration, inclusive engagement, a high-leverage strategy, strategic learning, a support structure for change.',
      asks: ['Which of these components speaks most to your work?', 'Which one seems furthest from what we live?'],
    },
    gate: {
      title: 'Preconditions first',
      says:
        'Before talking about organisation, let us check whether the starting conditions are there. When a precondition is missing, building it is more useful than planning: it is what makes the rest possible.',
      asks: ['Do these scores match what you experience?', 'What do we lack for everyone to still want to be around the table in three years?'],
    },
    dimensions: {
      title: 'The placemats, in small groups',
      says:
        'Each group takes one or two placemats. Look at how the answers are spread before looking at the score: the same mean can hide a lukewarm agreement or a clear disagreement. Write your findings in the box provided, then each group shares two with everyone.',
      asks: ['What surprises you?', 'What confirms what you thought?', 'What else would we need to know to judge?'],
    },
    divergences: {
      title: 'Disagreements to explore',
      says:
        'A disagreement is not a problem to settle: it shows that we do not see the same thing, often because we do not stand in the same place. We explore it without looking for who is right.',
      asks: ['The questions of the "Disagreements to explore" page, one by one.'],
    },
    priorities: {
      title: 'Choosing priorities',
      says:
        'Here are the recommendations the report places first. This ranking is a starting point, not an instruction: the group chooses. Three actions kept are worth more than ten promised. Everyone has three sticky dots.',
      asks: ['Which ones can we act on this year, with the means we have?', 'Which ones depend on a decision taken elsewhere, and who can carry it there?'],
    },
    plan: {
      title: 'The action plan',
      says:
        "For each recommendation chosen: one concrete action, a person or service who carries it, a due date. An action without an owner remains an intention. The table will be copied into the territory's action plan and read again in a year, next to the new results.",
      asks: ['Who takes it on?', 'By when?', 'How will we know it is done?'],
    },
    close: {
      title: 'Closing',
      says: 'Thank you. The minutes and the plan will be sent to everyone, including those who could not come. See you in a year to look at the road travelled.',
      asks: ['In one word, how do you leave?'],
    },
  },
  facts: {
    responses: (n, sectors) => `${n} response${n > 1 ? 's' : ''} from ${sectors} sector${sectors > 1 ? 's' : ''}.`,
    missing: (list) => `Missing sectors: ${list}.`,
    gateUnmet: (list) => `To build first: ${list}.`,
    gateMet: 'The three preconditions are met or fragile.',
    divergences: (n) => (n === 0 ? 'No question clearly divides the group.' : `${n} question${n > 1 ? 's divide' : ' divides'} the group.`),
    top: (list) => `Recommendations placed first: ${list}.`,
  },
  placemat: {
    title: 'Placemats',
    kind: { precondition: 'Precondition', component: 'Component' },
    score: 'Score',
    outOf: 'out of 100',
    band: 'Level',
    target: 'Target',
    gap: 'Gap',
    notScored: 'not enough answers',
    question: 'Question',
    answers: 'Answers per level',
    mean: 'Mean',
    unknown: "Don't know",
    divergent: 'divides the group',
    legend: (scale) => `Levels: ${scale}. The mean is out of 3.`,
    comments: 'What respondents wrote (without name or sector)',
    moreComments: (n) => `… and ${n} more comment${n > 1 ? 's' : ''}, in the report.`,
    asks: 'To open the discussion',
    surprise: 'What surprises you in these answers?',
    lowest: (question, mean) => `The lowest question is "${question}" (mean ${mean}): what would it take to reach the next level?`,
    notes: 'Our findings',
  },
  divergences: {
    title: 'Disagreements to explore',
    intro: 'On these questions, enough people stand on each side of a two-level gap. Read the spread, then ask the questions without trying to settle who is right.',
    none: 'No question clearly divides the group: the answers stay within two levels, or too few people stand apart. Spend the time on the lowest dimensions instead.',
    single: 'A single response: there is no disagreement to read. The workshop would gain from more partners answering.',
    prompts: (low, high) => [
      `What did those who answered ${low} see that those who answered ${high} did not, and the other way round?`,
      'What concrete example made you choose your answer?',
      'Does a word of the question mean something different depending on the job or the institution?',
      `What would it take for more of us to answer ${high} when we answer again in a year?`,
    ],
  },
  recommendations: {
    title: 'Recommendations',
    intro:
      "In the report's order: first the preconditions to build, then the challenges by the gap to target of their dimensions. The group chooses; write down the ranks chosen for the action plan.",
    practices: 'Practices to try',
    none: 'The report makes no recommendation: no dimension is below its target, or nothing could be computed.',
    seeAlso: (ranks) => `Practices already given above (${ranks}).`,
  },
  plan: {
    title: 'Action plan',
    intro: (command) =>
      `To fill in during the session, one line per action. It is then copied into a plan file (${command}), and read again next year next to the new results.`,
    columns: ['Rec. no.', 'Action', 'Dimensions targeted', 'Owner', 'Due', 'How will we know it is done?'],
  },
  footer: (version) => `Prepared with impact-collectif ${version}.`,
  disclaimer: 'The scores are landmarks for a collective discussion, not an evaluation.',
};

export const workshopText = { fr, en };
