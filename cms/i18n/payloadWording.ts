/**
 * Payload's own wording, corrected where it reads wrong for this admin: gendered guesses
 * ("Créer un(e) nouveau ou nouvelle"), "locale" translated as a place or as regional settings
 * ("Copier vers le lieu", "Paramètres régionaux", "Gebietsschema") where our editors choose the
 * language of the content, and "Projet actuel" for the current draft. Merged over Payload's
 * translations (and the SEO plugin's) through `i18n.translations`, key by key: every other key
 * stays Payload's.
 */
const fr = {
  general: {
    createNew: 'Créer',
    createNewLabel: 'Créer : {{label}}',
    creatingNewLabel: 'Création : {{label}}',
    locale: 'Langue du contenu',
    locales: 'Langues du contenu',
    allLocales: 'Toutes les langues',
    fallbackToDefaultLocale: 'Revenir à la langue par défaut',
  },
  fields: {
    chooseFromExisting: 'Choisir un document existant',
    addNew: 'Créer',
    addNewLabel: 'Créer : {{label}}',
    newLabel: 'Créer : {{label}}',
    uploadNewLabel: 'Téléverser : {{label}}',
    chooseLabel: 'Choisir : {{label}}',
  },
  localization: {
    cannotCopySameLocale: 'Impossible de copier vers la même langue',
    copyToLocale: 'Copier vers une autre langue',
    localeToPublish: 'Langue à publier',
    selectLocaleToCopy: 'Choisissez la langue à copier',
    selectLocaleToDuplicate: 'Choisissez les langues à dupliquer',
    selectedLocales: 'Langues choisies',
  },
  version: {
    currentDraft: 'Brouillon actuel',
    publishAllLocales: 'Publier toutes les langues',
    selectLocales: 'Choisissez les langues à afficher',
    showLocales: 'Langues affichées :',
  },
  error: {
    localesNotSaved_one: 'La langue suivante n’a pas pu être enregistrée :',
    localesNotSaved_other: 'Les langues suivantes n’ont pas pu être enregistrées :',
  },
  'plugin-seo': {
    autoGenerate: 'Générer automatiquement',
  },
}

export type PayloadWording = typeof fr

const en: PayloadWording = {
  general: {
    createNew: 'Create new',
    createNewLabel: 'Create new {{label}}',
    creatingNewLabel: 'Creating new {{label}}',
    locale: 'Content language',
    locales: 'Content languages',
    allLocales: 'All languages',
    fallbackToDefaultLocale: 'Fall back to the default language',
  },
  fields: {
    chooseFromExisting: 'Choose from existing',
    addNew: 'Add new',
    addNewLabel: 'Add new {{label}}',
    newLabel: 'New {{label}}',
    uploadNewLabel: 'Upload new {{label}}',
    chooseLabel: 'Choose {{label}}',
  },
  localization: {
    cannotCopySameLocale: 'Cannot copy to the same language',
    copyToLocale: 'Copy to another language',
    localeToPublish: 'Language to publish',
    selectLocaleToCopy: 'Select the language to copy',
    selectLocaleToDuplicate: 'Select the languages to duplicate',
    selectedLocales: 'Selected languages',
  },
  version: {
    currentDraft: 'Current draft',
    publishAllLocales: 'Publish all languages',
    selectLocales: 'Select the languages to display',
    showLocales: 'Languages shown:',
  },
  error: {
    localesNotSaved_one: 'The following language could not be saved:',
    localesNotSaved_other: 'The following languages could not be saved:',
  },
  'plugin-seo': {
    autoGenerate: 'Auto-generate',
  },
}

const es: PayloadWording = {
  general: {
    createNew: 'Crear',
    createNewLabel: 'Crear {{label}}',
    creatingNewLabel: 'Creando {{label}}',
    locale: 'Idioma del contenido',
    locales: 'Idiomas del contenido',
    allLocales: 'Todos los idiomas',
    fallbackToDefaultLocale: 'Volver al idioma predeterminado',
  },
  fields: {
    chooseFromExisting: 'Elegir entre los existentes',
    addNew: 'Añadir',
    addNewLabel: 'Añadir {{label}}',
    newLabel: 'Crear {{label}}',
    uploadNewLabel: 'Subir {{label}}',
    chooseLabel: 'Elegir {{label}}',
  },
  localization: {
    cannotCopySameLocale: 'No se puede copiar al mismo idioma',
    copyToLocale: 'Copiar a otro idioma',
    localeToPublish: 'Idioma que publicar',
    selectLocaleToCopy: 'Selecciona el idioma que copiar',
    selectLocaleToDuplicate: 'Selecciona los idiomas que duplicar',
    selectedLocales: 'Idiomas seleccionados',
  },
  version: {
    currentDraft: 'Borrador actual',
    publishAllLocales: 'Publicar todos los idiomas',
    selectLocales: 'Selecciona los idiomas que mostrar',
    showLocales: 'Idiomas mostrados:',
  },
  error: {
    localesNotSaved_one: 'No se pudo guardar el siguiente idioma:',
    localesNotSaved_other: 'No se pudieron guardar los siguientes idiomas:',
  },
  'plugin-seo': {
    autoGenerate: 'Generar automáticamente',
  },
}

const de: PayloadWording = {
  general: {
    createNew: 'Neu erstellen',
    createNewLabel: '{{label}} neu erstellen',
    creatingNewLabel: '{{label}} wird erstellt',
    locale: 'Inhaltssprache',
    locales: 'Inhaltssprachen',
    allLocales: 'Alle Sprachen',
    fallbackToDefaultLocale: 'Auf die Standardsprache zurückgreifen',
  },
  fields: {
    chooseFromExisting: 'Aus vorhandenen auswählen',
    addNew: 'Neu hinzufügen',
    addNewLabel: '{{label}} neu erstellen',
    newLabel: '{{label}} erstellen',
    uploadNewLabel: '{{label}} hochladen',
    chooseLabel: '{{label}} auswählen',
  },
  localization: {
    cannotCopySameLocale: 'Kopieren in dieselbe Sprache ist nicht möglich',
    copyToLocale: 'In eine andere Sprache kopieren',
    localeToPublish: 'Zu veröffentlichende Sprache',
    selectLocaleToCopy: 'Sprache zum Kopieren auswählen',
    selectLocaleToDuplicate: 'Sprachen zum Duplizieren auswählen',
    selectedLocales: 'Ausgewählte Sprachen',
  },
  version: {
    currentDraft: 'Aktueller Entwurf',
    publishAllLocales: 'Alle Sprachen veröffentlichen',
    selectLocales: 'Anzuzeigende Sprachen auswählen',
    showLocales: 'Angezeigte Sprachen:',
  },
  error: {
    localesNotSaved_one: 'Die folgende Sprache konnte nicht gespeichert werden:',
    localesNotSaved_other: 'Die folgenden Sprachen konnten nicht gespeichert werden:',
  },
  'plugin-seo': {
    autoGenerate: 'Automatisch erzeugen',
  },
}

const it: PayloadWording = {
  general: {
    createNew: 'Crea',
    createNewLabel: 'Crea {{label}}',
    creatingNewLabel: 'Creazione: {{label}}',
    locale: 'Lingua del contenuto',
    locales: 'Lingue del contenuto',
    allLocales: 'Tutte le lingue',
    fallbackToDefaultLocale: 'Ripiega sulla lingua predefinita',
  },
  fields: {
    chooseFromExisting: 'Scegli tra gli esistenti',
    addNew: 'Aggiungi',
    addNewLabel: 'Aggiungi {{label}}',
    newLabel: 'Crea {{label}}',
    uploadNewLabel: 'Carica {{label}}',
    chooseLabel: 'Scegli {{label}}',
  },
  localization: {
    cannotCopySameLocale: 'Impossibile copiare nella stessa lingua',
    copyToLocale: 'Copia in un’altra lingua',
    localeToPublish: 'Lingua da pubblicare',
    selectLocaleToCopy: 'Seleziona la lingua da copiare',
    selectLocaleToDuplicate: 'Seleziona le lingue da duplicare',
    selectedLocales: 'Lingue selezionate',
  },
  version: {
    currentDraft: 'Bozza attuale',
    publishAllLocales: 'Pubblica tutte le lingue',
    selectLocales: 'Seleziona le lingue da visualizzare',
    showLocales: 'Lingue visualizzate:',
  },
  error: {
    localesNotSaved_one: 'Non è stato possibile salvare la seguente lingua:',
    localesNotSaved_other: 'Non è stato possibile salvare le seguenti lingue:',
  },
  'plugin-seo': {
    autoGenerate: 'Genera automaticamente',
  },
}

const pt: PayloadWording = {
  general: {
    createNew: 'Criar',
    createNewLabel: 'Criar {{label}}',
    creatingNewLabel: 'Criação de {{label}}',
    locale: 'Idioma do conteúdo',
    locales: 'Idiomas do conteúdo',
    allLocales: 'Todos os idiomas',
    fallbackToDefaultLocale: 'Recorrer ao idioma padrão',
  },
  fields: {
    chooseFromExisting: 'Escolher entre os existentes',
    addNew: 'Adicionar',
    addNewLabel: 'Adicionar {{label}}',
    newLabel: 'Criar {{label}}',
    uploadNewLabel: 'Carregar {{label}}',
    chooseLabel: 'Escolher {{label}}',
  },
  localization: {
    cannotCopySameLocale: 'Não é possível copiar para o mesmo idioma',
    copyToLocale: 'Copiar para outro idioma',
    localeToPublish: 'Idioma a publicar',
    selectLocaleToCopy: 'Selecione o idioma a copiar',
    selectLocaleToDuplicate: 'Selecione os idiomas a duplicar',
    selectedLocales: 'Idiomas selecionados',
  },
  version: {
    currentDraft: 'Rascunho atual',
    publishAllLocales: 'Publicar todos os idiomas',
    selectLocales: 'Selecione os idiomas a exibir',
    showLocales: 'Idiomas exibidos:',
  },
  error: {
    localesNotSaved_one: 'O seguinte idioma não pôde ser salvo:',
    localesNotSaved_other: 'Os seguintes idiomas não puderam ser salvos:',
  },
  'plugin-seo': {
    autoGenerate: 'Gerar automaticamente',
  },
}

const ar: PayloadWording = {
  general: {
    createNew: 'إنشاء',
    createNewLabel: 'إنشاء {{label}}',
    creatingNewLabel: 'جارٍ إنشاء {{label}}',
    locale: 'لغة المحتوى',
    locales: 'لغات المحتوى',
    allLocales: 'كل اللغات',
    fallbackToDefaultLocale: 'الرجوع إلى اللغة الافتراضية',
  },
  fields: {
    chooseFromExisting: 'اختيار من الموجود',
    addNew: 'إضافة',
    addNewLabel: 'إضافة {{label}}',
    newLabel: 'إنشاء {{label}}',
    uploadNewLabel: 'رفع {{label}}',
    chooseLabel: 'اختيار {{label}}',
  },
  localization: {
    cannotCopySameLocale: 'لا يمكن النسخ إلى اللغة نفسها',
    copyToLocale: 'نسخ إلى لغة أخرى',
    localeToPublish: 'اللغة المراد نشرها',
    selectLocaleToCopy: 'اختر اللغة المراد نسخها',
    selectLocaleToDuplicate: 'اختر اللغات المراد تكرارها',
    selectedLocales: 'اللغات المختارة',
  },
  version: {
    currentDraft: 'المسودة الحالية',
    publishAllLocales: 'نشر كل اللغات',
    selectLocales: 'اختر اللغات المراد عرضها',
    showLocales: 'اللغات المعروضة:',
  },
  error: {
    localesNotSaved_one: 'تعذّر حفظ اللغة التالية:',
    localesNotSaved_other: 'تعذّر حفظ اللغات التالية:',
  },
  'plugin-seo': {
    autoGenerate: 'توليد تلقائي',
  },
}

export const payloadWording: Record<string, PayloadWording> = { fr, en, es, de, it, pt, ar }
