// Texts of `plan` (init, show) and of the plan follow-up that compare --plan adds, per language.
import type { PlanStatus } from '../plan/schema.js';

const fr = {
  help: {
    description: 'le plan d’action décidé en atelier, en fichier : le préparer depuis le rapport, l’afficher',
    init: {
      description: 'écrit un plan d’action pré-rempli avec les pistes du rapport JSON (une action par pratique), à compléter : porteur, échéance, statut',
      pick: 'les rangs des pistes retenues en atelier, séparés par des virgules (par défaut : toutes)',
      output: 'écrit le plan dans ce fichier (jamais par-dessus un plan existant sans --force) au lieu de la sortie standard',
      force: 'remplace le fichier de sortie s’il existe',
    },
    show: {
      description: 'affiche un plan d’action : liste de tâches Markdown (les actions faites cochées), page HTML, ou tableau CSV ou XLSX (une ligne par action)',
      format: (formats: string) => `format : ${formats}`,
      output: 'écrit dans ce fichier au lieu de la sortie standard',
    },
    comparePlan: 'le plan d’action de l’année : à côté de l’évolution de chaque dimension, les actions qui la visaient et leur statut',
    trendPlan: 'le plan d’action : à côté de l’évolution de chaque dimension du premier au dernier point, les actions qui la visaient et leur statut',
  },
  init: {
    header: (territory: string) => [
      `Plan d’action — ${territory}`,
      '',
      'Une action par pratique retenue. Pour chacune, complétez :',
      '  owner : qui la porte (une personne, un service, un partenaire) ;',
      '  due : l’échéance, AAAA-MM-JJ ;',
      '  status : todo (à faire), doing (en cours), done (faite) ou dropped (abandonnée) ;',
      '  notes : ce qui a été décidé, ce qui s’est passé.',
      'Reformulez les titres avec les mots du groupe, supprimez ou ajoutez des actions (identifiants uniques).',
      'dimensions : les dimensions que l’action doit faire progresser ; « compare --plan » les suit d’une année sur l’autre.',
      'Vérifiez le fichier avec : impact-collectif validate <ce-fichier>',
    ],
    recommendation: (rank: number, heading: string) => `${rank}. ${heading}`,
  },
  status: { todo: 'à faire', doing: 'en cours', done: 'faite', dropped: 'abandonnée' } satisfies Record<PlanStatus, string>,
  show: {
    title: (territory: string) => `Plan d’action — ${territory}`,
    questionnaire: 'Questionnaire',
    from: 'Rapport du',
    progress: 'Avancement',
    counts: (c: Record<PlanStatus, number>) =>
      `${c.done} faite${c.done > 1 ? 's' : ''}, ${c.doing} en cours, ${c.todo} à faire, ${c.dropped} abandonnée${c.dropped > 1 ? 's' : ''}`,
    owner: 'porteur',
    due: 'échéance',
    dimensions: 'dimensions',
    challenge: 'défi',
    noOwner: 'porteur à désigner',
    none: 'Aucune action dans ce plan.',
    table: { status: 'Statut', action: 'Action', owner: 'Porteur', due: 'Échéance', dimensions: 'Dimensions', notes: 'Notes' },
    docTitle: (territory: string) => `Plan d’action — ${territory}`,
  },
  followUp: {
    title: 'Le plan d’action et ce qui a bougé',
    intro: (counts: string) => `Plan d’action : ${counts}. Pour chaque dimension, son évolution et les actions qui la visaient.`,
    noAction: 'aucune action ne la visait',
    elsewhere: 'Actions visant d’autres dimensions',
    note: 'Une évolution ne prouve pas l’effet d’une action : c’est une question à se poser ensemble (qu’est-ce qui a aidé, qu’est-ce qui a manqué ?).',
  },
};

const en: typeof fr = {
  help: {
    description: 'the action plan decided in the workshop, as a file: prepare it from the report, show it',
    init: {
      description: "write an action plan pre-filled with the JSON report's recommendations (one action per practice), to complete: owner, due date, status",
      pick: 'the ranks of the recommendations the workshop chose, separated by commas (default: all)',
      output: 'write the plan to this file (never over an existing plan without --force) instead of standard output',
      force: 'replace the output file if it exists',
    },
    show: {
      description: 'show an action plan: a Markdown task list (done actions ticked), an HTML page, or a CSV or XLSX table (a row per action)',
      format: (formats) => `format: ${formats}`,
      output: 'write to this file instead of standard output',
    },
    comparePlan: "the year's action plan: next to each dimension's change, the actions that targeted it and their status",
    trendPlan: "the action plan: next to each dimension's change from the first point to the last, the actions that targeted it and their status",
  },
  init: {
    header: (territory) => [
      `Action plan — ${territory}`,
      '',
      'One action per practice chosen. For each, fill in:',
      '  owner: who carries it (a person, a service, a partner);',
      '  due: the due date, YYYY-MM-DD;',
      '  status: todo, doing, done or dropped;',
      '  notes: what was decided, what happened.',
      "Reword the titles in the group's own words, delete or add actions (unique ids).",
      'dimensions: the dimensions the action is meant to move; "compare --plan" follows them from one year to the next.',
      'Check the file with: impact-collectif validate <this-file>',
    ],
    recommendation: (rank, heading) => `${rank}. ${heading}`,
  },
  status: { todo: 'to do', doing: 'in progress', done: 'done', dropped: 'dropped' },
  show: {
    title: (territory) => `Action plan — ${territory}`,
    questionnaire: 'Questionnaire',
    from: 'Report of',
    progress: 'Progress',
    counts: (c) => `${c.done} done, ${c.doing} in progress, ${c.todo} to do, ${c.dropped} dropped`,
    owner: 'owner',
    due: 'due',
    dimensions: 'dimensions',
    challenge: 'challenge',
    noOwner: 'owner to be named',
    none: 'No action in this plan.',
    table: { status: 'Status', action: 'Action', owner: 'Owner', due: 'Due', dimensions: 'Dimensions', notes: 'Notes' },
    docTitle: (territory) => `Action plan — ${territory}`,
  },
  followUp: {
    title: 'The action plan and what moved',
    intro: (counts) => `Action plan: ${counts}. For each dimension, its change and the actions that targeted it.`,
    noAction: 'no action targeted it',
    elsewhere: 'Actions targeting other dimensions',
    note: "A change does not prove an action's effect: it is a question to ask together (what helped, what was missing?).",
  },
};

export const planText = { fr, en };
