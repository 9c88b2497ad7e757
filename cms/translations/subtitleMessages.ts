// No value of publication/locales (it reads the server's settings, which a browser bundle must not): textsByLanguage takes its types only.
import { type TextsByLanguage, textsIn } from '../../publication/textsByLanguage'

/**
 * What a video's subtitles say in the admin: the note over the field (which languages have no
 * track) and the refusal of a translator's change to another language's track, in every admin
 * language. The browser and the server both read it, without Payload's i18n.
 */
const fr = {
  withoutSubtitles: 'Sans sous-titres : {{languages}}',
  subtitledInEveryLanguage: 'Sous-titres dans toutes les langues.',
  onlyTheirTracks: 'Sous-titres : vous ne pouvez ajouter, remplacer ou retirer que les pistes de vos langues ({{theirs}}).',
  otherLanguagesTracks: 'Pistes des autres langues, non modifiables : {{languages}}.',
  otherTracksOrder: 'Les autres pistes gardent leur ordre.',
  listSeparator: ', ',
}

export type SubtitleMessages = typeof fr

export const subtitleTexts: TextsByLanguage<SubtitleMessages> = {
  fr,
  en: {
    withoutSubtitles: 'Without subtitles: {{languages}}',
    subtitledInEveryLanguage: 'Subtitles in every language.',
    onlyTheirTracks: 'Subtitles: you may add, replace or remove only the tracks of your languages ({{theirs}}).',
    otherLanguagesTracks: 'Tracks of other languages, not editable: {{languages}}.',
    otherTracksOrder: 'The other tracks keep their order.',
    listSeparator: ', ',
  },
  es: {
    withoutSubtitles: 'Sin subtítulos: {{languages}}',
    subtitledInEveryLanguage: 'Subtítulos en todos los idiomas.',
    onlyTheirTracks: 'Subtítulos: solo puede añadir, sustituir o quitar las pistas de sus idiomas ({{theirs}}).',
    otherLanguagesTracks: 'Pistas de otros idiomas, no editables: {{languages}}.',
    otherTracksOrder: 'Las demás pistas mantienen su orden.',
    listSeparator: ', ',
  },
  de: {
    withoutSubtitles: 'Ohne Untertitel: {{languages}}',
    subtitledInEveryLanguage: 'Untertitel in allen Sprachen.',
    onlyTheirTracks: 'Untertitel: Sie können nur die Spuren Ihrer Sprachen ({{theirs}}) hinzufügen, ersetzen oder entfernen.',
    otherLanguagesTracks: 'Spuren anderer Sprachen, nicht änderbar: {{languages}}.',
    otherTracksOrder: 'Die übrigen Spuren behalten ihre Reihenfolge.',
    listSeparator: ', ',
  },
  it: {
    withoutSubtitles: 'Senza sottotitoli: {{languages}}',
    subtitledInEveryLanguage: 'Sottotitoli in tutte le lingue.',
    onlyTheirTracks: 'Sottotitoli: puoi aggiungere, sostituire o rimuovere solo le tracce delle tue lingue ({{theirs}}).',
    otherLanguagesTracks: 'Tracce di altre lingue, non modificabili: {{languages}}.',
    otherTracksOrder: 'Le altre tracce mantengono il loro ordine.',
    listSeparator: ', ',
  },
  pt: {
    withoutSubtitles: 'Sem legendas: {{languages}}',
    subtitledInEveryLanguage: 'Legendas em todas as línguas.',
    onlyTheirTracks: 'Legendas: só pode adicionar, substituir ou remover as faixas das suas línguas ({{theirs}}).',
    otherLanguagesTracks: 'Faixas de outras línguas, não editáveis: {{languages}}.',
    otherTracksOrder: 'As outras faixas mantêm a sua ordem.',
    listSeparator: ', ',
  },
  ar: {
    withoutSubtitles: 'بلا ترجمة مصاحبة: {{languages}}',
    subtitledInEveryLanguage: 'ترجمة مصاحبة بكل اللغات.',
    onlyTheirTracks: 'الترجمة المصاحبة: يمكنكم فقط إضافة مسارات لغاتكم ({{theirs}}) أو استبدالها أو إزالتها.',
    otherLanguagesTracks: 'مسارات لغات أخرى، غير قابلة للتعديل: {{languages}}.',
    otherTracksOrder: 'تحتفظ المسارات الأخرى بترتيبها.',
    listSeparator: '، ',
  },
}

/** The messages in an admin language, French when that language has none. */
export const subtitleMessages = (language: string | undefined): SubtitleMessages => textsIn(subtitleTexts, language ?? 'fr')
