import type { DonationFrequency, DonationProblem, DonationVisitorField } from './donation'
import type { TextsByLanguage } from './textsByLanguage'

/**
 * Every donation text that both the public site (the form and its island) and the CMS (its page
 * naming a refused form's problems, without JavaScript) show, in each language, so that a refusal
 * reads the same wherever it is said. Templates take `{name}` placeholders, filled by `fillIn`;
 * amounts are filled already formatted by `formatEuros`. The law's own figures (7,500 € a year,
 * 3 years and 45,000 €) are written out: they do not change with a setting.
 */
export interface DonationText {
  /** The page's title. */
  title: string
  /** What the checkout names the payment (Stripe's line item). */
  checkoutItem: Record<DonationFrequency, string>
  frequency: { legend: string; once: string; monthly: string }
  /** The label of each field the visitor fills in (publication/donation.ts). */
  fields: Record<DonationVisitorField, string>
  /** Each refusal, said on its field; amounts as `{minimum}` / `{maximum}`. */
  problems: Record<DonationProblem, string>
  /** A refusal over the law's yearly cap: each line takes `{amount}`; `thisDonation` also `{count}` (payments this year). */
  overCap: {
    title: string
    cap: string
    given: string
    monthlyStillToCome: string
    thisDonation: string
    stillPossible: string
    largestMonthly: string
    explanation: string
  }
  /** A monthly donor starting another monthly donation: `{amount}` is the current one, a month. */
  monthlyExists: { question: string; replace: string; add: string }
  /** The CMS's page naming a refused form's problems (JavaScript off). */
  correction: { title: string; intro: string; submit: string; back: string }
  /** The law in plain words; `dataUse` takes `{years}` (DONATION_RETENTION_YEARS). */
  legal: { cap: string; penalty: string; dataUse: string; certify: string; naturalPerson: string }
  /** What the donation costs after the tax reduction: `{amount}`; the monthly one is a month's cost. */
  taxReduction: string
  taxReductionMonthly: string
  unavailable: string
  busy: string
  /** What only the site's pages say: the form around the shared labels, its summary, the pages after the checkout. */
  form: {
    intro: string
    other: string
    otherLabel: string
    /** `{minimum}`, `{maximum}` */
    limits: string
    sharesIntro: string
    /** The euros input of a group's share: `{group}` */
    shareInput: string
    search: string
    searchHelp: string
    searchEmpty: string
    remove: string
    /** `{group}` */
    removeLabel: string
    /** `{department}` */
    department: string
    otherGroups: string
    /** `{amount}` */
    nationalPart: string
    identityLegend: string
    identityIntro: string
    emailHelp: string
    chooseNationality: string
    residenceHelp: string
    required: string
    honeypot: string
    legalTitle: string
    privacyLink: string
    review: string
    sending: string
    networkError: string
    fixErrors: string
  }
  summary: {
    title: string
    national: string
    /** `{amount}` */
    perMonth: string
    stripe: string
    confirm: string
    edit: string
  }
  /** The thank-you page: its titles, and what it says of each status the CMS gives. */
  status: {
    thanksTitle: string
    failedTitle: string
    withoutScript: string
    pending: string
    pendingLong: string
    succeeded: string
    failed: string
    expired: string
    refunded: string
    disputed: string
    unknown: string
    unreachable: string
  }
  cancelled: { title: string; text: string }
}

/** `{name}` placeholders filled from `values`; a placeholder without a value is left as it is. */
export const fillIn = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder))

/** Cents as euros in the reader's language: `30,00 €`, `€30.00`, `30,00 €`… */
export const formatEuros = (cents: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100)

export const donationText: TextsByLanguage<DonationText> = {
  fr: {
    title: 'Faire un don',
    checkoutItem: { once: 'Don au mouvement', monthly: 'Don mensuel au mouvement' },
    frequency: { legend: 'Je donne', once: 'Une fois', monthly: 'Chaque mois' },
    fields: {
      frequency: 'Fréquence du don',
      amount: 'Montant',
      shares: 'Répartition entre les groupes',
      firstName: 'Prénom',
      lastName: 'Nom',
      email: 'Adresse e-mail',
      address: 'Adresse postale',
      postcode: 'Code postal',
      city: 'Ville',
      nationality: 'Nationalité',
      residesInFrance: 'J’ai ma résidence fiscale en France',
      phone: 'Téléphone',
      certify: 'Attestation',
    },
    problems: {
      frequencyInvalid: 'Choisissez un don ponctuel ou un don mensuel.',
      amountRequired: 'Indiquez le montant de votre don.',
      amountInvalid: 'Ce montant n’est pas valide : écrivez un nombre d’euros, par exemple 30 ou 30,50.',
      amountBelowMinimum: 'Le don minimum est de {minimum}.',
      amountAboveMaximum: 'Un don, ou un versement mensuel, ne peut pas dépasser {maximum}.',
      shareInvalid: 'Une part n’est pas un montant valide : écrivez un nombre d’euros, par exemple 10 ou 10,50.',
      shareGroupUnknown: 'Un des groupes choisis ne peut plus recevoir de dons : retirez-le de la répartition.',
      sharesAboveAmount: 'Les parts des groupes dépassent le montant du don : réduisez-les ou augmentez le montant.',
      firstNameRequired: 'Indiquez votre prénom.',
      firstNameInvalid:
        'Votre prénom ne peut contenir que des lettres, des espaces, des apostrophes et des traits d’union (80 caractères au plus).',
      lastNameRequired: 'Indiquez votre nom.',
      lastNameInvalid:
        'Votre nom ne peut contenir que des lettres, des espaces, des apostrophes et des traits d’union (80 caractères au plus).',
      emailInvalid: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.',
      addressRequired: 'Indiquez votre adresse postale (200 caractères au plus).',
      postcodeInvalid: 'Indiquez un code postal valide, par exemple 75011.',
      cityRequired: 'Indiquez votre ville.',
      nationalityRequired: 'Choisissez votre nationalité.',
      residenceRequired:
        'La loi n’autorise le don d’une personne de nationalité étrangère que si elle a sa résidence fiscale en France : sans elle, nous ne pouvons pas accepter votre don.',
      phoneRequired: 'Indiquez votre numéro de téléphone.',
      phoneInvalid: 'Ce numéro n’est pas valide : des chiffres, des espaces et un « + » seulement, par exemple 06 12 34 56 78.',
      certifyRequired: 'Cochez cette case pour certifier que vous donnez en votre nom et avec votre propre argent.',
    },
    overCap: {
      title: 'Ce don dépasserait le plafond légal de l’année',
      cap: 'Plafond par personne et par an, tous partis confondus : {amount}',
      given: 'Déjà donné à notre mouvement cette année : {amount}',
      monthlyStillToCome: 'Encore à venir d’ici au 31 décembre de vos dons mensuels en cours : {amount}',
      thisDonation: 'Ce don d’ici au 31 décembre : {amount} (nombre de versements : {count})',
      stillPossible: 'Vous pouvez encore donner cette année : {amount}',
      largestMonthly: 'Le don mensuel le plus élevé encore possible : {amount} par mois',
      explanation:
        'La loi plafonne ce qu’une même personne donne chaque année à l’ensemble des partis politiques. Nous ne connaissons que vos dons à notre mouvement : si vous donnez aussi à d’autres partis, il vous revient de rester sous ce plafond.',
    },
    monthlyExists: {
      question: 'Vous donnez déjà {amount} par mois. Ce nouveau don mensuel remplace-t-il votre don actuel, ou s’y ajoute-t-il ?',
      replace: 'Il remplace mon don mensuel actuel',
      add: 'Il s’ajoute à mon don mensuel actuel',
    },
    correction: {
      title: 'Votre don n’a pas encore été pris en compte',
      intro:
        'Corrigez les points ci-dessous puis envoyez à nouveau le formulaire. Rien n’a été enregistré et aucun paiement n’a été demandé.',
      submit: 'Envoyer à nouveau',
      back: 'Revenir au formulaire de don',
    },
    legal: {
      cap: 'Une même personne ne peut pas donner plus de 7 500 € par an à l’ensemble des partis politiques (loi du 11 mars 1988, article 11-4).',
      penalty:
        'Donner au-delà de ce plafond, ou donner pour le compte d’une autre personne ou d’une personne morale, est puni de 3 ans d’emprisonnement et de 45 000 € d’amende (article 11-5).',
      dataUse:
        'Vos nom, adresse, nationalité et coordonnées servent uniquement à vérifier que votre don respecte la loi et à établir votre reçu fiscal. Seuls nos trésoriers et nos administrateurs les lisent ; ils ne sont jamais publiés. Ils sont conservés {years} ans après votre don, puis anonymisés : seuls les montants restent, pour nos comptes.',
      certify: 'Je certifie être une personne physique et donner en mon nom, avec mon propre argent.',
      naturalPerson:
        'Seules les personnes physiques peuvent donner à un parti politique : une entreprise, une association ou toute autre personne morale ne le peut pas, et nul ne peut donner l’argent d’un autre.',
    },
    taxReduction: 'Après la réduction d’impôt de 66 % (dans la limite de 20 % de votre revenu imposable), ce don vous coûte {amount}.',
    taxReductionMonthly:
      'Après la réduction d’impôt de 66 % (dans la limite de 20 % de votre revenu imposable), ce don vous coûte {amount} par mois.',
    unavailable: 'Les paiements sont momentanément indisponibles. Rien n’a été enregistré : réessayez dans quelques minutes.',
    busy: 'Trop de tentatives en peu de temps. Patientez quelques minutes avant de réessayer.',
    form: {
      intro:
        'Votre don finance l’action du mouvement : campagnes, matériel, formations. Vous pouvez en confier une partie, ou la totalité, à des groupes d’action.',
      other: 'Autre montant',
      otherLabel: 'Autre montant, en euros',
      limits: 'De {minimum} à {maximum} par don, ou par mois pour un don mensuel.',
      sharesIntro:
        'Par défaut, tout votre don va au mouvement national. Pour en confier une part à un ou plusieurs groupes d’action, indiquez la part de chacun en euros : le reste va au mouvement national.',
      shareInput: 'Part pour {group}, en euros',
      search: 'Chercher un groupe par son nom ou sa ville',
      searchHelp: 'Choisissez un groupe dans les résultats pour l’ajouter à la répartition.',
      searchEmpty: 'Aucun groupe ne correspond à cette recherche.',
      remove: 'Retirer',
      removeLabel: 'Retirer {group} de la répartition',
      department: 'Département {department}',
      otherGroups: 'Autres groupes',
      nationalPart: 'Pour le mouvement national : {amount}',
      identityLegend: 'Vos coordonnées',
      identityIntro:
        'La loi exige de savoir qui donne à un parti politique. Ces informations figurent sur votre reçu fiscal et ne sont jamais publiées.',
      emailHelp: 'La confirmation de votre don et votre reçu fiscal arrivent à cette adresse.',
      chooseNationality: 'Choisissez votre nationalité',
      residenceHelp:
        'À cocher seulement si vous n’êtes pas de nationalité française : la loi n’accepte alors votre don que si vous avez votre résidence fiscale en France.',
      required: 'obligatoire',
      honeypot: 'Ne remplissez pas ce champ',
      legalTitle: 'Ce que dit la loi',
      privacyLink: 'Vos données : voir la page Confidentialité.',
      review: 'Vérifier mon don',
      sending: 'Envoi en cours…',
      networkError: 'Impossible de joindre le serveur. Rien n’a été enregistré : vérifiez votre connexion et réessayez.',
      fixErrors: 'Certains champs sont à corriger : chacun dit pourquoi.',
    },
    summary: {
      title: 'Récapitulatif de votre don',
      national: 'Mouvement national',
      perMonth: '{amount} par mois',
      stripe: 'Vous allez passer sur la page de paiement sécurisée de Stripe, notre prestataire de paiement.',
      confirm: 'Confirmer et payer',
      edit: 'Modifier mon don',
    },
    status: {
      thanksTitle: 'Merci pour votre don',
      failedTitle: 'Le paiement n’a pas abouti',
      withoutScript: 'Dès que votre paiement est confirmé, vous recevez un e-mail de confirmation ; il fait foi.',
      pending: 'Votre paiement est en cours de confirmation…',
      pendingLong:
        'La confirmation prend plus de temps que prévu. Vous recevrez un e-mail dès qu’elle arrive : vous pouvez fermer cette page.',
      succeeded: 'Votre don est bien reçu. Un e-mail de confirmation vient de vous être envoyé.',
      failed: 'Le paiement a été refusé : aucun montant n’a été prélevé. Vous pouvez réessayer.',
      expired: 'La page de paiement a expiré : aucun montant n’a été prélevé. Vous pouvez recommencer.',
      refunded: 'Ce don vous a été remboursé.',
      disputed: 'Ce paiement est contesté auprès de votre banque.',
      unknown:
        'Nous ne trouvons pas ce paiement. Si vous avez été débité, vous recevrez un e-mail de confirmation ; sinon, vous pouvez recommencer.',
      unreachable: 'Impossible de vérifier votre paiement pour le moment. Vous recevrez un e-mail dès qu’il est confirmé.',
    },
    cancelled: {
      title: 'Paiement annulé',
      text: 'Vous avez quitté la page de paiement : aucun montant n’a été prélevé et votre don n’est pas enregistré. Vous pouvez recommencer quand vous le souhaitez.',
    },
  },
  en: {
    title: 'Make a donation',
    checkoutItem: { once: 'Donation to the movement', monthly: 'Monthly donation to the movement' },
    frequency: { legend: 'I give', once: 'Once', monthly: 'Every month' },
    fields: {
      frequency: 'Frequency',
      amount: 'Amount',
      shares: 'Split between groups',
      firstName: 'First name',
      lastName: 'Last name',
      email: 'Email address',
      address: 'Postal address',
      postcode: 'Postcode',
      city: 'Town or city',
      nationality: 'Nationality',
      residesInFrance: 'I am resident in France for tax purposes',
      phone: 'Phone',
      certify: 'Declaration',
    },
    problems: {
      frequencyInvalid: 'Choose a one-off or a monthly donation.',
      amountRequired: 'Enter the amount of your donation.',
      amountInvalid: 'This amount is not valid: write a number of euros, for example 30 or 30.50.',
      amountBelowMinimum: 'The smallest donation is {minimum}.',
      amountAboveMaximum: 'A donation, or a monthly payment, cannot be more than {maximum}.',
      shareInvalid: 'A share is not a valid amount: write a number of euros, for example 10 or 10.50.',
      shareGroupUnknown: 'One of the groups you chose can no longer receive donations: remove it from the split.',
      sharesAboveAmount: 'The groups’ shares add up to more than the donation: lower them or raise the amount.',
      firstNameRequired: 'Enter your first name.',
      firstNameInvalid: 'Your first name may only contain letters, spaces, apostrophes and hyphens (80 characters at most).',
      lastNameRequired: 'Enter your last name.',
      lastNameInvalid: 'Your last name may only contain letters, spaces, apostrophes and hyphens (80 characters at most).',
      emailInvalid: 'Enter a valid email address, for example name@example.org.',
      addressRequired: 'Enter your postal address (200 characters at most).',
      postcodeInvalid: 'Enter a valid postcode, for example 75011.',
      cityRequired: 'Enter your town or city.',
      nationalityRequired: 'Choose your nationality.',
      residenceRequired:
        'The law only allows a donation from a foreign national who is resident in France for tax purposes: otherwise we cannot accept your donation.',
      phoneRequired: 'Enter your phone number.',
      phoneInvalid: 'This number is not valid: digits, spaces and a “+” only, for example +33 6 12 34 56 78.',
      certifyRequired: 'Tick this box to confirm that you give in your own name and with your own money.',
    },
    overCap: {
      title: 'This donation would go over the legal limit for the year',
      cap: 'Limit per person and per year, all parties together: {amount}',
      given: 'Already given to our movement this year: {amount}',
      monthlyStillToCome: 'Still to come by 31 December from your current monthly donations: {amount}',
      thisDonation: 'This donation by 31 December: {amount} (number of payments: {count})',
      stillPossible: 'You can still give this year: {amount}',
      largestMonthly: 'The largest monthly donation still possible: {amount} a month',
      explanation:
        'The law limits what one person may give each year to all political parties together. We only know your donations to our movement: if you also give to other parties, it is up to you to stay under the limit.',
    },
    monthlyExists: {
      question: 'You already give {amount} a month. Does this new monthly donation replace your current one, or come on top of it?',
      replace: 'It replaces my current monthly donation',
      add: 'It comes on top of my current monthly donation',
    },
    correction: {
      title: 'Your donation has not been taken yet',
      intro: 'Correct the points below, then send the form again. Nothing was recorded and no payment was requested.',
      submit: 'Send again',
      back: 'Back to the donation form',
    },
    legal: {
      cap: 'One person may not give more than €7,500 a year to all political parties together (French law of 11 March 1988, article 11-4).',
      penalty:
        'Giving beyond this limit, or giving on behalf of another person or of a company or organisation, is punishable by 3 years’ imprisonment and a €45,000 fine (article 11-5).',
      dataUse:
        'Your name, address, nationality and contact details are used only to check that your donation complies with the law and to issue your tax receipt. Only our treasurers and administrators read them; they are never published. They are kept for {years} years after your donation, then anonymised: only the amounts remain, for our accounts.',
      certify: 'I certify that I am a natural person and that I give in my own name, with my own money.',
      naturalPerson:
        'Only natural persons may give to a political party: a company, an association or any other legal entity may not, and nobody may give someone else’s money.',
    },
    taxReduction:
      'After the 66% tax reduction (within 20% of your taxable income), this donation costs you {amount}. The reduction applies to French income tax.',
    taxReductionMonthly:
      'After the 66% tax reduction (within 20% of your taxable income), this donation costs you {amount} a month. The reduction applies to French income tax.',
    unavailable: 'Payments are unavailable for the moment. Nothing was recorded: try again in a few minutes.',
    busy: 'Too many attempts in a short time. Wait a few minutes before trying again.',
    form: {
      intro: 'Your donation funds the movement’s work: campaigns, materials, training. You can entrust part or all of it to action groups.',
      other: 'Other amount',
      otherLabel: 'Other amount, in euros',
      limits: 'From {minimum} to {maximum} per donation, or per month for a monthly donation.',
      sharesIntro:
        'By default, your whole donation goes to the national movement. To entrust a share to one or more action groups, enter each group’s share in euros: the rest goes to the national movement.',
      shareInput: 'Share for {group}, in euros',
      search: 'Find a group by name or town',
      searchHelp: 'Choose a group in the results to add it to the split.',
      searchEmpty: 'No group matches this search.',
      remove: 'Remove',
      removeLabel: 'Remove {group} from the split',
      department: 'Department {department}',
      otherGroups: 'Other groups',
      nationalPart: 'For the national movement: {amount}',
      identityLegend: 'Your details',
      identityIntro:
        'The law requires us to know who gives to a political party. These details appear on your tax receipt and are never published.',
      emailHelp: 'The confirmation of your donation and your tax receipt are sent to this address.',
      chooseNationality: 'Choose your nationality',
      residenceHelp:
        'Tick only if you are not a French national: the law then accepts your donation only if you are resident in France for tax purposes.',
      required: 'required',
      honeypot: 'Do not fill in this field',
      legalTitle: 'What the law says',
      privacyLink: 'Your data: see the privacy page.',
      review: 'Review my donation',
      sending: 'Sending…',
      networkError: 'The server could not be reached. Nothing was recorded: check your connection and try again.',
      fixErrors: 'Some fields need correcting: each one says why.',
    },
    summary: {
      title: 'Your donation',
      national: 'National movement',
      perMonth: '{amount} a month',
      stripe: 'You will go on to the secure payment page of Stripe, our payment provider.',
      confirm: 'Confirm and pay',
      edit: 'Change my donation',
    },
    status: {
      thanksTitle: 'Thank you for your donation',
      failedTitle: 'The payment did not go through',
      withoutScript: 'As soon as your payment is confirmed, you will receive a confirmation email; it is your proof.',
      pending: 'Your payment is being confirmed…',
      pendingLong: 'Confirmation is taking longer than expected. You will receive an email as soon as it arrives: you can close this page.',
      succeeded: 'Your donation has been received. A confirmation email has just been sent to you.',
      failed: 'The payment was declined: no money was taken. You can try again.',
      expired: 'The payment page expired: no money was taken. You can start again.',
      refunded: 'This donation has been refunded to you.',
      disputed: 'This payment is disputed with your bank.',
      unknown: 'We cannot find this payment. If money was taken, you will receive a confirmation email; otherwise, you can start again.',
      unreachable: 'Your payment cannot be checked right now. You will receive an email as soon as it is confirmed.',
    },
    cancelled: {
      title: 'Payment cancelled',
      text: 'You left the payment page: no money was taken and your donation was not recorded. You can start again whenever you like.',
    },
  },
  es: {
    title: 'Hacer un donativo',
    checkoutItem: { once: 'Donativo al movimiento', monthly: 'Donativo mensual al movimiento' },
    frequency: { legend: 'Dono', once: 'Una vez', monthly: 'Cada mes' },
    fields: {
      frequency: 'Frecuencia',
      amount: 'Importe',
      shares: 'Reparto entre los grupos',
      firstName: 'Nombre',
      lastName: 'Apellidos',
      email: 'Correo electrónico',
      address: 'Dirección postal',
      postcode: 'Código postal',
      city: 'Ciudad',
      nationality: 'Nacionalidad',
      residesInFrance: 'Tengo mi residencia fiscal en Francia',
      phone: 'Teléfono',
      certify: 'Declaración',
    },
    problems: {
      frequencyInvalid: 'Elija un donativo puntual o mensual.',
      amountRequired: 'Indique el importe de su donativo.',
      amountInvalid: 'Este importe no es válido: escriba una cantidad de euros, por ejemplo 30 o 30,50.',
      amountBelowMinimum: 'El donativo mínimo es de {minimum}.',
      amountAboveMaximum: 'Un donativo, o un pago mensual, no puede superar {maximum}.',
      shareInvalid: 'Una parte no es un importe válido: escriba una cantidad de euros, por ejemplo 10 o 10,50.',
      shareGroupUnknown: 'Uno de los grupos elegidos ya no puede recibir donativos: quítelo del reparto.',
      sharesAboveAmount: 'Las partes de los grupos superan el importe del donativo: redúzcalas o aumente el importe.',
      firstNameRequired: 'Indique su nombre.',
      firstNameInvalid: 'Su nombre solo puede contener letras, espacios, apóstrofos y guiones (80 caracteres como máximo).',
      lastNameRequired: 'Indique sus apellidos.',
      lastNameInvalid: 'Sus apellidos solo pueden contener letras, espacios, apóstrofos y guiones (80 caracteres como máximo).',
      emailInvalid: 'Indique un correo electrónico válido, por ejemplo nombre@ejemplo.org.',
      addressRequired: 'Indique su dirección postal (200 caracteres como máximo).',
      postcodeInvalid: 'Indique un código postal válido, por ejemplo 75011.',
      cityRequired: 'Indique su ciudad.',
      nationalityRequired: 'Elija su nacionalidad.',
      residenceRequired:
        'La ley solo permite el donativo de una persona de nacionalidad extranjera si tiene su residencia fiscal en Francia: de lo contrario, no podemos aceptar su donativo.',
      phoneRequired: 'Indique su número de teléfono.',
      phoneInvalid: 'Este número no es válido: solo cifras, espacios y un «+», por ejemplo +33 6 12 34 56 78.',
      certifyRequired: 'Marque esta casilla para certificar que dona en su nombre y con su propio dinero.',
    },
    overCap: {
      title: 'Este donativo superaría el límite legal del año',
      cap: 'Límite por persona y por año, para todos los partidos juntos: {amount}',
      given: 'Ya donado a nuestro movimiento este año: {amount}',
      monthlyStillToCome: 'Aún por pagar hasta el 31 de diciembre de sus donativos mensuales en curso: {amount}',
      thisDonation: 'Este donativo hasta el 31 de diciembre: {amount} (número de pagos: {count})',
      stillPossible: 'Aún puede donar este año: {amount}',
      largestMonthly: 'El mayor donativo mensual aún posible: {amount} al mes',
      explanation:
        'La ley limita lo que una misma persona dona cada año al conjunto de los partidos políticos. Solo conocemos sus donativos a nuestro movimiento: si también dona a otros partidos, le corresponde a usted no superar el límite.',
    },
    monthlyExists: {
      question: 'Ya dona {amount} al mes. ¿Este nuevo donativo mensual sustituye al actual o se suma a él?',
      replace: 'Sustituye a mi donativo mensual actual',
      add: 'Se suma a mi donativo mensual actual',
    },
    correction: {
      title: 'Su donativo aún no se ha registrado',
      intro: 'Corrija los puntos siguientes y vuelva a enviar el formulario. No se ha guardado nada ni se ha pedido ningún pago.',
      submit: 'Enviar de nuevo',
      back: 'Volver al formulario de donativo',
    },
    legal: {
      cap: 'Una misma persona no puede donar más de 7.500 € al año al conjunto de los partidos políticos (ley francesa del 11 de marzo de 1988, artículo 11-4).',
      penalty:
        'Donar por encima de este límite, o donar por cuenta de otra persona o de una persona jurídica, se castiga con 3 años de prisión y 45.000 € de multa (artículo 11-5).',
      dataUse:
        'Su nombre, dirección, nacionalidad y datos de contacto solo sirven para comprobar que su donativo respeta la ley y para emitir su recibo fiscal. Solo nuestros tesoreros y administradores los leen; nunca se publican. Se conservan {years} años después de su donativo y luego se anonimizan: solo quedan los importes, para nuestras cuentas.',
      certify: 'Certifico que soy una persona física y que dono en mi nombre, con mi propio dinero.',
      naturalPerson:
        'Solo las personas físicas pueden donar a un partido político: una empresa, una asociación o cualquier otra persona jurídica no puede, y nadie puede donar el dinero de otro.',
    },
    taxReduction:
      'Tras la reducción del 66 % en el impuesto sobre la renta francés (dentro del límite del 20 % de su renta imponible), este donativo le cuesta {amount}.',
    taxReductionMonthly:
      'Tras la reducción del 66 % en el impuesto sobre la renta francés (dentro del límite del 20 % de su renta imponible), este donativo le cuesta {amount} al mes.',
    unavailable: 'Los pagos no están disponibles en este momento. No se ha guardado nada: inténtelo de nuevo dentro de unos minutos.',
    busy: 'Demasiados intentos en poco tiempo. Espere unos minutos antes de volver a intentarlo.',
    form: {
      intro:
        'Su donativo financia la acción del movimiento: campañas, material, formación. Puede confiar una parte, o la totalidad, a grupos de acción.',
      other: 'Otro importe',
      otherLabel: 'Otro importe, en euros',
      limits: 'De {minimum} a {maximum} por donativo, o al mes para un donativo mensual.',
      sharesIntro:
        'Por defecto, todo su donativo va al movimiento nacional. Para confiar una parte a uno o varios grupos de acción, indique la parte de cada uno en euros: el resto va al movimiento nacional.',
      shareInput: 'Parte para {group}, en euros',
      search: 'Buscar un grupo por su nombre o su ciudad',
      searchHelp: 'Elija un grupo en los resultados para añadirlo al reparto.',
      searchEmpty: 'Ningún grupo corresponde a esta búsqueda.',
      remove: 'Quitar',
      removeLabel: 'Quitar {group} del reparto',
      department: 'Departamento {department}',
      otherGroups: 'Otros grupos',
      nationalPart: 'Para el movimiento nacional: {amount}',
      identityLegend: 'Sus datos',
      identityIntro: 'La ley exige saber quién dona a un partido político. Estos datos figuran en su recibo fiscal y nunca se publican.',
      emailHelp: 'La confirmación de su donativo y su recibo fiscal llegan a esta dirección.',
      chooseNationality: 'Elija su nacionalidad',
      residenceHelp:
        'Marque solo si no tiene la nacionalidad francesa: la ley solo acepta entonces su donativo si tiene su residencia fiscal en Francia.',
      required: 'obligatorio',
      honeypot: 'No rellene este campo',
      legalTitle: 'Lo que dice la ley',
      privacyLink: 'Sus datos: ver la página de privacidad.',
      review: 'Revisar mi donativo',
      sending: 'Enviando…',
      networkError: 'No se ha podido contactar con el servidor. No se ha guardado nada: compruebe su conexión e inténtelo de nuevo.',
      fixErrors: 'Hay campos que corregir: cada uno indica por qué.',
    },
    summary: {
      title: 'Resumen de su donativo',
      national: 'Movimiento nacional',
      perMonth: '{amount} al mes',
      stripe: 'Va a pasar a la página de pago segura de Stripe, nuestro proveedor de pagos.',
      confirm: 'Confirmar y pagar',
      edit: 'Modificar mi donativo',
    },
    status: {
      thanksTitle: 'Gracias por su donativo',
      failedTitle: 'El pago no se ha completado',
      withoutScript: 'En cuanto se confirme su pago, recibirá un correo de confirmación; es su justificante.',
      pending: 'Su pago se está confirmando…',
      pendingLong: 'La confirmación tarda más de lo previsto. Recibirá un correo en cuanto llegue: puede cerrar esta página.',
      succeeded: 'Hemos recibido su donativo. Acabamos de enviarle un correo de confirmación.',
      failed: 'El pago ha sido rechazado: no se ha cobrado nada. Puede intentarlo de nuevo.',
      expired: 'La página de pago ha caducado: no se ha cobrado nada. Puede volver a empezar.',
      refunded: 'Este donativo le ha sido reembolsado.',
      disputed: 'Este pago está impugnado ante su banco.',
      unknown: 'No encontramos este pago. Si se le ha cobrado, recibirá un correo de confirmación; si no, puede volver a empezar.',
      unreachable: 'No es posible comprobar su pago en este momento. Recibirá un correo en cuanto se confirme.',
    },
    cancelled: {
      title: 'Pago cancelado',
      text: 'Ha salido de la página de pago: no se ha cobrado nada y su donativo no se ha registrado. Puede volver a empezar cuando quiera.',
    },
  },
  de: {
    title: 'Spenden',
    checkoutItem: { once: 'Spende an die Bewegung', monthly: 'Monatliche Spende an die Bewegung' },
    frequency: { legend: 'Ich spende', once: 'Einmalig', monthly: 'Monatlich' },
    fields: {
      frequency: 'Häufigkeit',
      amount: 'Betrag',
      shares: 'Aufteilung auf die Gruppen',
      firstName: 'Vorname',
      lastName: 'Nachname',
      email: 'E-Mail-Adresse',
      address: 'Postanschrift',
      postcode: 'Postleitzahl',
      city: 'Ort',
      nationality: 'Staatsangehörigkeit',
      residesInFrance: 'Ich bin in Frankreich steuerlich ansässig',
      phone: 'Telefon',
      certify: 'Erklärung',
    },
    problems: {
      frequencyInvalid: 'Wählen Sie eine einmalige oder eine monatliche Spende.',
      amountRequired: 'Geben Sie den Betrag Ihrer Spende an.',
      amountInvalid: 'Dieser Betrag ist ungültig: Schreiben Sie eine Zahl in Euro, zum Beispiel 30 oder 30,50.',
      amountBelowMinimum: 'Die Mindestspende beträgt {minimum}.',
      amountAboveMaximum: 'Eine Spende oder eine Monatszahlung darf {maximum} nicht übersteigen.',
      shareInvalid: 'Ein Anteil ist kein gültiger Betrag: Schreiben Sie eine Zahl in Euro, zum Beispiel 10 oder 10,50.',
      shareGroupUnknown: 'Eine der gewählten Gruppen kann keine Spenden mehr erhalten: Entfernen Sie sie aus der Aufteilung.',
      sharesAboveAmount: 'Die Anteile der Gruppen übersteigen den Spendenbetrag: Verringern Sie sie oder erhöhen Sie den Betrag.',
      firstNameRequired: 'Geben Sie Ihren Vornamen an.',
      firstNameInvalid: 'Ihr Vorname darf nur Buchstaben, Leerzeichen, Apostrophe und Bindestriche enthalten (höchstens 80 Zeichen).',
      lastNameRequired: 'Geben Sie Ihren Nachnamen an.',
      lastNameInvalid: 'Ihr Nachname darf nur Buchstaben, Leerzeichen, Apostrophe und Bindestriche enthalten (höchstens 80 Zeichen).',
      emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@beispiel.de.',
      addressRequired: 'Geben Sie Ihre Postanschrift an (höchstens 200 Zeichen).',
      postcodeInvalid: 'Geben Sie eine gültige Postleitzahl an, zum Beispiel 75011.',
      cityRequired: 'Geben Sie Ihren Ort an.',
      nationalityRequired: 'Wählen Sie Ihre Staatsangehörigkeit.',
      residenceRequired:
        'Das Gesetz erlaubt die Spende einer Person mit ausländischer Staatsangehörigkeit nur, wenn sie in Frankreich steuerlich ansässig ist: Andernfalls können wir Ihre Spende nicht annehmen.',
      phoneRequired: 'Geben Sie Ihre Telefonnummer an.',
      phoneInvalid: 'Diese Nummer ist ungültig: nur Ziffern, Leerzeichen und ein „+“, zum Beispiel +33 6 12 34 56 78.',
      certifyRequired: 'Kreuzen Sie dieses Feld an, um zu bestätigen, dass Sie in eigenem Namen und mit eigenem Geld spenden.',
    },
    overCap: {
      title: 'Diese Spende würde die gesetzliche Jahresgrenze überschreiten',
      cap: 'Grenze pro Person und Jahr, für alle Parteien zusammen: {amount}',
      given: 'Dieses Jahr bereits an unsere Bewegung gespendet: {amount}',
      monthlyStillToCome: 'Bis zum 31. Dezember noch fällig aus Ihren laufenden Monatsspenden: {amount}',
      thisDonation: 'Diese Spende bis zum 31. Dezember: {amount} (Anzahl der Zahlungen: {count})',
      stillPossible: 'Sie können dieses Jahr noch spenden: {amount}',
      largestMonthly: 'Die höchste noch mögliche Monatsspende: {amount} im Monat',
      explanation:
        'Das Gesetz begrenzt, was eine Person jedes Jahr allen politischen Parteien zusammen spenden darf. Wir kennen nur Ihre Spenden an unsere Bewegung: Wenn Sie auch anderen Parteien spenden, müssen Sie selbst unter der Grenze bleiben.',
    },
    monthlyExists: {
      question: 'Sie spenden bereits {amount} im Monat. Ersetzt diese neue Monatsspende Ihre bisherige, oder kommt sie hinzu?',
      replace: 'Sie ersetzt meine bisherige Monatsspende',
      add: 'Sie kommt zu meiner bisherigen Monatsspende hinzu',
    },
    correction: {
      title: 'Ihre Spende wurde noch nicht angenommen',
      intro:
        'Korrigieren Sie die folgenden Punkte und senden Sie das Formular erneut. Es wurde nichts gespeichert und keine Zahlung angefordert.',
      submit: 'Erneut senden',
      back: 'Zurück zum Spendenformular',
    },
    legal: {
      cap: 'Eine Person darf allen politischen Parteien zusammen nicht mehr als 7.500 € im Jahr spenden (französisches Gesetz vom 11. März 1988, Artikel 11-4).',
      penalty:
        'Wer über diese Grenze hinaus spendet oder im Namen einer anderen Person oder einer juristischen Person spendet, wird mit 3 Jahren Freiheitsstrafe und 45.000 € Geldstrafe bestraft (Artikel 11-5).',
      dataUse:
        'Ihr Name, Ihre Anschrift, Ihre Staatsangehörigkeit und Ihre Kontaktdaten dienen nur dazu, zu prüfen, dass Ihre Spende dem Gesetz entspricht, und Ihre Spendenquittung auszustellen. Nur unsere Schatzmeister und Administratoren lesen sie; sie werden nie veröffentlicht. Sie werden {years} Jahre nach Ihrer Spende aufbewahrt und dann anonymisiert: Nur die Beträge bleiben, für unsere Buchhaltung.',
      certify: 'Ich bestätige, dass ich eine natürliche Person bin und in eigenem Namen mit eigenem Geld spende.',
      naturalPerson:
        'Nur natürliche Personen dürfen einer politischen Partei spenden: Ein Unternehmen, ein Verein oder eine andere juristische Person darf es nicht, und niemand darf das Geld eines anderen spenden.',
    },
    taxReduction:
      'Nach der Steuerermäßigung von 66 % auf die französische Einkommensteuer (bis zu 20 % Ihres steuerpflichtigen Einkommens) kostet Sie diese Spende {amount}.',
    taxReductionMonthly:
      'Nach der Steuerermäßigung von 66 % auf die französische Einkommensteuer (bis zu 20 % Ihres steuerpflichtigen Einkommens) kostet Sie diese Spende {amount} im Monat.',
    unavailable: 'Zahlungen sind im Moment nicht möglich. Es wurde nichts gespeichert: Versuchen Sie es in einigen Minuten erneut.',
    busy: 'Zu viele Versuche in kurzer Zeit. Warten Sie einige Minuten, bevor Sie es erneut versuchen.',
    form: {
      intro:
        'Ihre Spende finanziert die Arbeit der Bewegung: Kampagnen, Material, Schulungen. Sie können einen Teil oder alles Aktionsgruppen anvertrauen.',
      other: 'Anderer Betrag',
      otherLabel: 'Anderer Betrag, in Euro',
      limits: 'Von {minimum} bis {maximum} pro Spende, bei einer Monatsspende pro Monat.',
      sharesIntro:
        'Standardmäßig geht Ihre ganze Spende an die nationale Bewegung. Um einen Anteil einer oder mehreren Aktionsgruppen anzuvertrauen, geben Sie den Anteil jeder Gruppe in Euro an: Der Rest geht an die nationale Bewegung.',
      shareInput: 'Anteil für {group}, in Euro',
      search: 'Eine Gruppe nach Name oder Ort suchen',
      searchHelp: 'Wählen Sie eine Gruppe in den Ergebnissen, um sie der Aufteilung hinzuzufügen.',
      searchEmpty: 'Keine Gruppe entspricht dieser Suche.',
      remove: 'Entfernen',
      removeLabel: '{group} aus der Aufteilung entfernen',
      department: 'Département {department}',
      otherGroups: 'Weitere Gruppen',
      nationalPart: 'Für die nationale Bewegung: {amount}',
      identityLegend: 'Ihre Angaben',
      identityIntro:
        'Das Gesetz verlangt, dass wir wissen, wer einer politischen Partei spendet. Diese Angaben stehen auf Ihrer Spendenquittung und werden nie veröffentlicht.',
      emailHelp: 'Die Bestätigung Ihrer Spende und Ihre Spendenquittung gehen an diese Adresse.',
      chooseNationality: 'Wählen Sie Ihre Staatsangehörigkeit',
      residenceHelp:
        'Nur ankreuzen, wenn Sie nicht die französische Staatsangehörigkeit haben: Das Gesetz nimmt Ihre Spende dann nur an, wenn Sie in Frankreich steuerlich ansässig sind.',
      required: 'Pflichtfeld',
      honeypot: 'Dieses Feld nicht ausfüllen',
      legalTitle: 'Was das Gesetz sagt',
      privacyLink: 'Ihre Daten: siehe die Seite zum Datenschutz.',
      review: 'Meine Spende prüfen',
      sending: 'Wird gesendet…',
      networkError: 'Der Server ist nicht erreichbar. Es wurde nichts gespeichert: Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
      fixErrors: 'Einige Felder müssen korrigiert werden: Jedes sagt, warum.',
    },
    summary: {
      title: 'Ihre Spende im Überblick',
      national: 'Nationale Bewegung',
      perMonth: '{amount} im Monat',
      stripe: 'Sie gelangen nun zur sicheren Zahlungsseite von Stripe, unserem Zahlungsdienstleister.',
      confirm: 'Bestätigen und bezahlen',
      edit: 'Meine Spende ändern',
    },
    status: {
      thanksTitle: 'Danke für Ihre Spende',
      failedTitle: 'Die Zahlung ist nicht zustande gekommen',
      withoutScript: 'Sobald Ihre Zahlung bestätigt ist, erhalten Sie eine Bestätigung per E-Mail; sie gilt als Nachweis.',
      pending: 'Ihre Zahlung wird bestätigt…',
      pendingLong:
        'Die Bestätigung dauert länger als erwartet. Sie erhalten eine E-Mail, sobald sie vorliegt: Sie können diese Seite schließen.',
      succeeded: 'Ihre Spende ist eingegangen. Eine Bestätigung wurde Ihnen soeben per E-Mail geschickt.',
      failed: 'Die Zahlung wurde abgelehnt: Es wurde nichts abgebucht. Sie können es erneut versuchen.',
      expired: 'Die Zahlungsseite ist abgelaufen: Es wurde nichts abgebucht. Sie können neu beginnen.',
      refunded: 'Diese Spende wurde Ihnen erstattet.',
      disputed: 'Diese Zahlung wird bei Ihrer Bank angefochten.',
      unknown:
        'Wir finden diese Zahlung nicht. Wenn etwas abgebucht wurde, erhalten Sie eine Bestätigung per E-Mail; andernfalls können Sie neu beginnen.',
      unreachable: 'Ihre Zahlung kann gerade nicht geprüft werden. Sie erhalten eine E-Mail, sobald sie bestätigt ist.',
    },
    cancelled: {
      title: 'Zahlung abgebrochen',
      text: 'Sie haben die Zahlungsseite verlassen: Es wurde nichts abgebucht und Ihre Spende wurde nicht gespeichert. Sie können jederzeit neu beginnen.',
    },
  },
  it: {
    title: 'Fai una donazione',
    checkoutItem: { once: 'Donazione al movimento', monthly: 'Donazione mensile al movimento' },
    frequency: { legend: 'Dono', once: 'Una volta', monthly: 'Ogni mese' },
    fields: {
      frequency: 'Frequenza',
      amount: 'Importo',
      shares: 'Ripartizione tra i gruppi',
      firstName: 'Nome',
      lastName: 'Cognome',
      email: 'Indirizzo email',
      address: 'Indirizzo postale',
      postcode: 'CAP',
      city: 'Città',
      nationality: 'Cittadinanza',
      residesInFrance: 'Ho la residenza fiscale in Francia',
      phone: 'Telefono',
      certify: 'Dichiarazione',
    },
    problems: {
      frequencyInvalid: 'Scegli una donazione singola o mensile.',
      amountRequired: 'Indica l’importo della tua donazione.',
      amountInvalid: 'Questo importo non è valido: scrivi un numero di euro, per esempio 30 o 30,50.',
      amountBelowMinimum: 'La donazione minima è di {minimum}.',
      amountAboveMaximum: 'Una donazione, o un versamento mensile, non può superare {maximum}.',
      shareInvalid: 'Una quota non è un importo valido: scrivi un numero di euro, per esempio 10 o 10,50.',
      shareGroupUnknown: 'Uno dei gruppi scelti non può più ricevere donazioni: toglilo dalla ripartizione.',
      sharesAboveAmount: 'Le quote dei gruppi superano l’importo della donazione: riducile o aumenta l’importo.',
      firstNameRequired: 'Indica il tuo nome.',
      firstNameInvalid: 'Il nome può contenere solo lettere, spazi, apostrofi e trattini (al massimo 80 caratteri).',
      lastNameRequired: 'Indica il tuo cognome.',
      lastNameInvalid: 'Il cognome può contenere solo lettere, spazi, apostrofi e trattini (al massimo 80 caratteri).',
      emailInvalid: 'Indica un indirizzo email valido, per esempio nome@esempio.it.',
      addressRequired: 'Indica il tuo indirizzo postale (al massimo 200 caratteri).',
      postcodeInvalid: 'Indica un CAP valido, per esempio 75011.',
      cityRequired: 'Indica la tua città.',
      nationalityRequired: 'Scegli la tua cittadinanza.',
      residenceRequired:
        'La legge consente la donazione di una persona di cittadinanza straniera solo se ha la residenza fiscale in Francia: altrimenti non possiamo accettare la tua donazione.',
      phoneRequired: 'Indica il tuo numero di telefono.',
      phoneInvalid: 'Questo numero non è valido: solo cifre, spazi e un «+», per esempio +33 6 12 34 56 78.',
      certifyRequired: 'Spunta questa casella per certificare che doni a tuo nome e con il tuo denaro.',
    },
    overCap: {
      title: 'Questa donazione supererebbe il limite legale dell’anno',
      cap: 'Limite per persona e per anno, per tutti i partiti insieme: {amount}',
      given: 'Già donato al nostro movimento quest’anno: {amount}',
      monthlyStillToCome: 'Ancora da versare entro il 31 dicembre con le tue donazioni mensili in corso: {amount}',
      thisDonation: 'Questa donazione entro il 31 dicembre: {amount} (numero di versamenti: {count})',
      stillPossible: 'Puoi ancora donare quest’anno: {amount}',
      largestMonthly: 'La donazione mensile più alta ancora possibile: {amount} al mese',
      explanation:
        'La legge limita quanto una stessa persona dona ogni anno all’insieme dei partiti politici. Conosciamo solo le tue donazioni al nostro movimento: se doni anche ad altri partiti, spetta a te restare sotto il limite.',
    },
    monthlyExists: {
      question: 'Doni già {amount} al mese. Questa nuova donazione mensile sostituisce quella attuale o si aggiunge?',
      replace: 'Sostituisce la mia donazione mensile attuale',
      add: 'Si aggiunge alla mia donazione mensile attuale',
    },
    correction: {
      title: 'La tua donazione non è ancora stata registrata',
      intro: 'Correggi i punti qui sotto e invia di nuovo il modulo. Non è stato salvato nulla e non è stato chiesto alcun pagamento.',
      submit: 'Invia di nuovo',
      back: 'Torna al modulo di donazione',
    },
    legal: {
      cap: 'Una stessa persona non può donare più di 7.500 € all’anno all’insieme dei partiti politici (legge francese dell’11 marzo 1988, articolo 11-4).',
      penalty:
        'Donare oltre questo limite, o donare per conto di un’altra persona o di una persona giuridica, è punito con 3 anni di reclusione e 45.000 € di multa (articolo 11-5).',
      dataUse:
        'Nome, indirizzo, cittadinanza e recapiti servono solo a verificare che la tua donazione rispetti la legge e a emettere la tua ricevuta fiscale. Li leggono solo i nostri tesorieri e amministratori; non vengono mai pubblicati. Sono conservati {years} anni dopo la donazione, poi resi anonimi: restano solo gli importi, per i nostri conti.',
      certify: 'Certifico di essere una persona fisica e di donare a mio nome, con il mio denaro.',
      naturalPerson:
        'Solo le persone fisiche possono donare a un partito politico: un’impresa, un’associazione o qualsiasi altra persona giuridica non può, e nessuno può donare il denaro di un altro.',
    },
    taxReduction:
      'Dopo la riduzione del 66 % sull’imposta sul reddito francese (entro il 20 % del tuo reddito imponibile), questa donazione ti costa {amount}.',
    taxReductionMonthly:
      'Dopo la riduzione del 66 % sull’imposta sul reddito francese (entro il 20 % del tuo reddito imponibile), questa donazione ti costa {amount} al mese.',
    unavailable: 'I pagamenti non sono disponibili al momento. Non è stato salvato nulla: riprova tra qualche minuto.',
    busy: 'Troppi tentativi in poco tempo. Attendi qualche minuto prima di riprovare.',
    form: {
      intro:
        'La tua donazione finanzia l’azione del movimento: campagne, materiale, formazione. Puoi affidarne una parte, o tutta, a gruppi d’azione.',
      other: 'Altro importo',
      otherLabel: 'Altro importo, in euro',
      limits: 'Da {minimum} a {maximum} per donazione, o al mese per una donazione mensile.',
      sharesIntro:
        'Per impostazione predefinita, tutta la donazione va al movimento nazionale. Per affidarne una quota a uno o più gruppi d’azione, indica la quota di ciascuno in euro: il resto va al movimento nazionale.',
      shareInput: 'Quota per {group}, in euro',
      search: 'Cerca un gruppo per nome o città',
      searchHelp: 'Scegli un gruppo tra i risultati per aggiungerlo alla ripartizione.',
      searchEmpty: 'Nessun gruppo corrisponde a questa ricerca.',
      remove: 'Togli',
      removeLabel: 'Togli {group} dalla ripartizione',
      department: 'Dipartimento {department}',
      otherGroups: 'Altri gruppi',
      nationalPart: 'Per il movimento nazionale: {amount}',
      identityLegend: 'I tuoi dati',
      identityIntro:
        'La legge richiede di sapere chi dona a un partito politico. Questi dati compaiono sulla tua ricevuta fiscale e non vengono mai pubblicati.',
      emailHelp: 'La conferma della donazione e la ricevuta fiscale arrivano a questo indirizzo.',
      chooseNationality: 'Scegli la tua cittadinanza',
      residenceHelp:
        'Da spuntare solo se non hai la cittadinanza francese: la legge accetta allora la tua donazione solo se hai la residenza fiscale in Francia.',
      required: 'obbligatorio',
      honeypot: 'Non compilare questo campo',
      legalTitle: 'Cosa dice la legge',
      privacyLink: 'I tuoi dati: vedi la pagina sulla privacy.',
      review: 'Verifica la donazione',
      sending: 'Invio in corso…',
      networkError: 'Impossibile raggiungere il server. Non è stato salvato nulla: controlla la connessione e riprova.',
      fixErrors: 'Alcuni campi vanno corretti: ciascuno dice perché.',
    },
    summary: {
      title: 'Riepilogo della donazione',
      national: 'Movimento nazionale',
      perMonth: '{amount} al mese',
      stripe: 'Passerai alla pagina di pagamento sicura di Stripe, il nostro fornitore di pagamenti.',
      confirm: 'Conferma e paga',
      edit: 'Modifica la donazione',
    },
    status: {
      thanksTitle: 'Grazie per la tua donazione',
      failedTitle: 'Il pagamento non è andato a buon fine',
      withoutScript: 'Appena il pagamento è confermato, ricevi un’email di conferma, che fa fede.',
      pending: 'Il pagamento è in corso di conferma…',
      pendingLong: 'La conferma richiede più tempo del previsto. Riceverai un’email appena arriva: puoi chiudere questa pagina.',
      succeeded: 'Abbiamo ricevuto la tua donazione. Ti abbiamo appena inviato un’email di conferma.',
      failed: 'Il pagamento è stato rifiutato: non è stato addebitato nulla. Puoi riprovare.',
      expired: 'La pagina di pagamento è scaduta: non è stato addebitato nulla. Puoi ricominciare.',
      refunded: 'Questa donazione ti è stata rimborsata.',
      disputed: 'Questo pagamento è contestato presso la tua banca.',
      unknown: 'Non troviamo questo pagamento. Se ti è stato addebitato, riceverai un’email di conferma; altrimenti puoi ricominciare.',
      unreachable: 'Non è possibile verificare il pagamento in questo momento. Riceverai un’email appena sarà confermato.',
    },
    cancelled: {
      title: 'Pagamento annullato',
      text: 'Hai lasciato la pagina di pagamento: non è stato addebitato nulla e la donazione non è stata registrata. Puoi ricominciare quando vuoi.',
    },
  },
  pt: {
    title: 'Fazer um donativo',
    checkoutItem: { once: 'Donativo ao movimento', monthly: 'Donativo mensal ao movimento' },
    frequency: { legend: 'Dou', once: 'Uma vez', monthly: 'Todos os meses' },
    fields: {
      frequency: 'Frequência',
      amount: 'Montante',
      shares: 'Repartição entre os grupos',
      firstName: 'Nome próprio',
      lastName: 'Apelido',
      email: 'Endereço de e-mail',
      address: 'Morada',
      postcode: 'Código postal',
      city: 'Localidade',
      nationality: 'Nacionalidade',
      residesInFrance: 'Tenho residência fiscal em França',
      phone: 'Telefone',
      certify: 'Declaração',
    },
    problems: {
      frequencyInvalid: 'Escolha um donativo pontual ou mensal.',
      amountRequired: 'Indique o montante do seu donativo.',
      amountInvalid: 'Este montante não é válido: escreva um número de euros, por exemplo 30 ou 30,50.',
      amountBelowMinimum: 'O donativo mínimo é de {minimum}.',
      amountAboveMaximum: 'Um donativo, ou um pagamento mensal, não pode ultrapassar {maximum}.',
      shareInvalid: 'Uma parte não é um montante válido: escreva um número de euros, por exemplo 10 ou 10,50.',
      shareGroupUnknown: 'Um dos grupos escolhidos já não pode receber donativos: retire-o da repartição.',
      sharesAboveAmount: 'As partes dos grupos ultrapassam o montante do donativo: reduza-as ou aumente o montante.',
      firstNameRequired: 'Indique o seu nome próprio.',
      firstNameInvalid: 'O seu nome só pode conter letras, espaços, apóstrofos e hífenes (80 caracteres no máximo).',
      lastNameRequired: 'Indique o seu apelido.',
      lastNameInvalid: 'O seu apelido só pode conter letras, espaços, apóstrofos e hífenes (80 caracteres no máximo).',
      emailInvalid: 'Indique um endereço de e-mail válido, por exemplo nome@exemplo.pt.',
      addressRequired: 'Indique a sua morada (200 caracteres no máximo).',
      postcodeInvalid: 'Indique um código postal válido, por exemplo 75011.',
      cityRequired: 'Indique a sua localidade.',
      nationalityRequired: 'Escolha a sua nacionalidade.',
      residenceRequired:
        'A lei só permite o donativo de uma pessoa de nacionalidade estrangeira se tiver residência fiscal em França: caso contrário, não podemos aceitar o seu donativo.',
      phoneRequired: 'Indique o seu número de telefone.',
      phoneInvalid: 'Este número não é válido: só algarismos, espaços e um «+», por exemplo +33 6 12 34 56 78.',
      certifyRequired: 'Assinale esta caixa para certificar que doa em seu nome e com o seu próprio dinheiro.',
    },
    overCap: {
      title: 'Este donativo ultrapassaria o limite legal do ano',
      cap: 'Limite por pessoa e por ano, para todos os partidos em conjunto: {amount}',
      given: 'Já doado ao nosso movimento este ano: {amount}',
      monthlyStillToCome: 'Ainda por pagar até 31 de dezembro dos seus donativos mensais em curso: {amount}',
      thisDonation: 'Este donativo até 31 de dezembro: {amount} (número de pagamentos: {count})',
      stillPossible: 'Ainda pode doar este ano: {amount}',
      largestMonthly: 'O maior donativo mensal ainda possível: {amount} por mês',
      explanation:
        'A lei limita o que uma mesma pessoa doa por ano ao conjunto dos partidos políticos. Só conhecemos os seus donativos ao nosso movimento: se também doar a outros partidos, cabe-lhe a si ficar abaixo do limite.',
    },
    monthlyExists: {
      question: 'Já doa {amount} por mês. Este novo donativo mensal substitui o atual ou acresce a ele?',
      replace: 'Substitui o meu donativo mensal atual',
      add: 'Acresce ao meu donativo mensal atual',
    },
    correction: {
      title: 'O seu donativo ainda não foi registado',
      intro: 'Corrija os pontos abaixo e volte a enviar o formulário. Nada foi guardado e nenhum pagamento foi pedido.',
      submit: 'Enviar de novo',
      back: 'Voltar ao formulário de donativo',
    },
    legal: {
      cap: 'Uma mesma pessoa não pode doar mais de 7500 € por ano ao conjunto dos partidos políticos (lei francesa de 11 de março de 1988, artigo 11-4).',
      penalty:
        'Doar acima deste limite, ou doar por conta de outra pessoa ou de uma pessoa coletiva, é punido com 3 anos de prisão e 45 000 € de multa (artigo 11-5).',
      dataUse:
        'O seu nome, morada, nacionalidade e contactos servem apenas para verificar que o seu donativo respeita a lei e para emitir o seu recibo fiscal. Só os nossos tesoureiros e administradores os leem; nunca são publicados. São conservados {years} anos após o seu donativo e depois anonimizados: ficam apenas os montantes, para as nossas contas.',
      certify: 'Certifico que sou uma pessoa singular e que doo em meu nome, com o meu próprio dinheiro.',
      naturalPerson:
        'Só as pessoas singulares podem doar a um partido político: uma empresa, uma associação ou qualquer outra pessoa coletiva não pode, e ninguém pode doar o dinheiro de outra pessoa.',
    },
    taxReduction:
      'Após a redução de 66 % no imposto sobre o rendimento francês (dentro do limite de 20 % do seu rendimento coletável), este donativo custa-lhe {amount}.',
    taxReductionMonthly:
      'Após a redução de 66 % no imposto sobre o rendimento francês (dentro do limite de 20 % do seu rendimento coletável), este donativo custa-lhe {amount} por mês.',
    unavailable: 'Os pagamentos estão momentaneamente indisponíveis. Nada foi guardado: tente de novo dentro de alguns minutos.',
    busy: 'Demasiadas tentativas em pouco tempo. Aguarde alguns minutos antes de tentar de novo.',
    form: {
      intro:
        'O seu donativo financia a ação do movimento: campanhas, material, formação. Pode confiar uma parte, ou a totalidade, a grupos de ação.',
      other: 'Outro montante',
      otherLabel: 'Outro montante, em euros',
      limits: 'De {minimum} a {maximum} por donativo, ou por mês num donativo mensal.',
      sharesIntro:
        'Por predefinição, todo o seu donativo vai para o movimento nacional. Para confiar uma parte a um ou mais grupos de ação, indique a parte de cada um em euros: o resto vai para o movimento nacional.',
      shareInput: 'Parte para {group}, em euros',
      search: 'Procurar um grupo pelo nome ou pela localidade',
      searchHelp: 'Escolha um grupo nos resultados para o acrescentar à repartição.',
      searchEmpty: 'Nenhum grupo corresponde a esta pesquisa.',
      remove: 'Retirar',
      removeLabel: 'Retirar {group} da repartição',
      department: 'Departamento {department}',
      otherGroups: 'Outros grupos',
      nationalPart: 'Para o movimento nacional: {amount}',
      identityLegend: 'Os seus dados',
      identityIntro:
        'A lei exige que saibamos quem doa a um partido político. Estes dados constam do seu recibo fiscal e nunca são publicados.',
      emailHelp: 'A confirmação do seu donativo e o seu recibo fiscal chegam a este endereço.',
      chooseNationality: 'Escolha a sua nacionalidade',
      residenceHelp:
        'Assinale apenas se não tiver nacionalidade francesa: a lei só aceita então o seu donativo se tiver residência fiscal em França.',
      required: 'obrigatório',
      honeypot: 'Não preencha este campo',
      legalTitle: 'O que diz a lei',
      privacyLink: 'Os seus dados: ver a página de privacidade.',
      review: 'Verificar o meu donativo',
      sending: 'A enviar…',
      networkError: 'Não foi possível contactar o servidor. Nada foi guardado: verifique a sua ligação e tente de novo.',
      fixErrors: 'Há campos a corrigir: cada um diz porquê.',
    },
    summary: {
      title: 'Resumo do seu donativo',
      national: 'Movimento nacional',
      perMonth: '{amount} por mês',
      stripe: 'Vai passar para a página de pagamento segura da Stripe, o nosso prestador de pagamentos.',
      confirm: 'Confirmar e pagar',
      edit: 'Alterar o meu donativo',
    },
    status: {
      thanksTitle: 'Obrigado pelo seu donativo',
      failedTitle: 'O pagamento não foi concluído',
      withoutScript: 'Assim que o seu pagamento for confirmado, recebe um e-mail de confirmação, que faz fé.',
      pending: 'O seu pagamento está a ser confirmado…',
      pendingLong: 'A confirmação está a demorar mais do que o previsto. Receberá um e-mail assim que chegar: pode fechar esta página.',
      succeeded: 'Recebemos o seu donativo. Acabámos de lhe enviar um e-mail de confirmação.',
      failed: 'O pagamento foi recusado: nada foi cobrado. Pode tentar de novo.',
      expired: 'A página de pagamento expirou: nada foi cobrado. Pode recomeçar.',
      refunded: 'Este donativo foi-lhe reembolsado.',
      disputed: 'Este pagamento está a ser contestado junto do seu banco.',
      unknown: 'Não encontramos este pagamento. Se lhe foi cobrado, receberá um e-mail de confirmação; caso contrário, pode recomeçar.',
      unreachable: 'Não é possível verificar o seu pagamento neste momento. Receberá um e-mail assim que for confirmado.',
    },
    cancelled: {
      title: 'Pagamento cancelado',
      text: 'Saiu da página de pagamento: nada foi cobrado e o seu donativo não foi registado. Pode recomeçar quando quiser.',
    },
  },
  ar: {
    title: 'تبرّع',
    checkoutItem: { once: 'تبرع للحركة', monthly: 'تبرع شهري للحركة' },
    frequency: { legend: 'أتبرّع', once: 'مرة واحدة', monthly: 'كل شهر' },
    fields: {
      frequency: 'وتيرة التبرع',
      amount: 'المبلغ',
      shares: 'التوزيع على المجموعات',
      firstName: 'الاسم الأول',
      lastName: 'اسم العائلة',
      email: 'البريد الإلكتروني',
      address: 'العنوان البريدي',
      postcode: 'الرمز البريدي',
      city: 'المدينة',
      nationality: 'الجنسية',
      residesInFrance: 'إقامتي الضريبية في فرنسا',
      phone: 'الهاتف',
      certify: 'إقرار',
    },
    problems: {
      frequencyInvalid: 'اختر تبرعًا لمرة واحدة أو تبرعًا شهريًا.',
      amountRequired: 'أدخل مبلغ تبرعك.',
      amountInvalid: 'هذا المبلغ غير صالح: اكتب عددًا من اليوروهات، مثل 30 أو 30.50.',
      amountBelowMinimum: 'الحد الأدنى للتبرع {minimum}.',
      amountAboveMaximum: 'لا يجوز أن يتجاوز التبرع، أو الدفعة الشهرية، {maximum}.',
      shareInvalid: 'إحدى الحصص ليست مبلغًا صالحًا: اكتب عددًا من اليوروهات، مثل 10 أو 10.50.',
      shareGroupUnknown: 'إحدى المجموعات التي اخترتها لم تعد تستقبل التبرعات: احذفها من التوزيع.',
      sharesAboveAmount: 'مجموع حصص المجموعات يتجاوز مبلغ التبرع: خفّضها أو زِد المبلغ.',
      firstNameRequired: 'أدخل اسمك الأول.',
      firstNameInvalid: 'لا يحتوي الاسم الأول إلا على حروف ومسافات وفواصل عليا وشرطات (80 حرفًا على الأكثر).',
      lastNameRequired: 'أدخل اسم عائلتك.',
      lastNameInvalid: 'لا يحتوي اسم العائلة إلا على حروف ومسافات وفواصل عليا وشرطات (80 حرفًا على الأكثر).',
      emailInvalid: 'أدخل بريدًا إلكترونيًا صالحًا، مثل name@example.org.',
      addressRequired: 'أدخل عنوانك البريدي (200 حرف على الأكثر).',
      postcodeInvalid: 'أدخل رمزًا بريديًا صالحًا، مثل 75011.',
      cityRequired: 'أدخل مدينتك.',
      nationalityRequired: 'اختر جنسيتك.',
      residenceRequired: 'لا يسمح القانون بتبرع شخص من جنسية أجنبية إلا إذا كانت إقامته الضريبية في فرنسا: وإلا فلا يمكننا قبول تبرعك.',
      phoneRequired: 'أدخل رقم هاتفك.',
      phoneInvalid: 'هذا الرقم غير صالح: أرقام ومسافات وعلامة «+» فقط، مثل ‎+33 6 12 34 56 78.',
      certifyRequired: 'ضع علامة في هذا المربع لتقرّ بأنك تتبرع باسمك ومن مالك الخاص.',
    },
    overCap: {
      title: 'هذا التبرع يتجاوز الحد القانوني لهذه السنة',
      cap: 'الحد لكل شخص في السنة، لجميع الأحزاب معًا: {amount}',
      given: 'ما تبرعت به لحركتنا هذه السنة: {amount}',
      monthlyStillToCome: 'ما تبقى حتى 31 ديسمبر من تبرعاتك الشهرية الجارية: {amount}',
      thisDonation: 'هذا التبرع حتى 31 ديسمبر: {amount} (عدد الدفعات: {count})',
      stillPossible: 'ما يزال بإمكانك التبرع هذه السنة بـ: {amount}',
      largestMonthly: 'أكبر تبرع شهري ما يزال ممكنًا: {amount} شهريًا',
      explanation:
        'يحدد القانون ما يتبرع به الشخص الواحد كل سنة لجميع الأحزاب السياسية معًا. لا نعرف إلا تبرعاتك لحركتنا: إن كنت تتبرع لأحزاب أخرى أيضًا، فعليك أن تبقى دون هذا الحد.',
    },
    monthlyExists: {
      question: 'أنت تتبرع بالفعل بـ {amount} شهريًا. هل يحل هذا التبرع الشهري الجديد محل تبرعك الحالي أم يُضاف إليه؟',
      replace: 'يحل محل تبرعي الشهري الحالي',
      add: 'يُضاف إلى تبرعي الشهري الحالي',
    },
    correction: {
      title: 'لم يُسجَّل تبرعك بعد',
      intro: 'صحّح النقاط أدناه ثم أرسل الاستمارة من جديد. لم يُحفظ شيء ولم يُطلب أي دفع.',
      submit: 'إرسال من جديد',
      back: 'العودة إلى استمارة التبرع',
    },
    legal: {
      cap: 'لا يجوز للشخص الواحد أن يتبرع بأكثر من 7500 يورو في السنة لجميع الأحزاب السياسية معًا (القانون الفرنسي الصادر في 11 مارس 1988، المادة 11-4).',
      penalty:
        'التبرع بما يتجاوز هذا الحد، أو التبرع لحساب شخص آخر أو لحساب شخص اعتباري، يُعاقب عليه بالسجن 3 سنوات وغرامة قدرها 45000 يورو (المادة 11-5).',
      dataUse:
        'يُستخدم اسمك وعنوانك وجنسيتك ووسائل الاتصال بك فقط للتحقق من أن تبرعك يحترم القانون ولإصدار إيصالك الضريبي. لا يطّلع عليها إلا أمناء الصندوق والمشرفون لدينا، ولا تُنشر أبدًا. تُحفظ {years} سنوات بعد تبرعك ثم تُجهَّل: لا تبقى إلا المبالغ، لحساباتنا.',
      certify: 'أقرّ بأنني شخص طبيعي وأنني أتبرع باسمي ومن مالي الخاص.',
      naturalPerson:
        'لا يجوز التبرع لحزب سياسي إلا للأشخاص الطبيعيين: لا يجوز ذلك لشركة أو جمعية أو أي شخص اعتباري آخر، ولا يجوز لأحد أن يتبرع بمال غيره.',
    },
    taxReduction:
      'بعد التخفيض الضريبي بنسبة 66 % من ضريبة الدخل الفرنسية (في حدود 20 % من دخلك الخاضع للضريبة)، يكلفك هذا التبرع {amount}.',
    taxReductionMonthly:
      'بعد التخفيض الضريبي بنسبة 66 % من ضريبة الدخل الفرنسية (في حدود 20 % من دخلك الخاضع للضريبة)، يكلفك هذا التبرع {amount} شهريًا.',
    unavailable: 'الدفع غير متاح حاليًا. لم يُحفظ شيء: أعد المحاولة بعد بضع دقائق.',
    busy: 'محاولات كثيرة في وقت قصير. انتظر بضع دقائق قبل أن تعيد المحاولة.',
    form: {
      intro: 'يموّل تبرعك عمل الحركة: الحملات والمواد والتدريب. يمكنك أن تخصص جزءًا منه، أو كله، لمجموعات العمل.',
      other: 'مبلغ آخر',
      otherLabel: 'مبلغ آخر، باليورو',
      limits: 'من {minimum} إلى {maximum} لكل تبرع، أو في الشهر للتبرع الشهري.',
      sharesIntro:
        'يذهب تبرعك كله افتراضيًا إلى الحركة الوطنية. لتخصيص حصة لمجموعة عمل أو أكثر، أدخل حصة كل مجموعة باليورو: يذهب الباقي إلى الحركة الوطنية.',
      shareInput: 'حصة {group}، باليورو',
      search: 'ابحث عن مجموعة باسمها أو مدينتها',
      searchHelp: 'اختر مجموعة من النتائج لإضافتها إلى التوزيع.',
      searchEmpty: 'لا توجد مجموعة تطابق هذا البحث.',
      remove: 'حذف',
      removeLabel: 'حذف {group} من التوزيع',
      department: 'المقاطعة {department}',
      otherGroups: 'مجموعات أخرى',
      nationalPart: 'للحركة الوطنية: {amount}',
      identityLegend: 'بياناتك',
      identityIntro: 'يفرض القانون أن نعرف من يتبرع لحزب سياسي. تظهر هذه البيانات في إيصالك الضريبي ولا تُنشر أبدًا.',
      emailHelp: 'يصلك تأكيد تبرعك وإيصالك الضريبي على هذا العنوان.',
      chooseNationality: 'اختر جنسيتك',
      residenceHelp: 'ضع علامة فقط إن لم تكن تحمل الجنسية الفرنسية: لا يقبل القانون تبرعك حينئذ إلا إذا كانت إقامتك الضريبية في فرنسا.',
      required: 'إلزامي',
      honeypot: 'لا تملأ هذا الحقل',
      legalTitle: 'ما يقوله القانون',
      privacyLink: 'بياناتك: راجع صفحة الخصوصية.',
      review: 'راجع تبرعي',
      sending: 'جارٍ الإرسال…',
      networkError: 'تعذّر الاتصال بالخادم. لم يُحفظ شيء: تحقق من اتصالك وأعد المحاولة.',
      fixErrors: 'بعض الحقول بحاجة إلى تصحيح: كل حقل يذكر السبب.',
    },
    summary: {
      title: 'ملخص تبرعك',
      national: 'الحركة الوطنية',
      perMonth: '{amount} شهريًا',
      stripe: 'ستنتقل إلى صفحة الدفع الآمنة لدى Stripe، مزوّد خدمة الدفع لدينا.',
      confirm: 'تأكيد ودفع',
      edit: 'تعديل تبرعي',
    },
    status: {
      thanksTitle: 'شكرًا على تبرعك',
      failedTitle: 'لم تتم عملية الدفع',
      withoutScript: 'بمجرد تأكيد دفعتك، تصلك رسالة تأكيد بالبريد الإلكتروني، وهي المرجع.',
      pending: 'جارٍ تأكيد دفعتك…',
      pendingLong: 'يستغرق التأكيد وقتًا أطول من المتوقع. ستصلك رسالة بالبريد الإلكتروني فور وصوله: يمكنك إغلاق هذه الصفحة.',
      succeeded: 'وصلنا تبرعك. أرسلنا إليك للتو رسالة تأكيد بالبريد الإلكتروني.',
      failed: 'رُفضت عملية الدفع: لم يُقتطع أي مبلغ. يمكنك إعادة المحاولة.',
      expired: 'انتهت صلاحية صفحة الدفع: لم يُقتطع أي مبلغ. يمكنك البدء من جديد.',
      refunded: 'أُعيد إليك مبلغ هذا التبرع.',
      disputed: 'هذه الدفعة محل اعتراض لدى مصرفك.',
      unknown: 'لم نعثر على هذه الدفعة. إن اقتُطع منك مبلغ، فستصلك رسالة تأكيد؛ وإلا فيمكنك البدء من جديد.',
      unreachable: 'يتعذر التحقق من دفعتك حاليًا. ستصلك رسالة بالبريد الإلكتروني فور تأكيدها.',
    },
    cancelled: {
      title: 'أُلغيت عملية الدفع',
      text: 'غادرت صفحة الدفع: لم يُقتطع أي مبلغ ولم يُسجَّل تبرعك. يمكنك البدء من جديد متى شئت.',
    },
  },
}
