// No value of publication/locales (it reads the server's settings, which a browser bundle must not): textsByLanguage takes its types only.
import { type TextsByLanguage, textsIn } from '../../../publication/textsByLanguage'

/**
 * What a translator reads in a document and in the language menu, in every admin language.
 * Kept beside the components (client and server alike read it, without Payload's i18n).
 */
const fr = {
  frenchSource: 'Texte français',
  frenchSourceChanged: 'Texte français, modifié depuis la traduction',
  frenchWhenTranslated: 'À la traduction',
  frenchNow: 'Aujourd’hui',
  removed: 'retiré',
  added: 'ajouté',
  languageStatus: 'État des traductions',
  missing: 'à traduire',
  outdated: 'à revoir',
  upToDate: 'à jour',
  statusCounts: '{{missing}} à traduire, {{outdated}} à revoir, {{upToDate}} à jour',
  readOnlyLanguage: 'Vous traduisez vers {{locales}} : cette langue ({{locale}}) est en lecture seule pour vous.',
  openIn: 'Ouvrir en :',
  readOnlyInMenu: 'lecture seule',
  untranslatedTitle: '{{title}} (français, non traduit)',
}

export type TranslationMessages = typeof fr

export const translationTexts: TextsByLanguage<TranslationMessages> = {
  fr,
  en: {
    frenchSource: 'French text',
    frenchSourceChanged: 'French text, changed since the translation',
    frenchWhenTranslated: 'When translated',
    frenchNow: 'Now',
    removed: 'removed',
    added: 'added',
    languageStatus: 'Translation status',
    missing: 'to translate',
    outdated: 'to review',
    upToDate: 'up to date',
    statusCounts: '{{missing}} to translate, {{outdated}} to review, {{upToDate}} up to date',
    readOnlyLanguage: 'You translate into {{locales}}: this language ({{locale}}) is read-only for you.',
    openIn: 'Open in:',
    readOnlyInMenu: 'read-only',
    untranslatedTitle: '{{title}} (French, not translated)',
  },
  es: {
    frenchSource: 'Texto francés',
    frenchSourceChanged: 'Texto francés, modificado desde la traducción',
    frenchWhenTranslated: 'Al traducir',
    frenchNow: 'Ahora',
    removed: 'eliminado',
    added: 'añadido',
    languageStatus: 'Estado de las traducciones',
    missing: 'por traducir',
    outdated: 'por revisar',
    upToDate: 'al día',
    statusCounts: '{{missing}} por traducir, {{outdated}} por revisar, {{upToDate}} al día',
    readOnlyLanguage: 'Usted traduce al {{locales}}: este idioma ({{locale}}) es de solo lectura para usted.',
    openIn: 'Abrir en:',
    readOnlyInMenu: 'solo lectura',
    untranslatedTitle: '{{title}} (francés, sin traducir)',
  },
  de: {
    frenchSource: 'Französischer Text',
    frenchSourceChanged: 'Französischer Text, seit der Übersetzung geändert',
    frenchWhenTranslated: 'Bei der Übersetzung',
    frenchNow: 'Jetzt',
    removed: 'entfernt',
    added: 'hinzugefügt',
    languageStatus: 'Stand der Übersetzungen',
    missing: 'zu übersetzen',
    outdated: 'zu überarbeiten',
    upToDate: 'aktuell',
    statusCounts: '{{missing}} zu übersetzen, {{outdated}} zu überarbeiten, {{upToDate}} aktuell',
    readOnlyLanguage: 'Sie übersetzen nach {{locales}}: Diese Sprache ({{locale}}) können Sie nur lesen.',
    openIn: 'Öffnen auf:',
    readOnlyInMenu: 'nur lesen',
    untranslatedTitle: '{{title}} (Französisch, nicht übersetzt)',
  },
  it: {
    frenchSource: 'Testo francese',
    frenchSourceChanged: 'Testo francese, modificato dopo la traduzione',
    frenchWhenTranslated: 'Alla traduzione',
    frenchNow: 'Ora',
    removed: 'rimosso',
    added: 'aggiunto',
    languageStatus: 'Stato delle traduzioni',
    missing: 'da tradurre',
    outdated: 'da rivedere',
    upToDate: 'aggiornato',
    statusCounts: '{{missing}} da tradurre, {{outdated}} da rivedere, {{upToDate}} aggiornati',
    readOnlyLanguage: 'Traduci verso {{locales}}: questa lingua ({{locale}}) è di sola lettura per te.',
    openIn: 'Apri in:',
    readOnlyInMenu: 'sola lettura',
    untranslatedTitle: '{{title}} (francese, non tradotto)',
  },
  pt: {
    frenchSource: 'Texto francês',
    frenchSourceChanged: 'Texto francês, alterado desde a tradução',
    frenchWhenTranslated: 'Na tradução',
    frenchNow: 'Agora',
    removed: 'removido',
    added: 'adicionado',
    languageStatus: 'Estado das traduções',
    missing: 'por traduzir',
    outdated: 'por rever',
    upToDate: 'atualizado',
    statusCounts: '{{missing}} por traduzir, {{outdated}} por rever, {{upToDate}} atualizados',
    readOnlyLanguage: 'Traduz para {{locales}}: esta língua ({{locale}}) é só de leitura para si.',
    openIn: 'Abrir em:',
    readOnlyInMenu: 'só leitura',
    untranslatedTitle: '{{title}} (francês, não traduzido)',
  },
  ar: {
    frenchSource: 'النص الفرنسي',
    frenchSourceChanged: 'النص الفرنسي، عُدِّل منذ الترجمة',
    frenchWhenTranslated: 'عند الترجمة',
    frenchNow: 'الآن',
    removed: 'محذوف',
    added: 'مضاف',
    languageStatus: 'حالة الترجمات',
    missing: 'للترجمة',
    outdated: 'للمراجعة',
    upToDate: 'محدّثة',
    statusCounts: '{{missing}} للترجمة، {{outdated}} للمراجعة، {{upToDate}} محدّثة',
    readOnlyLanguage: 'تترجمون إلى {{locales}}: هذه اللغة ({{locale}}) للقراءة فقط بالنسبة لكم.',
    openIn: 'افتح بـ:',
    readOnlyInMenu: 'للقراءة فقط',
    untranslatedTitle: '{{title}} (بالفرنسية، غير مترجم)',
  },
}

/** The messages in an admin language, French when that language has none. */
export const translationMessages = (language: string | undefined): TranslationMessages => textsIn(translationTexts, language ?? 'fr')

/**
 * Fills `{{name}}` placeholders; one without a value is left as it is. The one filler of the
 * translation tools' tables (this one, the dashboard's, the subtitles'), browser and server alike.
 */
export const fillIn = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
