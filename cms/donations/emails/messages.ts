import type { TextsByLanguage } from '../../../publication/textsByLanguage'
import type { DonationEmailKind } from './kinds'

/**
 * What the donors' emails say, in each language. Amounts and dates arrive already written in the
 * donor's language (compose.ts); the split, the links and the footer's figures are filled in there.
 */
export interface DonationEmailMessages {
  subjects: Record<DonationEmailKind, string>
  greeting: (firstName: string) => string
  thankYou: { once: (amount: string) => string; monthly: (amount: string) => string }
  splitHeading: string
  nationalPart: string
  /** A group deleted since the donation: its share is still listed. */
  formerGroup: string
  costAfterReduction: { once: (cost: string) => string; monthly: (cost: string) => string }
  receipt: string
  manageLink: string
  keepLinkPrivate: string
  monthlyFailed: (amount: string) => string
  newCard: string
  donatePage: string
  refunded: (amount: string, paidOn: string) => string
  sharesWithdrawn: string
  noReceipt: string
  overCap: (cap: string) => string
  stillPossible: (amount: string) => string
  capReached: string
  monthlyCancelled: (amount: string) => string
  paymentsKept: string
  footer: (retentionYears: number) => string
}

/** A number of years in Arabic: the noun's form depends on the number (1, 2, 3 to 10, 11 and more). */
const arabicYears = (years: number) => (years === 1 ? 'سنة واحدة' : years === 2 ? 'سنتين' : years <= 10 ? `${years} سنوات` : `${years} سنة`)

export const donationEmailMessages: TextsByLanguage<DonationEmailMessages> = {
  fr: {
    subjects: {
      'thank-you': 'Merci pour votre don',
      'monthly-failed': 'Le paiement de votre don mensuel n’a pas abouti',
      refund: 'Votre don vous a été remboursé',
      'over-cap-refund': 'Votre don vous a été remboursé : plafond légal annuel atteint',
      'monthly-cancelled': 'Votre don mensuel est arrêté',
    },
    greeting: (firstName) => `Bonjour ${firstName},`,
    thankYou: {
      once: (amount) => `Merci pour votre don de ${amount} : il est bien reçu.`,
      monthly: (amount) =>
        `Merci pour votre don mensuel de ${amount} : le premier paiement est bien reçu, les suivants auront lieu chaque mois à la même date.`,
    },
    splitHeading: 'Répartition de votre don',
    nationalPart: 'Organisation nationale',
    formerGroup: 'Groupe d’action (supprimé depuis)',
    costAfterReduction: {
      once: (cost) =>
        `Après la réduction d’impôt de 66 % (dans la limite de 20 % de votre revenu imposable), ce don ne vous coûte que ${cost}.`,
      monthly: (cost) =>
        `Après la réduction d’impôt de 66 % (dans la limite de 20 % de votre revenu imposable), chaque paiement mensuel ne vous coûte que ${cost}.`,
    },
    receipt: 'Un reçu fiscal vous sera adressé au début de l’année prochaine, pour votre déclaration de revenus.',
    manageLink: 'Pour changer la répartition de votre don mensuel, ou pour l’arrêter, à tout moment :',
    keepLinkPrivate: 'Ce lien est personnel : il ouvre votre don mensuel sans mot de passe, ne le partagez pas.',
    monthlyFailed: (amount) =>
      `Le paiement de ce mois de votre don mensuel de ${amount} n’a pas abouti. Stripe, notre prestataire de paiement, le retentera automatiquement dans les prochains jours : si votre carte est valable, vous n’avez rien à faire.`,
    newCard:
      'Si votre carte a changé, arrêtez ce don mensuel avec le lien ci-dessous, puis faites-en un nouveau avec votre nouvelle carte sur la page des dons.',
    donatePage: 'Page des dons :',
    refunded: (amount, paidOn) =>
      `Votre don de ${amount} du ${paidOn} vous a été remboursé : la somme revient sur le moyen de paiement utilisé, d’ici quelques jours.`,
    sharesWithdrawn: 'Les parts fléchées vers des groupes d’action leur ont été retirées.',
    noReceipt: 'Aucun reçu fiscal ne sera émis pour ce don.',
    overCap: (cap) =>
      `La loi limite les dons d’une même personne aux partis politiques à ${cap} par année civile, tous partis confondus (loi du 11 mars 1988, article 11-4). Avec vos autres dons de cette année, celui-ci aurait dépassé ce plafond : nous ne pouvons pas le garder.`,
    stillPossible: (amount) =>
      `Vous pouvez encore nous donner jusqu’à ${amount} cette année (vos dons mensuels en cours sont déjà comptés).`,
    capReached: 'Vous avez atteint ce plafond pour cette année : vous pourrez de nouveau donner à partir du 1er janvier.',
    monthlyCancelled: (amount) => `Votre don mensuel de ${amount} est arrêté : aucun autre paiement ne sera prélevé.`,
    paymentsKept: 'Les paiements déjà faits restent acquis et figureront sur votre reçu fiscal. Merci pour votre soutien !',
    footer: (years) =>
      `Vous recevez ce message parce que vous avez fait un don. Pour les contrôles prévus par la loi, votre identité est conservée avec vos dons pendant ${years} an${years > 1 ? 's' : ''} après la fin de l’année du don, puis effacée.`,
  },
  en: {
    subjects: {
      'thank-you': 'Thank you for your donation',
      'monthly-failed': 'Your monthly donation’s payment did not go through',
      refund: 'Your donation has been refunded',
      'over-cap-refund': 'Your donation has been refunded: the legal yearly cap is reached',
      'monthly-cancelled': 'Your monthly donation is stopped',
    },
    greeting: (firstName) => `Hello ${firstName},`,
    thankYou: {
      once: (amount) => `Thank you for your donation of ${amount}: we have received it.`,
      monthly: (amount) =>
        `Thank you for your monthly donation of ${amount}: the first payment has been received, and the next ones will be made each month on the same day.`,
    },
    splitHeading: 'How your donation is split',
    nationalPart: 'National organisation',
    formerGroup: 'Action group (since deleted)',
    costAfterReduction: {
      once: (cost) => `After the 66 % tax reduction (within 20 % of your taxable income), this donation costs you only ${cost}.`,
      monthly: (cost) => `After the 66 % tax reduction (within 20 % of your taxable income), each monthly payment costs you only ${cost}.`,
    },
    receipt: 'A tax receipt will be sent to you early next year, for your income tax return.',
    manageLink: 'To change how your monthly donation is split, or to stop it, at any time:',
    keepLinkPrivate: 'This link is personal: it opens your monthly donation without a password, do not share it.',
    monthlyFailed: (amount) =>
      `This month’s payment of your monthly donation of ${amount} did not go through. Stripe, our payment provider, will try again automatically in the coming days: if your card is valid, you have nothing to do.`,
    newCard:
      'If your card has changed, stop this monthly donation with the link below, then start a new one with your new card on the donation page.',
    donatePage: 'Donation page:',
    refunded: (amount, paidOn) =>
      `Your donation of ${amount} made on ${paidOn} has been refunded: the money goes back to the means of payment you used, within a few days.`,
    sharesWithdrawn: 'The shares earmarked to action groups have been withdrawn from them.',
    noReceipt: 'No tax receipt will be issued for this donation.',
    overCap: (cap) =>
      `French law limits what one person may give to political parties to ${cap} per calendar year, all parties together (law of 11 March 1988, article 11-4). With your other donations this year, this one would have gone over that cap: we cannot keep it.`,
    stillPossible: (amount) => `You may still give us up to ${amount} this year (your running monthly donations are already counted).`,
    capReached: 'You have reached this cap for this year: you will be able to give again from 1 January.',
    monthlyCancelled: (amount) => `Your monthly donation of ${amount} is stopped: no further payment will be taken.`,
    paymentsKept: 'The payments already made are kept and will appear on your tax receipt. Thank you for your support!',
    footer: (years) =>
      `You receive this message because you made a donation. For the checks the law provides for, your identity is kept with your donations for ${years} year${years > 1 ? 's' : ''} after the end of the year of the donation, then erased.`,
  },
  es: {
    subjects: {
      'thank-you': 'Gracias por tu donación',
      'monthly-failed': 'El pago de tu donación mensual no se ha podido realizar',
      refund: 'Te hemos devuelto tu donación',
      'over-cap-refund': 'Te hemos devuelto tu donación: se ha alcanzado el límite legal anual',
      'monthly-cancelled': 'Tu donación mensual se ha detenido',
    },
    greeting: (firstName) => `Hola, ${firstName}:`,
    thankYou: {
      once: (amount) => `Gracias por tu donación de ${amount}: la hemos recibido.`,
      monthly: (amount) =>
        `Gracias por tu donación mensual de ${amount}: hemos recibido el primer pago, y los siguientes se harán cada mes el mismo día.`,
    },
    splitHeading: 'Reparto de tu donación',
    nationalPart: 'Organización nacional',
    formerGroup: 'Grupo de acción (eliminado desde entonces)',
    costAfterReduction: {
      once: (cost) =>
        `Tras la reducción fiscal del 66 % (dentro del límite del 20 % de tu base imponible), esta donación solo te cuesta ${cost}.`,
      monthly: (cost) =>
        `Tras la reducción fiscal del 66 % (dentro del límite del 20 % de tu base imponible), cada pago mensual solo te cuesta ${cost}.`,
    },
    receipt: 'Recibirás un recibo fiscal a principios del año que viene, para tu declaración de la renta en Francia.',
    manageLink: 'Para cambiar el reparto de tu donación mensual, o para detenerla, en cualquier momento:',
    keepLinkPrivate: 'Este enlace es personal: abre tu donación mensual sin contraseña, no lo compartas.',
    monthlyFailed: (amount) =>
      `El pago de este mes de tu donación mensual de ${amount} no se ha podido realizar. Stripe, nuestro proveedor de pagos, lo volverá a intentar automáticamente en los próximos días: si tu tarjeta es válida, no tienes que hacer nada.`,
    newCard:
      'Si tu tarjeta ha cambiado, detén esta donación mensual con el enlace de abajo y haz una nueva con tu nueva tarjeta en la página de donaciones.',
    donatePage: 'Página de donaciones:',
    refunded: (amount, paidOn) =>
      `Te hemos devuelto tu donación de ${amount} del ${paidOn}: el importe vuelve al medio de pago que usaste, en unos días.`,
    sharesWithdrawn: 'Las partes destinadas a grupos de acción se les han retirado.',
    noReceipt: 'No se emitirá ningún recibo fiscal por esta donación.',
    overCap: (cap) =>
      `La ley francesa limita lo que una misma persona puede donar a los partidos políticos a ${cap} por año natural, sumando todos los partidos (ley del 11 de marzo de 1988, artículo 11-4). Con tus otras donaciones de este año, esta habría superado ese límite: no podemos quedárnosla.`,
    stillPossible: (amount) => `Todavía puedes donarnos hasta ${amount} este año (tus donaciones mensuales en curso ya están contadas).`,
    capReached: 'Has alcanzado ese límite este año: podrás volver a donar a partir del 1 de enero.',
    monthlyCancelled: (amount) => `Tu donación mensual de ${amount} se ha detenido: no se cobrará ningún otro pago.`,
    paymentsKept: 'Los pagos ya realizados se mantienen y figurarán en tu recibo fiscal. ¡Gracias por tu apoyo!',
    footer: (years) =>
      `Recibes este mensaje porque has hecho una donación. Para los controles que prevé la ley, tu identidad se conserva con tus donaciones durante ${years} año${years > 1 ? 's' : ''} después del final del año de la donación, y después se borra.`,
  },
  de: {
    subjects: {
      'thank-you': 'Danke für deine Spende',
      'monthly-failed': 'Die Zahlung deiner monatlichen Spende ist fehlgeschlagen',
      refund: 'Deine Spende wurde zurückerstattet',
      'over-cap-refund': 'Deine Spende wurde zurückerstattet: gesetzliche Jahreshöchstgrenze erreicht',
      'monthly-cancelled': 'Deine monatliche Spende ist beendet',
    },
    greeting: (firstName) => `Hallo ${firstName},`,
    thankYou: {
      once: (amount) => `Danke für deine Spende von ${amount}: Sie ist bei uns eingegangen.`,
      monthly: (amount) =>
        `Danke für deine monatliche Spende von ${amount}: Die erste Zahlung ist eingegangen, die weiteren folgen jeden Monat am selben Tag.`,
    },
    splitHeading: 'Aufteilung deiner Spende',
    nationalPart: 'Nationale Organisation',
    formerGroup: 'Aktionsgruppe (inzwischen gelöscht)',
    costAfterReduction: {
      once: (cost) =>
        `Nach der Steuerermäßigung von 66 % (bis zu 20 % deines steuerpflichtigen Einkommens) kostet dich diese Spende nur ${cost}.`,
      monthly: (cost) =>
        `Nach der Steuerermäßigung von 66 % (bis zu 20 % deines steuerpflichtigen Einkommens) kostet dich jede monatliche Zahlung nur ${cost}.`,
    },
    receipt: 'Anfang nächsten Jahres erhältst du eine Spendenquittung für deine Einkommensteuererklärung in Frankreich.',
    manageLink: 'Um die Aufteilung deiner monatlichen Spende zu ändern oder sie zu beenden, jederzeit:',
    keepLinkPrivate: 'Dieser Link ist persönlich: Er öffnet deine monatliche Spende ohne Passwort, gib ihn nicht weiter.',
    monthlyFailed: (amount) =>
      `Die Zahlung dieses Monats für deine monatliche Spende von ${amount} ist fehlgeschlagen. Stripe, unser Zahlungsdienstleister, versucht es in den nächsten Tagen automatisch erneut: Ist deine Karte gültig, musst du nichts tun.`,
    newCard:
      'Hat sich deine Karte geändert, beende diese monatliche Spende über den Link unten und richte auf der Spendenseite mit deiner neuen Karte eine neue ein.',
    donatePage: 'Spendenseite:',
    refunded: (amount, paidOn) =>
      `Deine Spende von ${amount} vom ${paidOn} wurde zurückerstattet: Der Betrag geht in einigen Tagen auf das verwendete Zahlungsmittel zurück.`,
    sharesWithdrawn: 'Die für Aktionsgruppen bestimmten Anteile wurden ihnen wieder abgezogen.',
    noReceipt: 'Für diese Spende wird keine Spendenquittung ausgestellt.',
    overCap: (cap) =>
      `Das französische Gesetz begrenzt die Spenden einer Person an politische Parteien auf ${cap} pro Kalenderjahr, alle Parteien zusammen (Gesetz vom 11. März 1988, Artikel 11-4). Mit deinen anderen Spenden dieses Jahres hätte diese Spende die Grenze überschritten: Wir dürfen sie nicht behalten.`,
    stillPossible: (amount) =>
      `Du kannst uns dieses Jahr noch bis zu ${amount} spenden (deine laufenden monatlichen Spenden sind schon eingerechnet).`,
    capReached: 'Du hast die Grenze für dieses Jahr erreicht: Ab dem 1. Januar kannst du wieder spenden.',
    monthlyCancelled: (amount) => `Deine monatliche Spende von ${amount} ist beendet: Es wird keine weitere Zahlung abgebucht.`,
    paymentsKept:
      'Die bereits geleisteten Zahlungen bleiben bestehen und erscheinen auf deiner Spendenquittung. Danke für deine Unterstützung!',
    footer: (years) =>
      `Du erhältst diese Nachricht, weil du gespendet hast. Für die gesetzlich vorgesehenen Kontrollen wird deine Identität mit deinen Spenden bis ${years} Jahr${years > 1 ? 'e' : ''} nach dem Ende des Spendenjahres aufbewahrt und danach gelöscht.`,
  },
  it: {
    subjects: {
      'thank-you': 'Grazie per la tua donazione',
      'monthly-failed': 'Il pagamento della tua donazione mensile non è andato a buon fine',
      refund: 'La tua donazione ti è stata rimborsata',
      'over-cap-refund': 'La tua donazione ti è stata rimborsata: raggiunto il tetto legale annuo',
      'monthly-cancelled': 'La tua donazione mensile è interrotta',
    },
    greeting: (firstName) => `Ciao ${firstName},`,
    thankYou: {
      once: (amount) => `Grazie per la tua donazione di ${amount}: l’abbiamo ricevuta.`,
      monthly: (amount) =>
        `Grazie per la tua donazione mensile di ${amount}: il primo pagamento è arrivato, i successivi avverranno ogni mese nello stesso giorno.`,
    },
    splitHeading: 'Ripartizione della tua donazione',
    nationalPart: 'Organizzazione nazionale',
    formerGroup: 'Gruppo d’azione (nel frattempo eliminato)',
    costAfterReduction: {
      once: (cost) =>
        `Dopo la riduzione d’imposta del 66 % (entro il 20 % del tuo reddito imponibile), questa donazione ti costa solo ${cost}.`,
      monthly: (cost) =>
        `Dopo la riduzione d’imposta del 66 % (entro il 20 % del tuo reddito imponibile), ogni pagamento mensile ti costa solo ${cost}.`,
    },
    receipt: 'All’inizio del prossimo anno riceverai una ricevuta fiscale per la tua dichiarazione dei redditi in Francia.',
    manageLink: 'Per cambiare la ripartizione della tua donazione mensile, o per interromperla, in qualsiasi momento:',
    keepLinkPrivate: 'Questo link è personale: apre la tua donazione mensile senza password, non condividerlo.',
    monthlyFailed: (amount) =>
      `Il pagamento di questo mese della tua donazione mensile di ${amount} non è andato a buon fine. Stripe, il nostro fornitore di pagamenti, riproverà automaticamente nei prossimi giorni: se la tua carta è valida, non devi fare nulla.`,
    newCard:
      'Se la tua carta è cambiata, interrompi questa donazione mensile con il link qui sotto, poi fanne una nuova con la nuova carta dalla pagina delle donazioni.',
    donatePage: 'Pagina delle donazioni:',
    refunded: (amount, paidOn) =>
      `La tua donazione di ${amount} del ${paidOn} ti è stata rimborsata: la somma torna sul mezzo di pagamento usato entro qualche giorno.`,
    sharesWithdrawn: 'Le quote destinate ai gruppi d’azione sono state loro ritirate.',
    noReceipt: 'Per questa donazione non sarà emessa alcuna ricevuta fiscale.',
    overCap: (cap) =>
      `La legge francese limita le donazioni di una stessa persona ai partiti politici a ${cap} per anno solare, tutti i partiti insieme (legge dell’11 marzo 1988, articolo 11-4). Con le tue altre donazioni di quest’anno, questa avrebbe superato il tetto: non possiamo tenerla.`,
    stillPossible: (amount) => `Quest’anno puoi ancora donarci fino a ${amount} (le tue donazioni mensili in corso sono già contate).`,
    capReached: 'Hai raggiunto il tetto per quest’anno: potrai donare di nuovo dal 1º gennaio.',
    monthlyCancelled: (amount) => `La tua donazione mensile di ${amount} è interrotta: non sarà addebitato nessun altro pagamento.`,
    paymentsKept: 'I pagamenti già fatti restano acquisiti e compariranno sulla tua ricevuta fiscale. Grazie per il tuo sostegno!',
    footer: (years) =>
      `Ricevi questo messaggio perché hai fatto una donazione. Per i controlli previsti dalla legge, la tua identità è conservata con le tue donazioni per ${years} ann${years > 1 ? 'i' : 'o'} dopo la fine dell’anno della donazione, poi cancellata.`,
  },
  pt: {
    subjects: {
      'thank-you': 'Obrigado pelo seu donativo',
      'monthly-failed': 'O pagamento do seu donativo mensal não foi concluído',
      refund: 'O seu donativo foi reembolsado',
      'over-cap-refund': 'O seu donativo foi reembolsado: limite legal anual atingido',
      'monthly-cancelled': 'O seu donativo mensal foi interrompido',
    },
    greeting: (firstName) => `Olá, ${firstName},`,
    thankYou: {
      once: (amount) => `Obrigado pelo seu donativo de ${amount}: já o recebemos.`,
      monthly: (amount) =>
        `Obrigado pelo seu donativo mensal de ${amount}: o primeiro pagamento foi recebido, e os seguintes serão feitos todos os meses no mesmo dia.`,
    },
    splitHeading: 'Repartição do seu donativo',
    nationalPart: 'Organização nacional',
    formerGroup: 'Grupo de ação (entretanto eliminado)',
    costAfterReduction: {
      once: (cost) =>
        `Depois da redução de imposto de 66 % (até 20 % do seu rendimento tributável), este donativo custa-lhe apenas ${cost}.`,
      monthly: (cost) =>
        `Depois da redução de imposto de 66 % (até 20 % do seu rendimento tributável), cada pagamento mensal custa-lhe apenas ${cost}.`,
    },
    receipt: 'No início do próximo ano receberá um recibo fiscal para a sua declaração de rendimentos em França.',
    manageLink: 'Para mudar a repartição do seu donativo mensal, ou para o interromper, a qualquer momento:',
    keepLinkPrivate: 'Esta ligação é pessoal: abre o seu donativo mensal sem palavra-passe, não a partilhe.',
    monthlyFailed: (amount) =>
      `O pagamento deste mês do seu donativo mensal de ${amount} não foi concluído. A Stripe, o nosso prestador de pagamentos, tentará de novo automaticamente nos próximos dias: se o seu cartão for válido, não tem de fazer nada.`,
    newCard:
      'Se o seu cartão mudou, interrompa este donativo mensal com a ligação abaixo e faça um novo com o novo cartão na página de donativos.',
    donatePage: 'Página de donativos:',
    refunded: (amount, paidOn) =>
      `O seu donativo de ${amount} de ${paidOn} foi reembolsado: o valor volta ao meio de pagamento utilizado dentro de alguns dias.`,
    sharesWithdrawn: 'As partes destinadas a grupos de ação foram-lhes retiradas.',
    noReceipt: 'Não será emitido nenhum recibo fiscal para este donativo.',
    overCap: (cap) =>
      `A lei francesa limita os donativos de uma mesma pessoa a partidos políticos a ${cap} por ano civil, somando todos os partidos (lei de 11 de março de 1988, artigo 11-4). Com os seus outros donativos deste ano, este teria ultrapassado esse limite: não o podemos aceitar.`,
    stillPossible: (amount) => `Este ano ainda nos pode dar até ${amount} (os seus donativos mensais em curso já estão contados).`,
    capReached: 'Atingiu esse limite este ano: poderá voltar a doar a partir de 1 de janeiro.',
    monthlyCancelled: (amount) => `O seu donativo mensal de ${amount} foi interrompido: não será cobrado mais nenhum pagamento.`,
    paymentsKept: 'Os pagamentos já feitos mantêm-se e constarão do seu recibo fiscal. Obrigado pelo seu apoio!',
    footer: (years) =>
      `Recebe esta mensagem porque fez um donativo. Para os controlos previstos na lei, a sua identidade é conservada com os seus donativos durante ${years} ano${years > 1 ? 's' : ''} após o fim do ano do donativo, e depois apagada.`,
  },
  ar: {
    subjects: {
      'thank-you': 'شكرًا على تبرعك',
      'monthly-failed': 'لم يتم دفع تبرعك الشهري',
      refund: 'تم ردّ مبلغ تبرعك إليك',
      'over-cap-refund': 'تم ردّ مبلغ تبرعك إليك: بلغتَ الحد القانوني السنوي',
      'monthly-cancelled': 'تم إيقاف تبرعك الشهري',
    },
    greeting: (firstName) => `مرحبًا ${firstName}،`,
    thankYou: {
      once: (amount) => `شكرًا على تبرعك بمبلغ ${amount}: لقد وصلنا.`,
      monthly: (amount) => `شكرًا على تبرعك الشهري بمبلغ ${amount}: وصلتنا الدفعة الأولى، وستتم الدفعات التالية كل شهر في اليوم نفسه.`,
    },
    splitHeading: 'توزيع تبرعك',
    nationalPart: 'المنظمة الوطنية',
    formerGroup: 'مجموعة عمل (حُذفت منذ ذلك الحين)',
    costAfterReduction: {
      once: (cost) => `بعد التخفيض الضريبي بنسبة 66 % (في حدود 20 % من دخلك الخاضع للضريبة)، لا يكلّفك هذا التبرع سوى ${cost}.`,
      monthly: (cost) => `بعد التخفيض الضريبي بنسبة 66 % (في حدود 20 % من دخلك الخاضع للضريبة)، لا تكلّفك كل دفعة شهرية سوى ${cost}.`,
    },
    receipt: 'سيصلك إيصال ضريبي في بداية العام المقبل، لتصريحك بالدخل في فرنسا.',
    manageLink: 'لتغيير توزيع تبرعك الشهري أو لإيقافه، في أي وقت:',
    keepLinkPrivate: 'هذا الرابط شخصي: يفتح تبرعك الشهري دون كلمة مرور، فلا تشاركه مع أحد.',
    monthlyFailed: (amount) =>
      `لم تتم دفعة هذا الشهر من تبرعك الشهري بمبلغ ${amount}. ستعيد Stripe، مزوّد خدمة الدفع لدينا، المحاولة تلقائيًا خلال الأيام المقبلة: إذا كانت بطاقتك صالحة فلا داعي لأي إجراء.`,
    newCard: 'إذا تغيّرت بطاقتك، أوقف هذا التبرع الشهري بالرابط أدناه، ثم ابدأ تبرعًا جديدًا ببطاقتك الجديدة من صفحة التبرعات.',
    donatePage: 'صفحة التبرعات:',
    refunded: (amount, paidOn) =>
      `تم ردّ تبرعك بمبلغ ${amount} بتاريخ ${paidOn} إليك: يعود المبلغ إلى وسيلة الدفع التي استخدمتها خلال بضعة أيام.`,
    sharesWithdrawn: 'سُحبت من مجموعات العمل الحصص التي خُصّصت لها.',
    noReceipt: 'لن يصدر أي إيصال ضريبي عن هذا التبرع.',
    overCap: (cap) =>
      `يحدّ القانون الفرنسي ما يجوز للشخص الواحد التبرع به للأحزاب السياسية بمبلغ ${cap} في السنة الميلادية، لجميع الأحزاب مجتمعة (قانون 11 مارس 1988، المادة 11-4). مع تبرعاتك الأخرى هذا العام، كان هذا التبرع سيتجاوز هذا الحد: لا يمكننا الاحتفاظ به.`,
    stillPossible: (amount) => `لا يزال بإمكانك أن تتبرع لنا هذا العام بما يصل إلى ${amount} (تبرعاتك الشهرية الجارية محسوبة مسبقًا).`,
    capReached: 'لقد بلغتَ هذا الحد لهذا العام: يمكنك التبرع من جديد ابتداءً من 1 يناير.',
    monthlyCancelled: (amount) => `تم إيقاف تبرعك الشهري بمبلغ ${amount}: لن تُقتطع أي دفعة أخرى.`,
    paymentsKept: 'تبقى الدفعات التي تمت مكتسبة وستظهر في إيصالك الضريبي. شكرًا على دعمك!',
    footer: (years) =>
      `تصلك هذه الرسالة لأنك قدّمت تبرعًا. لأغراض الرقابة التي ينص عليها القانون، تُحفظ هويتك مع تبرعاتك لمدة ${arabicYears(years)} بعد نهاية سنة التبرع، ثم تُمحى.`,
  },
}
