import type { SEOPluginConfig } from '@payloadcms/plugin-seo/types'
import type { Field } from 'payload'

import type { TextsByLanguage } from '../../publication/textsByLanguage'

/** Payload shows French where a label has no text in the admin's language. */
type Labels = TextsByLanguage<string>

/**
 * The SEO plugin names its fields in English ("Meta Image", "Preview") or not at all (Payload
 * then shows "Title", "Description"): each of its fields, named in every admin language.
 */
const seoFieldLabels: Record<string, Labels> = {
  overview: {
    fr: 'Vue d’ensemble',
    en: 'Overview',
    es: 'Resumen',
    de: 'Überblick',
    it: 'Panoramica',
    pt: 'Visão geral',
    ar: 'نظرة عامة',
  },
  title: {
    fr: 'Titre pour les moteurs de recherche',
    en: 'Title for search engines',
    es: 'Título para los buscadores',
    de: 'Titel für Suchmaschinen',
    it: 'Titolo per i motori di ricerca',
    pt: 'Título para os motores de busca',
    ar: 'العنوان لمحركات البحث',
  },
  description: {
    fr: 'Description pour les moteurs de recherche',
    en: 'Description for search engines',
    es: 'Descripción para los buscadores',
    de: 'Beschreibung für Suchmaschinen',
    it: 'Descrizione per i motori di ricerca',
    pt: 'Descrição para os motores de busca',
    ar: 'الوصف لمحركات البحث',
  },
  image: {
    fr: 'Image de partage',
    en: 'Sharing image',
    es: 'Imagen para compartir',
    de: 'Bild zum Teilen',
    it: 'Immagine di condivisione',
    pt: 'Imagem de partilha',
    ar: 'صورة المشاركة',
  },
  preview: {
    fr: 'Aperçu',
    en: 'Preview',
    es: 'Vista previa',
    de: 'Vorschau',
    it: 'Anteprima',
    pt: 'Pré-visualização',
    ar: 'معاينة',
  },
}

/** Replaces the plugin's English upload hint ("Maximum upload file size: 12MB…"): the visuals collection sets its own limits. */
const imageDescription: Labels = {
  fr: 'L’image montrée quand la page est partagée (réseaux sociaux, messageries).',
  en: 'The image shown when the page is shared (social networks, messaging apps).',
  es: 'La imagen que se muestra cuando se comparte la página (redes sociales, mensajería).',
  de: 'Das Bild, das beim Teilen der Seite erscheint (soziale Netzwerke, Messenger).',
  it: 'L’immagine mostrata quando la pagina viene condivisa (social network, messaggistica).',
  pt: 'A imagem mostrada quando a página é partilhada (redes sociais, mensagens).',
  ar: 'الصورة التي تظهر عند مشاركة الصفحة (شبكات التواصل، تطبيقات المراسلة).',
}

const named = (field: Field): Field => {
  const name = 'name' in field ? field.name : undefined
  const label = name ? seoFieldLabels[name] : undefined
  if (!label) return field
  if (name === 'image') return { ...field, label, admin: { ...field.admin, description: imageDescription } } as Field
  return { ...field, label } as Field
}

/** The plugin's `fields` option: its default fields, named in every admin language. */
export const translatedSeoFields: NonNullable<SEOPluginConfig['fields']> = ({ defaultFields }) => defaultFields.map(named)
