// The catalogue of messages a person can see about bad input or usage: a code and its parameters, turned into
// text in the run's language only when printed. One file per language (fr.ts, en.ts), typed as Messages, so a
// missing translation fails the type check; a third language is one more such file, listed in index.ts.

type None = Record<string, never>;

/** The kind of value a schema expected, named in the reader's language. */
export type ValueKind = 'text' | 'number' | 'integer' | 'boolean' | 'mapping' | 'list' | 'other';
/** What a questionnaire id names, in "duplicate … id". */
export type IdKind = 'sector' | 'band' | 'dimension' | 'question' | 'challenge' | 'practice';

/** Every code, with the parameters of its text. A parameter typed Message is rendered first, in the same language. */
export interface MessageParams {
  // Reading files
  'file.notFound': None;
  'file.permission': None;
  'file.isDirectory': None;
  'file.unreadable': { reason: string };
  'file.tooLarge': { mib: number };
  'file.stdinTerminal': None;
  'file.notUtf8': None;
  'file.nulByte': None;
  'file.noInputInDirectory': None;
  'file.notQuestionnaire': { near?: string; builtins: string[] };
  // Writing the output
  'output.isDirectory': None;
  'output.noSpace': None;
  'output.readOnly': None;
  'output.noFolder': None;
  'output.failed': { reason: string };
  'output.isInput': None;
  'output.endsWithSlash': None;
  // YAML syntax (the `yaml` package's error codes, mapped in input/yaml.ts)
  'yaml.duplicateKey': { key: string };
  'yaml.tag': { tag: string };
  'yaml.badIndent': None;
  'yaml.unclosed': { char: string };
  'yaml.unclosedQuote': None;
  'yaml.tabIndent': None;
  'yaml.missingChar': None;
  'yaml.implicitKey': None;
  'yaml.unexpected': None;
  'yaml.badScalarStart': None;
  'yaml.badEscape': None;
  'yaml.directive': None;
  'yaml.blockInFlow': None;
  'yaml.longKey': None;
  'yaml.props': None;
  'yaml.badAlias': None;
  'yaml.nonStringKey': None;
  'yaml.syntax': None;
  'yaml.tooDeep': { max: number };
  'yaml.unknownAlias': { name: string };
  'yaml.tooManyAliases': { max: number };
  'yaml.nonPrintable': None;
  // Documents
  'doc.empty': None;
  'doc.noResponse': None;
  'doc.answersNotMapping': None;
  'doc.questionnaireNotMapping': None;
  'doc.questionnaireSingle': None;
  'doc.unknownKind': None;
  'doc.severalResponses': { n: number };
  'report.notAlone': None;
  // Reading answer files (answers/responses.ts)
  'answers.isReport': None;
  'answers.none': None;
  // Several territories (src/rollup)
  'answers.severalTerritories': { territories: string[]; more: number };
  'territoryMap.notMapping': None;
  'territoryMap.notName': None;
  'territoryMap.twoTerritories': { variant: string; first: string; second: string };
  'outputDir.notFolder': None;
  'outputDir.notEmpty': None;
  // However many problems there are, the first ones are shown and the rest counted (input/cap.ts)
  'problems.more': { n: number };
  // Notes: lines on standard error that do not stop the run (answers/notes.ts)
  'note.skippedReport': None;
  'note.skippedJsonSchema': None;
  'note.trendGivenOrder': None;
  'note.thresholdsGroupBy': None;
  'note.unknownVersion': { version: string; id: string; used: string; known: string[] };
  'note.nearTerritories': { a: string; b: string };
  // Values against a schema (zod issues, mapped in input/problems.ts)
  'value.required': None;
  'value.unknownKey': None;
  'value.invalidKey': { detail: Message };
  'value.expected': { kind: ValueKind };
  'value.null': { kind: ValueKind };
  'value.oneOf': { values: string[] };
  'value.textMax': { max: number };
  'value.textMin': { min: number };
  'value.listMin': { min: number };
  'value.listMax': { max: number };
  'value.listLength': { n: number };
  'value.min': { min: number; inclusive: boolean };
  'value.max': { max: number; inclusive: boolean };
  'value.format': None;
  'value.invalid': None;
  // Custom rules of the schemas (zod `message`s are these codes)
  'text.control': None;
  'text.empty': None;
  'id.format': None;
  'questionId.format': None;
  'seed.format': None;
  'question.levels': None;
  'practice.servesNone': None;
  'challenge.dimensionsNone': None;
  'scale.levels': None;
  'date.format': None;
  // Answer files against their questionnaire
  'answer.blank': None;
  'answer.value': None;
  'answer.unknownQuestion': { id: string; near?: string };
  'answer.unknownSector': { sector: string; near?: string; choices: string[] };
  'answer.unknownQuestionnaire': { id: string; builtins: string[] };
  'answer.otherQuestionnaire': { used: string; id: string; given: boolean };
  'answer.otherVersion': { version: string; id: string; file: string; other: string };
  'answer.fitsVersion': { version: string; id: string; file: string; other: string };
  'compare.otherQuestionnaire': { after: string; before: string; file: string };
  // Questionnaire rules (questionnaire/rules.ts)
  'rule.duplicateId': { kind: IdKind; id: string; first: string };
  'rule.languageTwice': None;
  'rule.missingText': { lang: string };
  'rule.scaleValue': { value: number };
  'rule.firstBand': None;
  'rule.bandGap': { min: number };
  'rule.bandMax': None;
  'rule.lastBand': None;
  'rule.extraDimension': { count: number };
  'rule.dimensionId': { id: string; ids: string[] };
  'rule.dimensionKind': { kind: string };
  'rule.missingDimensions': { ids: string[] };
  'rule.questionPrefix': { dimension: string };
  'rule.audienceTwice': None;
  'rule.wordingAudience': { audience: string };
  'rule.fewPractices': { min: number; n: number };
  'rule.replacesOwn': { id: string };
  'rule.unknownDimension': { id: string };
  'rule.dimensionTwice': { id: string };
  'rule.unknownServed': { what: 'question' | 'component' | 'challenge'; id: string };
  'rule.listedTwice': { id: string };
  'rule.preconditionElsewhere': { id: string };
  'rule.underServed': { min: number; id: string; n: number };
  // Usage (the command line)
  'usage.badLang': { value: string };
  'usage.badNumber': { flag: string; value: string };
  'usage.badCount': { flag: string; value: string };
  'usage.badCountZero': { flag: string; value: string };
  'usage.badChoice': { flag: string; value: string; choices: string[]; near?: string };
  'usage.unknownFormat': { value: string; choices: string[]; near?: string };
  'usage.unknownQuestionnaire': { value: string; choices: string[]; near?: string };
  'usage.unknownSector': { value: string; choices: string[]; near?: string };
  'usage.unknownCommand': { word: string; near?: string };
  'usage.unknownOption': { flag: string; near?: string; command: string };
  'usage.missingArgument': { name: string };
  'usage.optionMissingArgument': { flags: string };
  'usage.excessArguments': { command: string; expected: number; got: number };
  'usage.commander': None;
  'usage.groupByFormat': { format: string; choices: string[] };
  'usage.thresholdGroupBy': { flag: string };
  'usage.outputDirAlone': None;
  'usage.outputDirFormat': { format: string; choices: string[] };
  'usage.outputDirWithOutput': None;
  'usage.notATerminal': { cli: string };
  'usage.resumeAndSave': None;
  'usage.compareTwo': None;
  'usage.compareMixed': None;
  'usage.compareBothOptions': None;
  'usage.stdinTwice': None;
  'usage.trendTwo': None;
  'usage.minGroupSize': { value: number };
  'usage.binaryToTerminal': None;
  'usage.tableGroupBy': None;
  'usage.csvOnly': { flag: string };
  // The configuration file (src/config/)
  'config.notMapping': None;
  'config.single': None;
  'config.minRequired': None;
  'config.gateMin': None;
  'config.unknownDimension': { id: string; near?: string; choices: string[] };
  // assess: one session per answer file (assess/lock.ts)
  'assess.fileLocked': { path: string; pid?: number };
  'assess.changedOnDisk': None;
  // Survey exports read as answers (survey/)
  'survey.cell': { row: number; column: string; detail: Message };
  'survey.row': { row: number; detail: Message };
  'survey.column': { column: string; detail: Message };
  // A JSON array of records: the record's number (1 for the first) and its field, not a spreadsheet's row.
  'survey.record': { n: number; detail: Message };
  'survey.recordField': { n: number; field: string; detail: Message };
  'survey.recordNoField': { n: number; field: string; detail: Message };
  'survey.field': { field: string; detail: Message };
  'survey.recordNotObject': None;
  'survey.importFailed': { code: string };
  'survey.notLevel': { value: string; id: string };
  'survey.unknownSector': { value: string; near?: string; choices: string[] };
  'survey.badDate': { value: string; style: 'iso' | 'dmy' | 'mdy' };
  'survey.emptyTerritory': None;
  'survey.emptySector': None;
  'survey.noField': { field: 'territory' | 'sector' };
  'survey.unknownColumn': { near?: string };
  'survey.ambiguousColumn': { ids: string[] };
  'survey.duplicateColumn': { other: string };
  'survey.noQuestionColumn': None;
  'survey.tooManyColumns': { n: number; max: number };
  'survey.tooManyRows': { max: number };
  'survey.extraCells': None;
  'survey.noRows': None;
  'survey.csvQuote': { line: number };
  'survey.csvSyntax': { line: number };
  'survey.notXlsx': None;
  'survey.zipTooLarge': { mib: number };
  'survey.sheetNotFound': { sheet: string };
  'survey.mapTarget': { value: string; near?: string };
  'survey.mapTodo': None;
  'survey.mapSector': { value: string; choices: string[] };
  'survey.fileExists': None;
  'usage.surveyImportWhere': None;
  // Action plans (plan init, plan show, validate, compare --plan)
  'plan.single': None;
  'plan.duplicateAction': { id: string; first: string };
  'plan.needsReport': None;
  'plan.exists': None;
  'plan.otherQuestionnaire': { plan: string; compared: string };
  'plan.unknownDimension': { id: string; near?: string; choices: string[] };
  'usage.planPick': { value: string; max: number };
  'usage.badStart': { value: string };
}

export type Code = keyof MessageParams;

/** A message before it has a language: its code and parameters. */
export type Message = { [C in Code]: { code: C; params: MessageParams[C] } }[Code];

/** Parameters as a text function receives them: nested messages already rendered. */
type Rendered<P> = { [K in keyof P]: P[K] extends Message | undefined ? string : P[K] };

/** One language's texts: a function per code. */
export type Messages = { [C in Code]: (p: Rendered<MessageParams[C]>) => string };
