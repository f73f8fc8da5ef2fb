// Help texts and messages of the command line itself, per language.

const fr = {
  description:
    "Auto-diagnostic de la coopération d’un territoire au regard de la démarche d’impact collectif : 3 préconditions, 5 composantes, un rapport d’écarts et des pistes.",
  version: 'affiche la version',
  help: "affiche l’aide",
  helpCommand: "affiche l’aide d’une commande",
  lang: 'langue des textes : fr ou en (par défaut : selon LANG)',
  verbose: "en cas d’erreur interne, affiche la trace complète",
  examples: 'Exemples :',
  titles: { 'Usage:': 'Utilisation :', 'Options:': 'Options :', 'Commands:': 'Commandes :', 'Arguments:': 'Arguments :', 'Global Options:': 'Options globales :' },
  list: { description: 'liste les questionnaires intégrés' },
  validate: {
    description: "vérifie des questionnaires, des fichiers de réponses ou des plans d’action (détectés d’après leur contenu)",
    questionnaire: 'questionnaire des fichiers de réponses : identifiant intégré ou chemin',
  },
  schema: {
    description: "affiche le schéma JSON d’un format (questionnaire, answers, report, compare, trend, plan), pour les éditeurs et les scripts",
  },
  questionnaire: {
    description: 'les questionnaires intégrés, en fichiers',
    export: {
      description: "écrit le fichier YAML d’un questionnaire intégré (avec ses commentaires et ses sources), pour l’adapter puis l’utiliser avec -q",
      output: 'écrit dans ce fichier au lieu de la sortie standard (- : la sortie standard)',
    },
  },
  template: {
    description: 'écrit un fichier de réponses à remplir : chaque question, avec ses quatre niveaux en commentaire ; avec --format html, le questionnaire papier à imprimer',
    questionnaire: 'questionnaire : identifiant intégré ou chemin (par défaut : impact-collectif)',
    output: 'écrit dans ce fichier au lieu de la sortie standard',
    territory: 'nom du territoire à inscrire',
    sector: 'secteur du répondant à inscrire ; en HTML, le questionnaire de son public (habitant·es ou professionnel·les)',
    format: 'yaml (fichier de réponses, par défaut) ou html (questionnaire papier A4 à imprimer)',
  },
  errors: {
    prefix: 'impact-collectif',
    internal: (message: string) =>
      `erreur interne : ${message}. Merci de signaler ce bogue aux mainteneurs, avec la commande lancée ; relancez avec --verbose pour le détail.`,
    outputFailed: (code: string) => `impossible d’écrire la sortie (${code}) : disque plein, ou fichier en lecture seule ? Ce qui a été écrit est incomplet.`,
  },
};

const en: typeof fr = {
  description:
    "Self-assessment of a territory's cooperation against the collective impact approach: 3 preconditions, 5 components, a gap report and practices.",
  version: 'print the version',
  help: 'print help',
  helpCommand: "print a command's help",
  lang: 'language of texts: fr or en (default: from LANG)',
  verbose: 'on an internal error, print the whole stack trace',
  examples: 'Examples:',
  titles: { 'Usage:': 'Usage:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Arguments:': 'Arguments:', 'Global Options:': 'Global Options:' },
  list: { description: 'list the built-in questionnaires' },
  validate: {
    description: 'check questionnaires, answer files or action plans (detected from their content)',
    questionnaire: "the answer files' questionnaire: built-in id or path",
  },
  schema: {
    description: "print a format's JSON Schema (questionnaire, answers, report, compare, trend, plan), for editors and scripts",
  },
  questionnaire: {
    description: 'the built-in questionnaires, as files',
    export: {
      description: "write a built-in questionnaire's YAML file (with its comments and sources), to adapt and then use with -q",
      output: 'write to this file instead of standard output (-: standard output)',
    },
  },
  template: {
    description: 'write an answer file to fill in: every question, with its four levels as comments; with --format html, the paper questionnaire to print',
    questionnaire: 'questionnaire: built-in id or path (default: impact-collectif)',
    output: 'write to this file instead of standard output',
    territory: 'territory name to fill in',
    sector: "respondent's sector to fill in; in HTML, the questionnaire of its audience (residents or professionals)",
    format: 'yaml (answer file, the default) or html (A4 paper questionnaire to print)',
  },
  errors: {
    prefix: 'impact-collectif',
    internal: (message: string) =>
      `internal error: ${message}. Please report this bug to the maintainers, with the command you ran; run again with --verbose for details.`,
    outputFailed: (code: string) => `cannot write the output (${code}): is the disk full, or the file read-only? What was written is incomplete.`,
  },
};

export const cliText = { fr, en };
