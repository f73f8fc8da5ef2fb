// Texts of `survey export` and `survey import`: help, and the respondent questions put into a survey tool.

const fr = {
  help: {
    description: 'le questionnaire vers un outil d’enquête en ligne, et ses exports de réponses vers des fichiers de réponses',
    export: {
      description: 'écrit le questionnaire pour un outil d’enquête : LimeSurvey (structure TSV), XLSForm (KoboToolbox, ODK) ou CSV (en-têtes et codes)',
      to: (choices: string) => `outil visé : ${choices}`,
      questionnaire: 'questionnaire : identifiant intégré ou chemin (par défaut : impact-collectif)',
      output: 'écrit dans ce fichier (le CSV écrit aussi FICHIER-codes.csv à côté)',
    },
    import: {
      description: 'lit des exports de réponses (CSV, XLSX, JSON) et écrit un fichier de réponses par ligne',
      files: 'exports de réponses : .csv, .tsv, .xlsx ou .json',
      questionnaire: 'questionnaire des réponses : identifiant intégré ou chemin (par défaut : celui dont les questions correspondent aux colonnes)',
      map: 'fichier YAML qui décrit les colonnes et les valeurs non reconnues',
      suggestMap: 'écrit un fichier --map de départ : ce qui a été reconnu, et TODO ailleurs',
      outputDir: 'dossier où écrire un fichier de réponses par ligne (aucun fichier existant n’est remplacé)',
      output: 'avec --suggest-map : écrit dans ce fichier au lieu de la sortie standard',
      encoding: (choices: string) => `encodage des CSV : ${choices} (par défaut : détecté)`,
      sheet: 'feuille du classeur XLSX à lire (par défaut : la première)',
    },
  },
  /** The respondent questions of an exported survey, and the group that holds them. */
  fields: {
    group: 'Vous et votre territoire',
    territory: 'Territoire',
    territoryHelp: 'Le même nom pour toutes les personnes du même territoire (commune, quartier, intercommunalité).',
    sector: 'Votre secteur',
    name: 'Votre nom (facultatif)',
    nameHelp: 'Les rapports ne montrent jamais les noms, sauf si on le demande.',
    date: 'Date',
  },
  unknown: 'Je ne sais pas',
  codes: { column: 'colonne', code: 'code', meaning: 'signification', question: 'question', text: 'texte' },
  mapHeader: [
    'impact-collectif survey import --map : ce que désignent les colonnes et les cellules d’un export d’enquête.',
    'columns : en-tête → identifiant de question, territory, sector, name, date, ou ignore.',
    'values : texte d’une cellule → 0, 1, 2, 3 ou unknown (pour toutes les questions). sectors : texte → identifiant de secteur.',
    'Remplacez chaque TODO, puis : impact-collectif survey import FICHIER --map CE-FICHIER --output-dir reponses/',
  ],
  written: (n: number, dir: string) => `${n} fichier${n > 1 ? 's' : ''} de réponses écrit${n > 1 ? 's' : ''} dans ${dir}\n`,
  interrupted: (dir: string) => `Import interrompu : rien n’a été écrit dans ${dir}, le dossier est tel qu’avant.`,
};

const en: typeof fr = {
  help: {
    description: 'the questionnaire out to an online survey tool, and its response exports back as answer files',
    export: {
      description: 'write the questionnaire for a survey tool: LimeSurvey (TSV structure), XLSForm (KoboToolbox, ODK) or CSV (headers and codes)',
      to: (choices: string) => `target tool: ${choices}`,
      questionnaire: 'questionnaire: built-in id or path (default: impact-collectif)',
      output: 'write to this file (CSV also writes FILE-codes.csv beside it)',
    },
    import: {
      description: 'read response exports (CSV, XLSX, JSON) and write one answer file per row',
      files: 'response exports: .csv, .tsv, .xlsx or .json',
      questionnaire: "the responses' questionnaire: built-in id or path (default: the one whose questions match the columns)",
      map: 'YAML file describing the columns and values that are not recognised',
      suggestMap: 'write a starting --map file: what was recognised, and TODO elsewhere',
      outputDir: 'folder where one answer file per row is written (no existing file is replaced)',
      output: 'with --suggest-map: write to this file instead of standard output',
      encoding: (choices: string) => `CSV encoding: ${choices} (default: detected)`,
      sheet: 'sheet of the XLSX workbook to read (default: the first)',
    },
  },
  fields: {
    group: 'You and your territory',
    territory: 'Territory',
    territoryHelp: 'The same name for everyone from the same territory (town, neighbourhood, group of municipalities).',
    sector: 'Your sector',
    name: 'Your name (optional)',
    nameHelp: 'Reports never show names unless asked to.',
    date: 'Date',
  },
  unknown: "Don't know",
  codes: { column: 'column', code: 'code', meaning: 'meaning', question: 'question', text: 'text' },
  mapHeader: [
    'impact-collectif survey import --map: what the columns and cells of a survey export stand for.',
    'columns: header → a question id, territory, sector, name, date, or ignore.',
    'values: a cell text → 0, 1, 2, 3 or unknown (for every question). sectors: a cell text → a sector id.',
    'Replace every TODO, then: impact-collectif survey import FILE --map THIS-FILE --output-dir answers/',
  ],
  written: (n: number, dir: string) => `${n} answer file${n > 1 ? 's' : ''} written to ${dir}\n`,
  interrupted: (dir: string) => `Import interrupted: nothing was written to ${dir}, the folder is as it was.`,
};

export const surveyText = { fr, en };
