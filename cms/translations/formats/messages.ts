import type { FileErrorCode, Params, UnitProblem, UnitProblemCode } from './units'
import { fillIn } from '../../../publication/textsByLanguage'

/**
 * The translation file errors and unit problems in every admin language, for the admin's import
 * (the command line words them too). `{{name}}` marks a parameter (docs/TRANSLATIONS-FORMATS.md
 * lists each code's). A file error is a sentence; a unit problem follows the unit's reason
 * (« unité mal formée dans le fichier — … »), so it starts in lower case with no full stop.
 */

type FileErrorMessages = Record<FileErrorCode, string>
type UnitProblemMessages = Record<UnitProblemCode, string>

const fr: { file: FileErrorMessages; unit: UnitProblemMessages } = {
  file: {
    notXml: 'Le fichier n’est pas du XML bien formé ({{reason}}).',
    notJson: 'Le fichier n’est pas du JSON valide ({{reason}}).',
    notTranslationFile: 'Ce n’est pas un fichier de traduction exporté d’ici (trouvé : {{found}}).',
    unsupportedVersion: 'Version de fichier non prise en charge : « {{version}} ».',
    missingSourceLanguage: 'Le fichier n’indique pas sa langue source.',
    missingTargetLanguage: 'Le fichier n’indique pas sa langue cible.',
    sourceNotFrench: 'La langue source est « {{language}} » : ce doit être le français (fr).',
    targetIsFrench: 'Le français est la langue source : il ne peut pas être la langue cible d’une traduction.',
    unknownTargetLanguage: 'Langue cible inconnue : « {{language}} » (langues possibles : {{languages}}).',
  },
  unit: {
    malformedUnit: 'le champ « {{field}} » de l’unité est mal formé',
    badDocument: 'type de contenu ou document non indiqué',
    duplicateUnit: 'ce champ figure deux fois dans le fichier (seule la première unité compte)',
    unknownKind: 'type de texte inconnu : « {{kind}} »',
    missingSourceHash: 'l’empreinte du texte français d’origine manque',
    sourceUnreadable: 'le texte enrichi français (sourceState) manque ou est illisible',
    segmentUnknown: 'le segment {{segment}} n’existe pas dans le français',
    segmentUntranslated: 'segments non traduits : {{segments}} (traduisez tous les segments ou aucun)',
    unsupportedMarkup: 'segment {{segment}} : l’élément <{{element}}> n’est pas admis dans une traduction',
    codeUnknown: 'segment {{segment}} : la balise {{code}} n’existe pas dans le français',
    codeMisused: 'segment {{segment}} : la balise {{code}} est employée seule alors qu’elle va par paire, ou l’inverse',
    codeDuplicated: 'segment {{segment}} : la balise {{code}} figure deux fois',
    codeMissing: 'segment {{segment}} : la balise {{code}} du français manque',
    codesOverlap: 'segment {{segment}} : la balise {{code}} chevauche une autre balise',
    codeUnclosed: 'segment {{segment}} : la balise {{code}} n’est jamais fermée',
    linkInLink: 'segment {{segment}} : le lien {{code}} est placé dans un autre lien',
  },
}

type Messages = typeof fr

const en: Messages = {
  file: {
    notXml: 'The file is not well-formed XML ({{reason}}).',
    notJson: 'The file is not valid JSON ({{reason}}).',
    notTranslationFile: 'This is not a translation file exported from here (found {{found}}).',
    unsupportedVersion: 'Unsupported file version “{{version}}”.',
    missingSourceLanguage: 'The file does not say its source language.',
    missingTargetLanguage: 'The file does not say its target language.',
    sourceNotFrench: 'The source language is “{{language}}”; it must be French (fr).',
    targetIsFrench: 'French is the source language: it cannot be a translation’s target.',
    unknownTargetLanguage: 'Unknown target language “{{language}}” (possible languages: {{languages}}).',
  },
  unit: {
    malformedUnit: 'the unit’s “{{field}}” field is malformed',
    badDocument: 'no content type or document given',
    duplicateUnit: 'this field appears twice in the file (the first unit counts)',
    unknownKind: 'unknown kind of text “{{kind}}”',
    missingSourceHash: 'the hash of the French source is missing',
    sourceUnreadable: 'the French rich text (sourceState) is missing or unreadable',
    segmentUnknown: 'segment {{segment}} does not exist in the French',
    segmentUntranslated: 'untranslated segments: {{segments}} (translate all segments or none)',
    unsupportedMarkup: 'segment {{segment}}: the element <{{element}}> is not allowed in a translation',
    codeUnknown: 'segment {{segment}}: the tag {{code}} does not exist in the French',
    codeMisused: 'segment {{segment}}: the tag {{code}} is used alone though it comes in pairs, or the reverse',
    codeDuplicated: 'segment {{segment}}: the tag {{code}} is used twice',
    codeMissing: 'segment {{segment}}: the French tag {{code}} is missing',
    codesOverlap: 'segment {{segment}}: the tag {{code}} crosses another tag',
    codeUnclosed: 'segment {{segment}}: the tag {{code}} is never closed',
    linkInLink: 'segment {{segment}}: the link {{code}} is inside another link',
  },
}

const es: Messages = {
  file: {
    notXml: 'El archivo no es XML bien formado ({{reason}}).',
    notJson: 'El archivo no es JSON válido ({{reason}}).',
    notTranslationFile: 'No es un archivo de traducción exportado desde aquí (se encontró {{found}}).',
    unsupportedVersion: 'Versión de archivo no admitida: «{{version}}».',
    missingSourceLanguage: 'El archivo no indica su idioma de origen.',
    missingTargetLanguage: 'El archivo no indica su idioma de destino.',
    sourceNotFrench: 'El idioma de origen es «{{language}}»; debe ser el francés (fr).',
    targetIsFrench: 'El francés es el idioma de origen: no puede ser el idioma de destino de una traducción.',
    unknownTargetLanguage: 'Idioma de destino desconocido: «{{language}}» (idiomas posibles: {{languages}}).',
  },
  unit: {
    malformedUnit: 'el campo «{{field}}» de la unidad está mal formado',
    badDocument: 'falta el tipo de contenido o el documento',
    duplicateUnit: 'este campo aparece dos veces en el archivo (cuenta la primera unidad)',
    unknownKind: 'tipo de texto desconocido: «{{kind}}»',
    missingSourceHash: 'falta el hash del texto francés de origen',
    sourceUnreadable: 'el texto enriquecido francés (sourceState) falta o es ilegible',
    segmentUnknown: 'el segmento {{segment}} no existe en el francés',
    segmentUntranslated: 'segmentos sin traducir: {{segments}} (traduce todos los segmentos o ninguno)',
    unsupportedMarkup: 'segmento {{segment}}: el elemento <{{element}}> no se admite en una traducción',
    codeUnknown: 'segmento {{segment}}: la etiqueta {{code}} no existe en el francés',
    codeMisused: 'segmento {{segment}}: la etiqueta {{code}} se usa sola aunque va en pareja, o al revés',
    codeDuplicated: 'segmento {{segment}}: la etiqueta {{code}} se usa dos veces',
    codeMissing: 'segmento {{segment}}: falta la etiqueta {{code}} del francés',
    codesOverlap: 'segmento {{segment}}: la etiqueta {{code}} se cruza con otra etiqueta',
    codeUnclosed: 'segmento {{segment}}: la etiqueta {{code}} nunca se cierra',
    linkInLink: 'segmento {{segment}}: el enlace {{code}} está dentro de otro enlace',
  },
}

const de: Messages = {
  file: {
    notXml: 'Die Datei ist kein wohlgeformtes XML ({{reason}}).',
    notJson: 'Die Datei ist kein gültiges JSON ({{reason}}).',
    notTranslationFile: 'Das ist keine hier exportierte Übersetzungsdatei (gefunden: {{found}}).',
    unsupportedVersion: 'Nicht unterstützte Dateiversion „{{version}}“.',
    missingSourceLanguage: 'Die Datei gibt ihre Ausgangssprache nicht an.',
    missingTargetLanguage: 'Die Datei gibt ihre Zielsprache nicht an.',
    sourceNotFrench: 'Die Ausgangssprache ist „{{language}}“; sie muss Französisch (fr) sein.',
    targetIsFrench: 'Französisch ist die Ausgangssprache: Es kann nicht Zielsprache einer Übersetzung sein.',
    unknownTargetLanguage: 'Unbekannte Zielsprache „{{language}}“ (mögliche Sprachen: {{languages}}).',
  },
  unit: {
    malformedUnit: 'das Feld „{{field}}“ der Einheit ist fehlerhaft',
    badDocument: 'Inhaltstyp oder Dokument fehlt',
    duplicateUnit: 'dieses Feld steht zweimal in der Datei (die erste Einheit zählt)',
    unknownKind: 'unbekannte Textart „{{kind}}“',
    missingSourceHash: 'der Hash des französischen Ausgangstexts fehlt',
    sourceUnreadable: 'der französische Rich Text (sourceState) fehlt oder ist unlesbar',
    segmentUnknown: 'das Segment {{segment}} gibt es im Französischen nicht',
    segmentUntranslated: 'nicht übersetzte Segmente: {{segments}} (alle Segmente übersetzen oder keines)',
    unsupportedMarkup: 'Segment {{segment}}: Das Element <{{element}}> ist in einer Übersetzung nicht erlaubt',
    codeUnknown: 'Segment {{segment}}: Das Tag {{code}} gibt es im Französischen nicht',
    codeMisused: 'Segment {{segment}}: Das Tag {{code}} steht allein, obwohl es paarweise vorkommt, oder umgekehrt',
    codeDuplicated: 'Segment {{segment}}: Das Tag {{code}} kommt zweimal vor',
    codeMissing: 'Segment {{segment}}: Das französische Tag {{code}} fehlt',
    codesOverlap: 'Segment {{segment}}: Das Tag {{code}} überschneidet sich mit einem anderen Tag',
    codeUnclosed: 'Segment {{segment}}: Das Tag {{code}} wird nie geschlossen',
    linkInLink: 'Segment {{segment}}: Der Link {{code}} steht in einem anderen Link',
  },
}

const it: Messages = {
  file: {
    notXml: 'Il file non è XML ben formato ({{reason}}).',
    notJson: 'Il file non è JSON valido ({{reason}}).',
    notTranslationFile: 'Non è un file di traduzione esportato da qui (trovato: {{found}}).',
    unsupportedVersion: 'Versione del file non supportata: «{{version}}».',
    missingSourceLanguage: 'Il file non indica la sua lingua di partenza.',
    missingTargetLanguage: 'Il file non indica la sua lingua di arrivo.',
    sourceNotFrench: 'La lingua di partenza è «{{language}}»; deve essere il francese (fr).',
    targetIsFrench: 'Il francese è la lingua di partenza: non può essere la lingua di arrivo di una traduzione.',
    unknownTargetLanguage: 'Lingua di arrivo sconosciuta: «{{language}}» (lingue possibili: {{languages}}).',
  },
  unit: {
    malformedUnit: 'il campo «{{field}}» dell’unità è malformato',
    badDocument: 'tipo di contenuto o documento non indicato',
    duplicateUnit: 'questo campo compare due volte nel file (conta la prima unità)',
    unknownKind: 'tipo di testo sconosciuto: «{{kind}}»',
    missingSourceHash: 'manca l’hash del testo francese di partenza',
    sourceUnreadable: 'il testo formattato francese (sourceState) manca o è illeggibile',
    segmentUnknown: 'il segmento {{segment}} non esiste nel francese',
    segmentUntranslated: 'segmenti non tradotti: {{segments}} (traduci tutti i segmenti o nessuno)',
    unsupportedMarkup: 'segmento {{segment}}: l’elemento <{{element}}> non è ammesso in una traduzione',
    codeUnknown: 'segmento {{segment}}: il tag {{code}} non esiste nel francese',
    codeMisused: 'segmento {{segment}}: il tag {{code}} è usato da solo benché vada in coppia, o viceversa',
    codeDuplicated: 'segmento {{segment}}: il tag {{code}} è usato due volte',
    codeMissing: 'segmento {{segment}}: manca il tag {{code}} del francese',
    codesOverlap: 'segmento {{segment}}: il tag {{code}} si accavalla con un altro tag',
    codeUnclosed: 'segmento {{segment}}: il tag {{code}} non viene mai chiuso',
    linkInLink: 'segmento {{segment}}: il link {{code}} è dentro un altro link',
  },
}

const pt: Messages = {
  file: {
    notXml: 'O ficheiro não é XML bem formado ({{reason}}).',
    notJson: 'O ficheiro não é JSON válido ({{reason}}).',
    notTranslationFile: 'Não é um ficheiro de tradução exportado daqui (encontrado: {{found}}).',
    unsupportedVersion: 'Versão de ficheiro não suportada: «{{version}}».',
    missingSourceLanguage: 'O ficheiro não indica a sua língua de origem.',
    missingTargetLanguage: 'O ficheiro não indica a sua língua de destino.',
    sourceNotFrench: 'A língua de origem é «{{language}}»; tem de ser o francês (fr).',
    targetIsFrench: 'O francês é a língua de origem: não pode ser a língua de destino de uma tradução.',
    unknownTargetLanguage: 'Língua de destino desconhecida: «{{language}}» (línguas possíveis: {{languages}}).',
  },
  unit: {
    malformedUnit: 'o campo «{{field}}» da unidade está malformado',
    badDocument: 'tipo de conteúdo ou documento não indicado',
    duplicateUnit: 'este campo aparece duas vezes no ficheiro (conta a primeira unidade)',
    unknownKind: 'tipo de texto desconhecido: «{{kind}}»',
    missingSourceHash: 'falta o hash do texto francês de origem',
    sourceUnreadable: 'o texto formatado francês (sourceState) falta ou é ilegível',
    segmentUnknown: 'o segmento {{segment}} não existe no francês',
    segmentUntranslated: 'segmentos por traduzir: {{segments}} (traduz todos os segmentos ou nenhum)',
    unsupportedMarkup: 'segmento {{segment}}: o elemento <{{element}}> não é permitido numa tradução',
    codeUnknown: 'segmento {{segment}}: a etiqueta {{code}} não existe no francês',
    codeMisused: 'segmento {{segment}}: a etiqueta {{code}} é usada sozinha embora funcione em par, ou o inverso',
    codeDuplicated: 'segmento {{segment}}: a etiqueta {{code}} é usada duas vezes',
    codeMissing: 'segmento {{segment}}: falta a etiqueta {{code}} do francês',
    codesOverlap: 'segmento {{segment}}: a etiqueta {{code}} cruza-se com outra etiqueta',
    codeUnclosed: 'segmento {{segment}}: a etiqueta {{code}} nunca é fechada',
    linkInLink: 'segmento {{segment}}: a ligação {{code}} está dentro de outra ligação',
  },
}

const ar: Messages = {
  file: {
    notXml: 'الملف ليس XML سليم البنية ({{reason}}).',
    notJson: 'الملف ليس JSON صالحًا ({{reason}}).',
    notTranslationFile: 'هذا ليس ملف ترجمة مُصدَّرًا من هنا (وُجد: {{found}}).',
    unsupportedVersion: 'إصدار الملف غير مدعوم: «{{version}}».',
    missingSourceLanguage: 'لا يذكر الملف لغته المصدر.',
    missingTargetLanguage: 'لا يذكر الملف لغته الهدف.',
    sourceNotFrench: 'اللغة المصدر هي «{{language}}»؛ يجب أن تكون الفرنسية (fr).',
    targetIsFrench: 'الفرنسية هي اللغة المصدر: لا يمكن أن تكون اللغة الهدف لترجمة.',
    unknownTargetLanguage: 'لغة هدف غير معروفة: «{{language}}» (اللغات الممكنة: {{languages}}).',
  },
  unit: {
    malformedUnit: 'الحقل «{{field}}» في الوحدة غير سليم',
    badDocument: 'لم يُذكر نوع المحتوى أو المستند',
    duplicateUnit: 'يرد هذا الحقل مرتين في الملف (تُعتمد الوحدة الأولى)',
    unknownKind: 'نوع نص غير معروف: «{{kind}}»',
    missingSourceHash: 'بصمة (hash) النص الفرنسي الأصلي مفقودة',
    sourceUnreadable: 'النص المنسَّق الفرنسي (sourceState) مفقود أو غير مقروء',
    segmentUnknown: 'المقطع {{segment}} غير موجود في النص الفرنسي',
    segmentUntranslated: 'مقاطع غير مترجمة: {{segments}} (ترجم كل المقاطع أو لا شيء منها)',
    unsupportedMarkup: 'المقطع {{segment}}: العنصر <{{element}}> غير مسموح به في الترجمة',
    codeUnknown: 'المقطع {{segment}}: الوسم {{code}} غير موجود في النص الفرنسي',
    codeMisused: 'المقطع {{segment}}: الوسم {{code}} مستخدم منفردًا مع أنه يأتي زوجًا، أو العكس',
    codeDuplicated: 'المقطع {{segment}}: الوسم {{code}} مستخدم مرتين',
    codeMissing: 'المقطع {{segment}}: الوسم {{code}} الموجود في النص الفرنسي مفقود',
    codesOverlap: 'المقطع {{segment}}: الوسم {{code}} يتقاطع مع وسم آخر',
    codeUnclosed: 'المقطع {{segment}}: الوسم {{code}} لم يُغلق أبدًا',
    linkInLink: 'المقطع {{segment}}: الرابط {{code}} موضوع داخل رابط آخر',
  },
}

/** Every admin language's messages. */
export const formatMessages: Readonly<Record<string, Messages>> = { fr, en, es, de, it, pt, ar }

/** The messages of an admin language, French when it has none (as the admin's other texts). */
const messagesIn = (language: string): Messages => formatMessages[language] ?? fr

/** Why a file cannot be read, in an admin language. */
export const fileErrorText = (language: string, code: FileErrorCode, params: Params = {}): string =>
  fillIn(messagesIn(language).file[code], params)

/** Why a unit of a file was left out, in an admin language. */
export const unitProblemText = (language: string, code: UnitProblemCode, params: Params = {}): string =>
  fillIn(messagesIn(language).unit[code], params)

interface ProblemOutcome {
  collection: string
  document: string
  path: string
  reason?: string
  detail?: string
}

/**
 * Import outcomes with each file problem (reason `fileProblem`, detail its code) worded in a
 * language, from the reader's problems: the outcome carries the code, the problem its params.
 * Each problem words one outcome, matched by its unit and code in the order both were listed.
 */
export function withProblemTexts<Outcome extends ProblemOutcome>(
  outcomes: readonly Outcome[],
  problems: readonly UnitProblem[],
  language: string,
): Outcome[] {
  const unused = [...problems]
  return outcomes.map((outcome) => {
    if (outcome.reason !== 'fileProblem') return outcome
    const index = unused.findIndex(
      (problem) =>
        (problem.collection ?? '') === outcome.collection &&
        (problem.document ?? '') === outcome.document &&
        problem.unitId === outcome.path &&
        problem.code === outcome.detail,
    )
    if (index === -1) return outcome
    const [problem] = unused.splice(index, 1)
    return { ...outcome, detail: unitProblemText(language, problem!.code, problem!.params) }
  })
}
