import type { LocaleCode } from '../../publication/locales'
import { languageOfTexts, type TextsByLanguage, textsIn } from '../../publication/textsByLanguage'
import { answerText } from './publicAnswers'

/**
 * A form post is a "simple" cross-origin request: any page on the web could make its visitors'
 * browsers post our forms, each from its own address, and so slip past the limits per client
 * address. Browsers name the page's origin on every cross-origin POST (`Origin`, `null` from a
 * sandboxed frame or a data: page), so a post naming another origin is refused. A request without
 * it (an old client, a script run by hand) is let through: the flood limits still hold it.
 */
export const postedFrom = (req: { headers: Headers }, allowedUrls: readonly string[]) => {
  const origin = req.headers.get('origin')
  return origin === null || allowedUrls.some((url) => new URL(url).origin === origin)
}

export const refusalMessages: TextsByLanguage<string> = {
  fr: 'Ce formulaire ne peut être envoyé que depuis les pages de notre site.',
  en: 'This form can only be sent from the pages of our site.',
  es: 'Este formulario solo puede enviarse desde las páginas de nuestro sitio.',
  de: 'Dieses Formular kann nur von den Seiten unserer Website gesendet werden.',
  it: 'Questo modulo può essere inviato solo dalle pagine del nostro sito.',
  pt: 'Este formulário só pode ser enviado a partir das páginas do nosso site.',
  ar: 'لا يمكن إرسال هذه الاستمارة إلا من صفحات موقعنا.',
}

/** The 403 for a post from another site's page: nothing was read or written. */
export const refusedFromOtherSite = (req: { headers: Headers }, locale: LocaleCode) =>
  answerText(req, 403, textsIn(refusalMessages, locale), languageOfTexts(refusalMessages, locale))
