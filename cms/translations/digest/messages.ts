import type { LocaleCode } from '../../../publication/locales'
import type { TextsByLanguage } from '../../../publication/textsByLanguage'
import type { TranslatableCollection } from '../translatableCollections'

/** A count's words in each plural category its language has (Intl.PluralRules'); `other` serves the rest. */
type PluralForms = Partial<Record<Intl.LDMLPluralRule, (count: number) => string>> & { other: (count: number) => string }

/**
 * What the translators' daily digest says, in each language. The list of documents, the links and
 * the languages' names are filled in by compose.ts.
 */
export interface DigestMessages {
  subject: string
  greeting: (name: string) => string
  intro: string
  outdated: PluralForms
  missing: PluralForms
  untitled: (id: string) => string
  dashboard: string
  footer: string
  collections: Record<TranslatableCollection, string>
}

export const digestMessages: TextsByLanguage<DigestMessages> = {
  fr: {
    subject: 'Traductions à mettre à jour',
    greeting: (name) => `Bonjour ${name},`,
    intro:
      'Des textes publiés en français ont changé depuis votre dernier récapitulatif. Voici ce qui est à revoir ou à traduire dans vos langues.',
    outdated: { one: (n) => `${n} texte à revoir`, other: (n) => `${n} textes à revoir` },
    missing: { one: (n) => `${n} texte à traduire`, other: (n) => `${n} textes à traduire` },
    untitled: (id) => `Sans titre (n° ${id})`,
    dashboard: 'Toutes vos traductions, sur le tableau de bord\u00a0:',
    footer: 'Vous recevez au plus un récapitulatif par jour, quand un contenu publié en français concerne vos langues de traduction.',
    collections: {
      programme: 'Programme',
      faqs: 'Questions fréquentes',
      trainings: 'Formations',
      videos: 'Vidéos',
      infographics: 'Infographies',
      sheets: 'Fiches pratiques et tutoriels',
      bibliographies: 'Bibliographies',
      themes: 'Thèmes',
      events: 'Événements',
      'action-groups': 'Groupes d’action',
      'event-types': 'Types d’événement',
      'tract-templates': 'Modèles de tracts',
      visuals: 'Visuels',
      'tract-artwork': 'Fonds de tracts',
      files: 'Fichiers',
    },
  },
  en: {
    subject: 'Translations to update',
    greeting: (name) => `Hello ${name},`,
    intro: 'Texts published in French have changed since your last summary. Here is what to review or translate in your languages.',
    outdated: { one: (n) => `${n} text to review`, other: (n) => `${n} texts to review` },
    missing: { one: (n) => `${n} text to translate`, other: (n) => `${n} texts to translate` },
    untitled: (id) => `Untitled (no. ${id})`,
    dashboard: 'All your translations, on the dashboard:',
    footer: 'You receive at most one summary a day, when content published in French concerns your translation languages.',
    collections: {
      programme: 'Programme',
      faqs: 'FAQs',
      trainings: 'Trainings',
      videos: 'Videos',
      infographics: 'Infographics',
      sheets: 'Practical sheets and tutorials',
      bibliographies: 'Bibliographies',
      themes: 'Themes',
      events: 'Events',
      'action-groups': 'Action groups',
      'event-types': 'Event types',
      'tract-templates': 'Leaflet templates',
      visuals: 'Visuals',
      'tract-artwork': 'Leaflet artwork',
      files: 'Files',
    },
  },
  es: {
    subject: 'Traducciones por actualizar',
    greeting: (name) => `Hola, ${name}:`,
    intro:
      'Algunos textos publicados en francés han cambiado desde su último resumen. Esto es lo que hay que revisar o traducir en sus idiomas.',
    outdated: { one: (n) => `${n} texto por revisar`, other: (n) => `${n} textos por revisar` },
    missing: { one: (n) => `${n} texto por traducir`, other: (n) => `${n} textos por traducir` },
    untitled: (id) => `Sin título (n.º ${id})`,
    dashboard: 'Todas sus traducciones, en el panel:',
    footer: 'Recibe como máximo un resumen al día, cuando un contenido publicado en francés afecta a sus idiomas de traducción.',
    collections: {
      programme: 'Programa',
      faqs: 'Preguntas frecuentes',
      trainings: 'Formaciones',
      videos: 'Vídeos',
      infographics: 'Infografías',
      sheets: 'Fichas prácticas y tutoriales',
      bibliographies: 'Bibliografías',
      themes: 'Temas',
      events: 'Eventos',
      'action-groups': 'Grupos de acción',
      'event-types': 'Tipos de evento',
      'tract-templates': 'Plantillas de octavillas',
      visuals: 'Elementos visuales',
      'tract-artwork': 'Fondos de octavillas',
      files: 'Archivos',
    },
  },
  de: {
    subject: 'Zu aktualisierende Übersetzungen',
    greeting: (name) => `Hallo ${name},`,
    intro:
      'Auf Französisch veröffentlichte Texte haben sich seit Ihrer letzten Übersicht geändert. Folgendes ist in Ihren Sprachen zu überarbeiten oder zu übersetzen.',
    outdated: { one: (n) => `${n} Text zu überarbeiten`, other: (n) => `${n} Texte zu überarbeiten` },
    missing: { one: (n) => `${n} Text zu übersetzen`, other: (n) => `${n} Texte zu übersetzen` },
    untitled: (id) => `Ohne Titel (Nr. ${id})`,
    dashboard: 'Alle Ihre Übersetzungen im Dashboard:',
    footer:
      'Sie erhalten höchstens eine Übersicht pro Tag, wenn auf Französisch veröffentlichte Inhalte Ihre Übersetzungssprachen betreffen.',
    collections: {
      programme: 'Programm',
      faqs: 'Häufige Fragen',
      trainings: 'Schulungen',
      videos: 'Videos',
      infographics: 'Infografiken',
      sheets: 'Praxisblätter und Anleitungen',
      bibliographies: 'Bibliografien',
      themes: 'Themen',
      events: 'Veranstaltungen',
      'action-groups': 'Aktionsgruppen',
      'event-types': 'Veranstaltungsarten',
      'tract-templates': 'Flugblattvorlagen',
      visuals: 'Grafiken',
      'tract-artwork': 'Flugblatt-Hintergründe',
      files: 'Dateien',
    },
  },
  it: {
    subject: 'Traduzioni da aggiornare',
    greeting: (name) => `Buongiorno ${name},`,
    intro:
      'Alcuni testi pubblicati in francese sono cambiati dal suo ultimo riepilogo. Ecco cosa c’è da rivedere o da tradurre nelle sue lingue.',
    outdated: { one: (n) => `${n} testo da rivedere`, other: (n) => `${n} testi da rivedere` },
    missing: { one: (n) => `${n} testo da tradurre`, other: (n) => `${n} testi da tradurre` },
    untitled: (id) => `Senza titolo (n. ${id})`,
    dashboard: 'Tutte le sue traduzioni, nella dashboard:',
    footer: 'Riceve al massimo un riepilogo al giorno, quando un contenuto pubblicato in francese riguarda le sue lingue di traduzione.',
    collections: {
      programme: 'Programma',
      faqs: 'Domande frequenti',
      trainings: 'Formazioni',
      videos: 'Video',
      infographics: 'Infografiche',
      sheets: 'Schede pratiche e tutorial',
      bibliographies: 'Bibliografie',
      themes: 'Temi',
      events: 'Eventi',
      'action-groups': 'Gruppi d’azione',
      'event-types': 'Tipi di evento',
      'tract-templates': 'Modelli di volantini',
      visuals: 'Immagini',
      'tract-artwork': 'Sfondi di volantini',
      files: 'File',
    },
  },
  pt: {
    subject: 'Traduções a atualizar',
    greeting: (name) => `Olá, ${name},`,
    intro: 'Textos publicados em francês mudaram desde o seu último resumo. Eis o que há para rever ou traduzir nas suas línguas.',
    outdated: { one: (n) => `${n} texto para rever`, other: (n) => `${n} textos para rever` },
    missing: { one: (n) => `${n} texto para traduzir`, other: (n) => `${n} textos para traduzir` },
    untitled: (id) => `Sem título (n.º ${id})`,
    dashboard: 'Todas as suas traduções, no painel:',
    footer: 'Recebe no máximo um resumo por dia, quando um conteúdo publicado em francês diz respeito às suas línguas de tradução.',
    collections: {
      programme: 'Programa',
      faqs: 'Perguntas frequentes',
      trainings: 'Formações',
      videos: 'Vídeos',
      infographics: 'Infografias',
      sheets: 'Fichas práticas e tutoriais',
      bibliographies: 'Bibliografias',
      themes: 'Temas',
      events: 'Eventos',
      'action-groups': 'Grupos de ação',
      'event-types': 'Tipos de evento',
      'tract-templates': 'Modelos de panfletos',
      visuals: 'Elementos visuais',
      'tract-artwork': 'Fundos de panfletos',
      files: 'Ficheiros',
    },
  },
  ar: {
    subject: 'ترجمات بحاجة إلى تحديث',
    greeting: (name) => `مرحبًا ${name}،`,
    intro: 'تغيّرت نصوص منشورة بالفرنسية منذ ملخصك الأخير. إليك ما ينبغي مراجعته أو ترجمته في لغاتك.',
    outdated: {
      one: () => 'نص واحد للمراجعة',
      two: () => 'نصان للمراجعة',
      few: (n) => `${n} نصوص للمراجعة`,
      many: (n) => `${n} نصًا للمراجعة`,
      other: (n) => `${n} نص للمراجعة`,
    },
    missing: {
      one: () => 'نص واحد للترجمة',
      two: () => 'نصان للترجمة',
      few: (n) => `${n} نصوص للترجمة`,
      many: (n) => `${n} نصًا للترجمة`,
      other: (n) => `${n} نص للترجمة`,
    },
    untitled: (id) => `بلا عنوان (رقم ${id})`,
    dashboard: 'كل ترجماتك في لوحة المتابعة:',
    footer: 'تتلقى ملخصًا واحدًا في اليوم على الأكثر، عندما يخصّ محتوى منشور بالفرنسية لغاتِ ترجمتك.',
    collections: {
      programme: 'البرنامج',
      faqs: 'الأسئلة الشائعة',
      trainings: 'التدريبات',
      videos: 'الفيديوهات',
      infographics: 'الرسوم البيانية',
      sheets: 'بطاقات عملية ودروس',
      bibliographies: 'المراجع',
      themes: 'المواضيع',
      events: 'الفعاليات',
      'action-groups': 'مجموعات العمل',
      'event-types': 'أنواع الفعاليات',
      'tract-templates': 'قوالب المنشورات',
      visuals: 'المرئيات',
      'tract-artwork': 'خلفيات المنشورات',
      files: 'الملفات',
    },
  },
}

/** A count in words, in the form its language's grammar asks for. */
export const countIn = (language: LocaleCode, forms: PluralForms, count: number): string =>
  (forms[new Intl.PluralRules(language).select(count)] ?? forms.other)(count)
