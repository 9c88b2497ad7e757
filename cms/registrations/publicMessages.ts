import type { TextsByLanguage } from '../../publication/textsByLanguage'

/**
 * What the CMS's public endpoints say to a visitor themselves (the outcomes of a sign-up are the
 * site's pages): the cancel page, and the short answers to a request that cannot be handled. The
 * consent text lives in publication/consentText.ts, where the site reads it too.
 */
export interface PublicMessages {
  /** The cancel page's title and heading. */
  cancelTitle: string
  /** What cancelling does, before the button. */
  cancelExplanation: string
  cancelButton: string
  /** For a person who opened the link and wants to keep their seat. */
  cancelKeep: string
  backToSite: string
  /** A failure of ours: no detail, nothing personal. */
  unexpectedError: string
  tooLarge: string
  unsupportedForm: string
}

export const publicMessages: TextsByLanguage<PublicMessages> = {
  fr: {
    cancelTitle: 'Annuler mon inscription',
    cancelExplanation:
      'Annuler libère votre place (et celles de vos accompagnant·es) pour quelqu’un d’autre, et efface votre prénom, votre adresse e-mail et votre numéro de téléphone de nos fichiers. Cela ne peut pas être défait.',
    cancelButton: 'Annuler mon inscription',
    cancelKeep: 'Vous venez toujours ? Fermez simplement cette page : rien n’a changé.',
    backToSite: 'Retour au site',
    unexpectedError: 'Une erreur est survenue de notre côté. Réessayez dans quelques minutes.',
    tooLarge: 'Ce formulaire est trop long.',
    unsupportedForm: 'Ce formulaire n’a pas pu être lu.',
  },
  en: {
    cancelTitle: 'Cancel my registration',
    cancelExplanation:
      'Cancelling frees your seat (and your guests’ seats) for someone else, and erases your first name, email address and phone number from our records. It cannot be undone.',
    cancelButton: 'Cancel my registration',
    cancelKeep: 'Still coming? Just close this page: nothing has changed.',
    backToSite: 'Back to the site',
    unexpectedError: 'Something went wrong on our side. Please try again in a few minutes.',
    tooLarge: 'This form is too long.',
    unsupportedForm: 'This form could not be read.',
  },
  es: {
    cancelTitle: 'Anular mi inscripción',
    cancelExplanation:
      'Anular libera tu plaza (y las de tus acompañantes) para otra persona y borra tu nombre, tu dirección de correo electrónico y tu número de teléfono de nuestros registros. No se puede deshacer.',
    cancelButton: 'Anular mi inscripción',
    cancelKeep: '¿Sigues viniendo? Cierra esta página: no ha cambiado nada.',
    backToSite: 'Volver al sitio',
    unexpectedError: 'Algo ha fallado por nuestra parte. Vuelve a intentarlo dentro de unos minutos.',
    tooLarge: 'Este formulario es demasiado largo.',
    unsupportedForm: 'No se ha podido leer este formulario.',
  },
  de: {
    cancelTitle: 'Meine Anmeldung stornieren',
    cancelExplanation:
      'Wenn du stornierst, wird dein Platz (und der deiner Begleitpersonen) für andere frei, und dein Vorname, deine E-Mail-Adresse und deine Telefonnummer werden aus unseren Unterlagen gelöscht. Das lässt sich nicht rückgängig machen.',
    cancelButton: 'Meine Anmeldung stornieren',
    cancelKeep: 'Du kommst doch? Schließ einfach diese Seite: Es hat sich nichts geändert.',
    backToSite: 'Zurück zur Website',
    unexpectedError: 'Bei uns ist ein Fehler aufgetreten. Bitte versuche es in ein paar Minuten noch einmal.',
    tooLarge: 'Dieses Formular ist zu lang.',
    unsupportedForm: 'Dieses Formular konnte nicht gelesen werden.',
  },
  it: {
    cancelTitle: 'Annulla la mia iscrizione',
    cancelExplanation:
      'Annullare libera il tuo posto (e quelli delle persone che ti accompagnano) per qualcun altro e cancella il tuo nome, il tuo indirizzo email e il tuo numero di telefono dai nostri archivi. Non si può tornare indietro.',
    cancelButton: 'Annulla la mia iscrizione',
    cancelKeep: 'Vieni ancora? Chiudi semplicemente questa pagina: non è cambiato nulla.',
    backToSite: 'Torna al sito',
    unexpectedError: 'Si è verificato un errore da parte nostra. Riprova tra qualche minuto.',
    tooLarge: 'Questo modulo è troppo lungo.',
    unsupportedForm: 'Non è stato possibile leggere questo modulo.',
  },
  pt: {
    cancelTitle: 'Cancelar a minha inscrição',
    cancelExplanation:
      'Cancelar liberta o seu lugar (e os dos seus acompanhantes) para outra pessoa e apaga o seu nome, o seu endereço de e-mail e o seu número de telefone dos nossos registos. Não pode ser desfeito.',
    cancelButton: 'Cancelar a minha inscrição',
    cancelKeep: 'Ainda vem? Basta fechar esta página: nada mudou.',
    backToSite: 'Voltar ao site',
    unexpectedError: 'Ocorreu um erro do nosso lado. Tente novamente dentro de alguns minutos.',
    tooLarge: 'Este formulário é demasiado longo.',
    unsupportedForm: 'Não foi possível ler este formulário.',
  },
  ar: {
    cancelTitle: 'إلغاء تسجيلي',
    cancelExplanation:
      'يُحرِّر الإلغاء مقعدك (ومقاعد مرافقيك) لشخص آخر، ويمحو اسمك الأول وعنوان بريدك الإلكتروني ورقم هاتفك من سجلاتنا. لا يمكن التراجع عن ذلك.',
    cancelButton: 'إلغاء تسجيلي',
    cancelKeep: 'هل ما زلت قادمًا؟ أغلق هذه الصفحة فحسب: لم يتغير شيء.',
    backToSite: 'العودة إلى الموقع',
    unexpectedError: 'حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.',
    tooLarge: 'هذا النموذج طويل جدًا.',
    unsupportedForm: 'تعذّرت قراءة هذا النموذج.',
  },
}
