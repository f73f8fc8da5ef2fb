// French texts of the message catalogue (the reference language: English follows it).
import type { Messages, ValueKind } from './types.js';

const n = (x: number) => new Intl.NumberFormat('fr').format(x);
const list = (xs: readonly string[]) => xs.join(', ');
const mean = (near?: string) => (near ? ` (vouliez-vous dire « ${near} » ?)` : '');
const kind: Record<ValueKind, string> = {
  text: 'un texte',
  number: 'un nombre',
  integer: 'un nombre entier',
  boolean: 'true ou false',
  mapping: 'une table (clé: valeur)',
  list: 'une liste',
  other: 'une valeur d’un autre type',
};
const syntax = (what: string) => `erreur de syntaxe YAML : ${what}`;
const oneVersion = 'un rapport porte sur une seule version (comparez-les avec impact-collectif compare)';

export const fr: Messages = {
  'file.notFound': () => 'fichier ou dossier introuvable',
  'file.permission': () => 'permission refusée',
  'file.isDirectory': () => 'est un dossier, pas un fichier',
  'file.unreadable': (p) => `ne peut pas être lu (${p.reason})`,
  'file.tooLarge': (p) => `dépasse la limite de ${n(p.mib)} Mio d’un fichier d’entrée`,
  'file.stdinTerminal': () => 'l’entrée standard est un terminal : envoyez-y un fichier (|), ou nommez des fichiers',
  'file.notUtf8': () => 'n’est pas un texte UTF-8 valide',
  'file.nulByte': () => 'contient un octet NUL : ce n’est pas un fichier texte',
  'file.noInputInDirectory': () => 'le dossier ne contient aucun fichier *.yaml, *.yml ou *.json',
  'file.notQuestionnaire': (p) =>
    `ni un fichier, ni un questionnaire intégré (${p.near ? `vouliez-vous dire « ${p.near} » ?` : `questionnaires intégrés : ${list(p.builtins)}`})`,

  'output.isDirectory': () => 'est un dossier : impossible d’y écrire la sortie',
  'output.noSpace': () => 'ne peut pas être écrit : plus de place sur le disque (la version précédente est intacte)',
  'output.readOnly': () => 'ne peut pas être écrit : permission refusée ou dossier en lecture seule (la version précédente est intacte)',
  'output.noFolder': () => 'ne peut pas être écrit : son dossier n’existe pas',
  'output.failed': (p) => `ne peut pas être écrit (${p.reason})`,
  'output.isInput': () => 'est l’un des fichiers d’entrée : refus de l’écraser par la sortie',
  'output.endsWithSlash': () => 'finit par une barre oblique, donc désigne un dossier : donnez le nom d’un fichier (dossier/rapport.md)',

  'yaml.duplicateKey': (p) => (p.key ? `clé « ${p.key} » en double` : 'clé en double'),
  'yaml.tag': (p) => `étiquette ${p.tag} non prise en charge : écrivez la valeur sans étiquette`,
  'yaml.badIndent': () => syntax('indentation incorrecte'),
  'yaml.unclosed': (p) => syntax(`il manque le ${p.char} fermant (ou une ligne entre crochets n’est pas assez indentée)`),
  'yaml.unclosedQuote': () => syntax('il manque le guillemet fermant'),
  'yaml.tabIndent': () => syntax('une tabulation sert d’indentation : indentez avec des espaces'),
  'yaml.missingChar': () => syntax('il manque un caractère (guillemet ou crochet fermant, virgule ou deux-points entre éléments)'),
  'yaml.implicitKey': () => syntax('une clé tient sur une ligne, et la valeur écrite sur la ligne de sa clé ne peut pas être un bloc imbriqué'),
  'yaml.unexpected': () => syntax('texte inattendu à cet endroit'),
  'yaml.badScalarStart': () => syntax('une valeur ne peut commencer par ce caractère que entre guillemets'),
  'yaml.badEscape': () => syntax('séquence d’échappement invalide dans un texte entre guillemets doubles'),
  'yaml.directive': () => syntax('directive invalide (une ligne qui commence par %)'),
  'yaml.blockInFlow': () => syntax('une valeur en bloc à l’intérieur de [ ] ou { }'),
  'yaml.longKey': () => syntax('une clé de plus de 1024 caractères'),
  'yaml.props': () => syntax('une ancre (&) ou une étiquette (!) mal placée'),
  'yaml.badAlias': () => syntax('alias (*) invalide'),
  'yaml.nonStringKey': () => syntax('une clé doit être un texte simple'),
  'yaml.syntax': () => syntax('ce passage ne peut pas être lu comme du YAML'),
  'yaml.tooDeep': (p) => `imbrication trop profonde (plus de ${n(p.max)} niveaux)`,
  'yaml.unknownAlias': (p) => `alias inconnu *${p.name} : son ancre &${p.name} doit venir avant lui`,
  'yaml.tooManyAliases': (p) => `trop d’alias (plus de ${n(p.max)}) : refusé comme une attaque par épuisement des ressources`,
  'yaml.nonPrintable': () => 'contient des caractères non imprimables : ce n’est pas un fichier texte YAML',

  'doc.empty': () => 'est vide',
  'doc.noResponse': () => 'est vide : aucune réponse',
  'doc.answersNotMapping': () => 'un fichier de réponses doit être une table YAML (clé: valeur)',
  'doc.questionnaireNotMapping': () => 'un questionnaire doit être une table YAML (clé: valeur)',
  'doc.questionnaireSingle': () => 'un questionnaire est un seul document YAML',
  'doc.unknownKind': () => 'n’est ni un questionnaire (schemaVersion, dimensions…) ni un fichier de réponses (questionnaire, answers…)',
  'doc.severalResponses': (p) => `contient ${n(p.n)} réponses ; assess reprend un fichier d’une seule réponse`,
  'report.notAlone': () => 'un rapport JSON doit être la seule entrée de son côté (donnez des fichiers de réponses, ou un rapport)',

  'answers.isReport': () =>
    'est un rapport JSON d’impact-collectif, pas un fichier de réponses : donnez-le à compare, ou donnez à report les fichiers de réponses',
  'answers.none': () => 'ne contient aucun fichier de réponses',
  'problems.more': (p) =>
    p.n === 1 ? '… et 1 autre problème, non affiché (corrigez d’abord ceux-ci)' : `… et ${n(p.n)} autres problèmes, non affichés (corrigez d’abord ceux-ci)`,

  'note.skippedReport': () => 'ignoré : un rapport JSON, pas un fichier de réponses (compare le lit)',
  'note.skippedJsonSchema': () => 'ignoré : un schéma JSON, pas un fichier de réponses',
  'note.trendGivenOrder': () => `aucune réponse datée : les séries sont gardées dans l’ordre donné, pas triées par date`,
  'note.unknownVersion': (p) =>
    `version ${p.version} de « ${p.id} » inconnue (versions connues : ${list(p.known)}) : réponses lues avec la version ${p.used}`,

  'value.required': () => 'est obligatoire',
  'value.unknownKey': () => 'clé inconnue',
  'value.invalidKey': (p) => `clé invalide : ${p.detail}`,
  'value.expected': (p) => `doit être ${kind[p.kind]}`,
  'value.null': (p) => `n’a pas de valeur : écrivez ${kind[p.kind]}`,
  'value.oneOf': (p) => (p.values.length === 1 ? `doit valoir ${p.values[0]}` : `doit être l’une de ces valeurs : ${list(p.values)}`),
  'value.textMax': (p) => `est trop long : ${n(p.max)} caractères au plus`,
  'value.textMin': (p) => `est trop court : ${n(p.min)} caractères au moins`,
  'value.listMin': (p) => `doit avoir au moins ${n(p.min)} élément${p.min > 1 ? 's' : ''}`,
  'value.listMax': (p) => `doit avoir au plus ${n(p.max)} élément${p.max > 1 ? 's' : ''}`,
  'value.listLength': (p) => `doit avoir exactement ${n(p.n)} élément${p.n > 1 ? 's' : ''}`,
  'value.min': (p) => (p.inclusive ? `doit valoir au moins ${n(p.min)}` : `doit être supérieur à ${n(p.min)}`),
  'value.max': (p) => (p.inclusive ? `doit valoir au plus ${n(p.max)}` : `doit être inférieur à ${n(p.max)}`),
  'value.format': () => 'n’a pas le format attendu',
  'value.invalid': () => 'n’est pas une valeur possible ici',

  'text.control': () => 'contient des caractères de contrôle',
  'text.empty': () => 'ne doit pas être vide',
  'id.format': () => 'doit être fait de lettres minuscules, de chiffres et de tirets',
  'questionId.format': () => 'doit être de la forme <dimension>.<nom> (lettres minuscules, chiffres et tirets)',
  'seed.format': () => 'doit être l’identifiant d’un élément du document source, comme A5 ou D3 (docs/seed-elements.yaml)',
  'question.levels': () => 'doit avoir exactement 4 descriptions de niveau (pour 0, 1, 2 et 3)',
  'practice.servesNone': () => 'doit nommer au moins un défi ou une question auquel elle répond',
  'challenge.dimensionsNone': () => 'doit nommer au moins une dimension',
  'scale.levels': () => 'doit avoir exactement 4 niveaux (0, 1, 2, 3)',
  'date.format': () => 'doit être une date du calendrier écrite AAAA-MM-JJ',

  'answer.blank': () => 'n’a pas de réponse : écrivez 0, 1, 2, 3 ou unknown, ou supprimez la ligne pour la laisser sans réponse',
  'answer.value': () => 'doit valoir 0, 1, 2, 3 ou unknown (ou { value, comment })',
  'answer.unknownQuestion': (p) => `identifiant de question inconnu « ${p.id} »${mean(p.near)}`,
  'answer.unknownSector': (p) => `secteur inconnu « ${p.sector} »${mean(p.near)} ; au choix : ${list(p.choices)}`,
  'answer.unknownQuestionnaire': (p) =>
    `questionnaire inconnu « ${p.id} » : ce n’est pas un questionnaire intégré (${list(p.builtins)}) ; pour un fichier, utilisez --questionnaire <chemin>`,
  'answer.otherQuestionnaire': (p) =>
    `utilise le questionnaire « ${p.used} », mais ${p.given ? 'le questionnaire est' : 'la première réponse utilise'} « ${p.id} » : un rapport porte sur un seul questionnaire`,
  'answer.otherVersion': (p) => `version ${p.version} de « ${p.id} », mais ${p.file} est en version ${p.other} : ${oneVersion}`,
  'answer.fitsVersion': (p) => `correspond à la version ${p.version} de « ${p.id} », mais ${p.file} est en version ${p.other} : ${oneVersion}`,
  'compare.otherQuestionnaire': (p) =>
    `utilise le questionnaire « ${p.after} », mais ${p.file} utilise « ${p.before} » : une comparaison porte sur un seul questionnaire`,

  'rule.duplicateId': (p) => `identifiant de ${idKind[p.kind]} « ${p.id} » en double (déjà en ${p.first})`,
  'rule.languageTwice': () => 'une langue figure deux fois',
  'rule.missingText': (p) => `texte « ${p.lang} » manquant (le questionnaire déclare cette langue)`,
  'rule.scaleValue': (p) => `doit valoir ${n(p.value)} (les niveaux sont 0, 1, 2, 3 dans l’ordre)`,
  'rule.firstBand': () => 'la première tranche doit commencer à 0',
  'rule.bandGap': (p) => `doit valoir ${n(p.min)}, le max de la tranche précédente (ni trou, ni chevauchement)`,
  'rule.bandMax': () => 'doit être supérieur à min',
  'rule.lastBand': () => 'la dernière tranche doit finir à 100',
  'rule.extraDimension': (p) => `dimension en trop : la démarche en compte ${n(p.count)}`,
  'rule.dimensionId': (p) => `doit être « ${p.id} » (dimensions : ${list(p.ids)})`,
  'rule.dimensionKind': (p) => `doit être « ${p.kind} »`,
  'rule.missingDimensions': (p) => `dimensions manquantes : ${list(p.ids)}`,
  'rule.questionPrefix': (p) => `doit commencer par « ${p.dimension}. » (l’identifiant de la dimension)`,
  'rule.audienceTwice': () => 'un public figure deux fois',
  'rule.wordingAudience': (p) => `« ${p.audience} » ne fait pas partie du public de la question`,
  'rule.fewPractices': (p) => `doit déclarer au moins ${n(p.min)} pratiques (elle en a ${n(p.n)})`,
  'rule.replacesOwn': (p) => `« ${p.id} » est une question de ce questionnaire : replaces désigne une question d’une version précédente`,
  'rule.unknownDimension': (p) => `dimension inconnue « ${p.id} »`,
  'rule.dimensionTwice': (p) => `la dimension « ${p.id} » figure deux fois`,
  'rule.unknownServed': (p) =>
    p.what === 'question' ? `question inconnue « ${p.id} »`
    : p.what === 'component' ? `défi ou précondition inconnu « ${p.id} » (une composante ne peut pas être servie en entier)`
    : `défi ou précondition inconnu « ${p.id} »`,
  'rule.listedTwice': (p) => `« ${p.id} » figure deux fois`,
  'rule.preconditionElsewhere': (p) =>
    `sert la précondition « ${p.id} » en entier (son conseil de préparation) : elle doit être déclarée sous « ${p.id} »`,
  'rule.underServed': (p) => `doit être servi par au moins ${n(p.min)} pratiques (serves: [${p.id}]) ; ${n(p.n)} le servent`,

  'usage.badLang': (p) => `langue inconnue « ${p.value} » : fr ou en`,
  'usage.badNumber': (p) => `${p.flag} attend un nombre entre 0 et 100, pas « ${p.value} »`,
  'usage.badCountZero': (p) => `${p.flag} attend un nombre entier (0 ou plus), pas « ${p.value} »`,
  'usage.badCount': (p) => `${p.flag} attend un nombre entier positif, pas « ${p.value} »`,
  'usage.badChoice': (p) => `${p.flag} : « ${p.value} » n’est pas possible${mean(p.near)} ; choix : ${list(p.choices)}`,
  'usage.unknownFormat': (p) => `format inconnu « ${p.value} »${mean(p.near)} ; formats : ${list(p.choices)}`,
  'usage.unknownQuestionnaire': (p) => `questionnaire intégré inconnu « ${p.value} »${mean(p.near)} ; questionnaires : ${list(p.choices)}`,
  'usage.unknownSector': (p) => `--sector : secteur inconnu « ${p.value} »${mean(p.near)} ; au choix : ${list(p.choices)}`,
  'usage.unknownCommand': (p) => `commande inconnue « ${p.word} »${mean(p.near)} ; la liste : impact-collectif --help`,
  'usage.unknownOption': (p) => `option inconnue « ${p.flag} »${mean(p.near)} ; les options : ${p.command} --help`,
  'usage.missingArgument': (p) => `argument <${p.name}> manquant`,
  'usage.optionMissingArgument': (p) => `l’option ${p.flags} attend une valeur`,
  'usage.excessArguments': (p) => `trop d’arguments : ${p.command} en attend ${n(p.expected)}, pas ${n(p.got)}`,
  'usage.commander': () => 'ligne de commande invalide : voir impact-collectif --help',
  'usage.notATerminal': (p) =>
    `assess pose ses questions dans un terminal interactif, et il n’y en a pas ici (entrée ou sortie redirigée, ou variable CI définie). Sans terminal : « ${p.cli} template --output reponses.yaml » écrit un fichier à remplir, puis « ${p.cli} report reponses.yaml » produit le rapport.`,
  'usage.resumeAndSave': () => '--resume et --save désignent tous deux le fichier de réponses : n’en donnez qu’un (--save sur un fichier existant le reprend aussi).',
  'usage.compareTwo': () => 'compare attend deux côtés : compare <avant> <après>, ou --before … --after …',
  'usage.compareMixed': () => 'donnez les côtés soit en arguments, soit avec --before et --after, pas les deux',
  'usage.compareBothOptions': () => 'avec --before, donnez aussi --after (et inversement)',
  'usage.stdinTwice': () => 'l’entrée standard (-) ne peut servir qu’à un seul côté',
  'usage.trendTwo': () => 'trend attend au moins deux séries de réponses ou rapports JSON : trend <série> <série>…',
  'usage.binaryToTerminal': () => 'un fichier XLSX ne s’affiche pas dans un terminal : ajoutez --output FICHIER.xlsx (ou redirigez : > FICHIER.xlsx)',
  'usage.csvOnly': (p) => `${p.flag} ne vaut que pour --format csv`,
  'usage.minGroupSize': (p) => `--min-group-size ${p.value} montrerait une personne seule derrière un secteur : au moins 2, sauf avec --with-names`,
  'config.notMapping': () => 'un fichier de configuration doit être une table YAML (clé: valeur)',
  'config.single': () => 'un fichier de configuration est un seul document YAML',
  'config.minRequired': () => 'manque : donnez le score minimal (min: 0 à 100)',
  'config.gateMin': () => 'le verrou n’a pas de min : il est franchi quand chaque préalable l’est (voir --gate-threshold)',
  'config.unknownDimension': (p) => `« ${p.id} » n’est ni components, ni preconditions, ni gate, ni une dimension du questionnaire${mean(p.near)} ; dimensions : ${list(p.choices)}`,

  'assess.fileLocked': (p) =>
    `${p.path} est ouvert par une autre session assess${p.pid === undefined ? '' : ` (processus ${p.pid})`} : une seule session à la fois écrit un fichier de réponses. Terminez l’autre session, ou choisissez un autre fichier avec --save.`,
  'assess.changedOnDisk': () =>
    'modifié sur le disque depuis que cette session l’a lu : il n’est pas écrasé (vos réponses peuvent aller dans un autre fichier)',
  // Survey exports read as answers (survey/)
  'survey.cell': (p) => `ligne ${n(p.row)}, colonne « ${p.column} » : ${p.detail}`,
  'survey.row': (p) => `ligne ${n(p.row)} : ${p.detail}`,
  'survey.column': (p) => `colonne « ${p.column} » : ${p.detail}`,
  'survey.notLevel': (p) => `« ${p.value} » n’est pas un niveau de ${p.id} (0 à 3, unknown, ou les textes des niveaux)`,
  'survey.unknownSector': (p) => `secteur inconnu « ${p.value} »${mean(p.near)} ; au choix : ${list(p.choices)}`,
  'survey.badDate': (p) => `« ${p.value} » n’est pas une date (AAAA-MM-JJ${{ iso: '', dmy: ' ou JJ/MM/AAAA', mdy: ' ou MM/JJ/AAAA' }[p.style]})`,
  'survey.emptyTerritory': () => 'territoire vide',
  'survey.emptySector': () => 'secteur vide',
  'survey.noField': (p) =>
    `aucune colonne ${p.field === 'territory' ? 'de territoire' : 'de secteur'} : nommez-la dans un fichier --map (impact-collectif survey import --suggest-map en écrit un)${p.field === 'territory' ? ', ou donnez le territoire de toutes les lignes (territory: dans le fichier --map)' : ''}`,
  'survey.unknownColumn': (p) =>
    `ni une question du questionnaire ni un champ du répondant${mean(p.near)} ; décrivez-la dans un fichier --map (impact-collectif survey import --suggest-map en écrit un), ou « ignore »`,
  'survey.ambiguousColumn': (p) => `correspond à plusieurs questions (${list(p.ids)}) ; choisissez dans un fichier --map`,
  'survey.duplicateColumn': (p) => `désigne la même chose que la colonne « ${p.other} »`,
  'survey.noQuestionColumn': () => 'aucune colonne n’est une question du questionnaire (choisissez-le avec -q, ou décrivez les colonnes dans un fichier --map)',
  'survey.tooManyColumns': (p) => `${n(p.n)} colonnes : au plus ${n(p.max)}`,
  'survey.tooManyRows': (p) => `plus de ${n(p.max)} lignes`,
  'survey.extraCells': () => 'plus de cellules que d’en-têtes',
  'survey.noRows': () => 'aucune ligne de réponses sous les en-têtes',
  'survey.csvQuote': (p) => `ligne ${n(p.line)} : guillemet ouvert et jamais fermé`,
  'survey.csvSyntax': (p) => `ligne ${n(p.line)} : guillemet mal placé (un champ entre guillemets doit l’être en entier, et un guillemet y est doublé)`,
  'survey.notXlsx': () => 'n’est pas un classeur XLSX lisible',
  'survey.zipTooLarge': (p) => `se décompresse en plus de ${n(p.mib)} Mio : refusé`,
  'survey.sheetNotFound': (p) => `pas de feuille « ${p.sheet} »`,
  'survey.mapTarget': (p) => `« ${p.value} » n’est ni une question du questionnaire, ni territory, sector, name, date, ni ignore${mean(p.near)}`,
  'survey.mapTodo': () => 'reste à décrire (TODO)',
  'survey.mapSector': (p) => `« ${p.value} » n’est pas un secteur du questionnaire ; au choix : ${list(p.choices)}`,
  'survey.fileExists': () => 'existe déjà : rien n’a été écrit (choisissez un autre dossier, ou retirez ce fichier)',
  'usage.surveyImportWhere': () => 'survey import demande --output-dir DOSSIER (un fichier de réponses par ligne) ou --suggest-map',

  'plan.single': () => 'un plan d’action tient en un seul document YAML',
  'plan.duplicateAction': (p) => `identifiant d’action « ${p.id} » en double (déjà en ${p.first})`,
  'plan.needsReport': () =>
    'n’est pas un rapport JSON : plan init part du rapport de l’atelier, écrit par « impact-collectif report … --format json --output rapport.json »',
  'plan.exists': () => 'existe déjà : plan init ne remplace pas un plan (il contient peut-être des avancements) ; choisissez un autre nom, ou ajoutez --force',
  'plan.unknownDimension': (p) => `dimension inconnue « ${p.id} »${mean(p.near)} ; au choix : ${list(p.choices)}`,
  'plan.otherQuestionnaire': (p) => `porte sur le questionnaire « ${p.plan} », mais la comparaison sur « ${p.compared} »`,
  'usage.badStart': (p) => `--start attend une heure HH:MM (par exemple 9:30 ou 14:00), pas « ${p.value} »`,
  'usage.planPick': (p) => `--pick attend des rangs de pistes du rapport, de 1 à ${n(p.max)}, séparés par des virgules (1,3,4), pas « ${p.value} »`,
};

const idKind = { sector: 'secteur', band: 'tranche', dimension: 'dimension', question: 'question', challenge: 'défi', practice: 'pratique' } as const;
