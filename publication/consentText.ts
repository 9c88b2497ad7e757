import { env } from '../env'
import type { LocaleCode } from './locales'
import { type TextsByLanguage, textsIn } from './textsByLanguage'

/**
 * The consent box of the sign-up form, in each language: what the site shows beside the box and
 * what the CMS stores with the registration, so that the text kept is the text the person ticked.
 * The site shows `agreement` then `privacyLink` as a link to `privacyPath(locale)`; the stored text
 * is both, as `consentText` joins them. The delay is the one the retention job keeps to
 * (REGISTRATION_RETENTION_DAYS, 90 by default), so the box never promises another.
 */
const wording: TextsByLanguage<{ agreement: string; privacyLink: string }> = {
  fr: {
    agreement:
      'J’accepte que mon prénom, mon adresse e-mail et, s’il est demandé, mon numéro de téléphone servent uniquement à organiser cet événement et à m’écrire à son sujet. Ils sont supprimés {days} jours après l’événement.',
    privacyLink: 'Voir la page Confidentialité.',
  },
  en: {
    agreement:
      'I agree that my first name, my email address and, if asked, my phone number are used only to organise this event and to write to me about it. They are deleted {days} days after the event.',
    privacyLink: 'See the privacy page.',
  },
  es: {
    agreement:
      'Acepto que mi nombre, mi dirección de correo electrónico y, si se pide, mi número de teléfono se usen solo para organizar este evento y escribirme sobre él. Se borran {days} días después del evento.',
    privacyLink: 'Ver la página de privacidad.',
  },
  de: {
    agreement:
      'Ich bin einverstanden, dass mein Vorname, meine E-Mail-Adresse und, falls erfragt, meine Telefonnummer nur verwendet werden, um diese Veranstaltung zu organisieren und mir dazu zu schreiben. Sie werden {days} Tage nach der Veranstaltung gelöscht.',
    privacyLink: 'Siehe die Seite zum Datenschutz.',
  },
  it: {
    agreement:
      'Accetto che il mio nome, il mio indirizzo email e, se richiesto, il mio numero di telefono siano usati solo per organizzare questo evento e per scrivermi al riguardo. Vengono cancellati {days} giorni dopo l’evento.',
    privacyLink: 'Vedi la pagina sulla privacy.',
  },
  pt: {
    agreement:
      'Aceito que o meu nome, o meu endereço de e-mail e, se for pedido, o meu número de telefone sejam usados apenas para organizar este evento e para me escreverem sobre ele. São apagados {days} dias após o evento.',
    privacyLink: 'Ver a página de privacidade.',
  },
  ar: {
    agreement:
      'أوافق على استخدام اسمي الأول وعنوان بريدي الإلكتروني، ورقم هاتفي إن طُلب، لتنظيم هذا الحدث ومراسلتي بشأنه فقط. تُحذف هذه البيانات بعد {days} يومًا من الحدث.',
    privacyLink: 'راجع صفحة الخصوصية.',
  },
}

export const consentWording = Object.fromEntries(
  Object.entries(wording).map(([locale, { agreement, privacyLink }]) => [
    locale,
    { agreement: agreement.replace('{days}', String(env.registrationRetentionDays)), privacyLink },
  ]),
) as typeof wording

/** The consent a person gave by ticking the box in `locale`, as stored with their registration. */
export const consentText = (locale: LocaleCode) => {
  const { agreement, privacyLink } = textsIn(consentWording, locale)
  return `${agreement} ${privacyLink}`
}
