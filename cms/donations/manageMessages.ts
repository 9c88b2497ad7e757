import type { TextsByLanguage } from '../../publication/textsByLanguage'

/**
 * The monthly donation's own page (the signed link in the donor's emails), in each language of the
 * site: what it is, its split, and the two things a donor may do there. Templates take `{name}`
 * placeholders (publication/donationText.ts `fillIn`).
 */
export interface ManageMessages {
  title: string
  /** `{amount}` a month */
  amount: string
  active: string
  pastDue: string
  pending: string
  cancelled: string
  splitLegend: string
  splitHelp: string
  /** `{amount}` */
  national: string
  addGroup: string
  noGroup: string
  save: string
  saved: string
  splitAboveAmount: string
  splitInvalid: string
  stopTitle: string
  stopText: string
  stop: string
  stopped: string
  stopFailed: string
  invalidLink: string
  backToSite: string
}

export const manageMessages: TextsByLanguage<ManageMessages> = {
  fr: {
    title: 'Votre don mensuel',
    amount: 'Vous donnez {amount} par mois.',
    active: 'Il est actif : le prochain versement aura lieu à la date prévue.',
    pastDue: 'Le dernier versement a échoué : Stripe le tentera à nouveau dans les prochains jours.',
    pending: 'Il attend son premier versement.',
    cancelled: 'Ce don mensuel est arrêté : aucun versement ne sera plus prélevé.',
    splitLegend: 'Répartition de chaque versement entre les groupes',
    splitHelp: 'Indiquez en euros la part de chaque groupe ; le reste va au mouvement national. Un montant vide ou nul retire le groupe.',
    national: 'Part du mouvement national : {amount}',
    addGroup: 'Ajouter un groupe',
    noGroup: 'Aucun',
    save: 'Enregistrer la répartition',
    saved: 'La nouvelle répartition s’appliquera dès le prochain versement.',
    splitAboveAmount: 'Les parts des groupes dépassent le montant mensuel : réduisez-les.',
    splitInvalid: 'Une part n’est pas un montant valide : écrivez un nombre d’euros, par exemple 10 ou 10,50.',
    stopTitle: 'Arrêter ce don mensuel',
    stopText: 'Plus aucun versement ne sera prélevé. Les versements déjà faits restent acquis.',
    stop: 'Arrêter mon don mensuel',
    stopped: 'Votre don mensuel est arrêté. Merci pour votre soutien.',
    stopFailed: 'L’arrêt n’a pas pu être enregistré auprès du prestataire de paiement. Réessayez dans quelques minutes.',
    invalidLink: 'Ce lien ne correspond à aucun don mensuel. Utilisez le lien du dernier e-mail reçu.',
    backToSite: 'Retour au site',
  },
  en: {
    title: 'Your monthly donation',
    amount: 'You give {amount} a month.',
    active: 'It is active: the next payment will be taken on its usual date.',
    pastDue: 'The last payment failed: Stripe will try again in the coming days.',
    pending: 'It is waiting for its first payment.',
    cancelled: 'This monthly donation is stopped: no further payment will be taken.',
    splitLegend: 'How each payment is split between groups',
    splitHelp: 'Enter each group’s share in euros; the rest goes to the national movement. An empty or zero amount removes the group.',
    national: 'National movement’s share: {amount}',
    addGroup: 'Add a group',
    noGroup: 'None',
    save: 'Save the split',
    saved: 'The new split applies from the next payment.',
    splitAboveAmount: 'The groups’ shares add up to more than the monthly amount: reduce them.',
    splitInvalid: 'A share is not a valid amount: write a number of euros, such as 10 or 10.50.',
    stopTitle: 'Stop this monthly donation',
    stopText: 'No further payment will be taken. Payments already made are kept.',
    stop: 'Stop my monthly donation',
    stopped: 'Your monthly donation is stopped. Thank you for your support.',
    stopFailed: 'The payment provider could not record the stop. Please try again in a few minutes.',
    invalidLink: 'This link matches no monthly donation. Use the link in the latest email you received.',
    backToSite: 'Back to the site',
  },
  es: {
    title: 'Su donación mensual',
    amount: 'Usted dona {amount} al mes.',
    active: 'Está activa: el próximo pago se cobrará en su fecha habitual.',
    pastDue: 'El último pago ha fallado: Stripe volverá a intentarlo en los próximos días.',
    pending: 'Está a la espera de su primer pago.',
    cancelled: 'Esta donación mensual está detenida: no se cobrará ningún otro pago.',
    splitLegend: 'Reparto de cada pago entre los grupos',
    splitHelp: 'Indique en euros la parte de cada grupo; el resto va al movimiento nacional. Un importe vacío o cero retira el grupo.',
    national: 'Parte del movimiento nacional: {amount}',
    addGroup: 'Añadir un grupo',
    noGroup: 'Ninguno',
    save: 'Guardar el reparto',
    saved: 'El nuevo reparto se aplicará a partir del próximo pago.',
    splitAboveAmount: 'Las partes de los grupos superan el importe mensual: redúzcalas.',
    splitInvalid: 'Una parte no es un importe válido: escriba un número de euros, por ejemplo 10 o 10,50.',
    stopTitle: 'Detener esta donación mensual',
    stopText: 'No se cobrará ningún otro pago. Los pagos ya realizados se conservan.',
    stop: 'Detener mi donación mensual',
    stopped: 'Su donación mensual está detenida. Gracias por su apoyo.',
    stopFailed: 'El proveedor de pagos no pudo registrar la detención. Inténtelo de nuevo dentro de unos minutos.',
    invalidLink: 'Este enlace no corresponde a ninguna donación mensual. Use el enlace del último correo recibido.',
    backToSite: 'Volver al sitio',
  },
  de: {
    title: 'Ihre monatliche Spende',
    amount: 'Sie spenden {amount} im Monat.',
    active: 'Sie ist aktiv: Die nächste Zahlung erfolgt zum üblichen Termin.',
    pastDue: 'Die letzte Zahlung ist fehlgeschlagen: Stripe versucht es in den nächsten Tagen erneut.',
    pending: 'Sie wartet auf ihre erste Zahlung.',
    cancelled: 'Diese monatliche Spende ist beendet: Es wird keine weitere Zahlung eingezogen.',
    splitLegend: 'Aufteilung jeder Zahlung auf die Gruppen',
    splitHelp:
      'Geben Sie den Anteil jeder Gruppe in Euro an; der Rest geht an die nationale Bewegung. Ein leerer Betrag oder null entfernt die Gruppe.',
    national: 'Anteil der nationalen Bewegung: {amount}',
    addGroup: 'Eine Gruppe hinzufügen',
    noGroup: 'Keine',
    save: 'Aufteilung speichern',
    saved: 'Die neue Aufteilung gilt ab der nächsten Zahlung.',
    splitAboveAmount: 'Die Anteile der Gruppen übersteigen den Monatsbetrag: Verringern Sie sie.',
    splitInvalid: 'Ein Anteil ist kein gültiger Betrag: Schreiben Sie eine Zahl in Euro, zum Beispiel 10 oder 10,50.',
    stopTitle: 'Diese monatliche Spende beenden',
    stopText: 'Es wird keine weitere Zahlung eingezogen. Bereits geleistete Zahlungen bleiben bestehen.',
    stop: 'Meine monatliche Spende beenden',
    stopped: 'Ihre monatliche Spende ist beendet. Danke für Ihre Unterstützung.',
    stopFailed: 'Der Zahlungsdienst konnte das Beenden nicht erfassen. Bitte versuchen Sie es in einigen Minuten erneut.',
    invalidLink: 'Dieser Link gehört zu keiner monatlichen Spende. Verwenden Sie den Link aus der letzten E-Mail.',
    backToSite: 'Zurück zur Website',
  },
  it: {
    title: 'La sua donazione mensile',
    amount: 'Lei dona {amount} al mese.',
    active: 'È attiva: il prossimo versamento avverrà alla data consueta.',
    pastDue: 'L’ultimo versamento non è riuscito: Stripe riproverà nei prossimi giorni.',
    pending: 'È in attesa del primo versamento.',
    cancelled: 'Questa donazione mensile è interrotta: non sarà prelevato nessun altro versamento.',
    splitLegend: 'Ripartizione di ogni versamento tra i gruppi',
    splitHelp: 'Indichi in euro la quota di ogni gruppo; il resto va al movimento nazionale. Un importo vuoto o zero toglie il gruppo.',
    national: 'Quota del movimento nazionale: {amount}',
    addGroup: 'Aggiungi un gruppo',
    noGroup: 'Nessuno',
    save: 'Salva la ripartizione',
    saved: 'La nuova ripartizione si applica dal prossimo versamento.',
    splitAboveAmount: 'Le quote dei gruppi superano l’importo mensile: le riduca.',
    splitInvalid: 'Una quota non è un importo valido: scriva un numero di euro, per esempio 10 o 10,50.',
    stopTitle: 'Interrompere questa donazione mensile',
    stopText: 'Non sarà prelevato nessun altro versamento. I versamenti già fatti restano acquisiti.',
    stop: 'Interrompi la mia donazione mensile',
    stopped: 'La sua donazione mensile è interrotta. Grazie per il suo sostegno.',
    stopFailed: 'Il servizio di pagamento non ha potuto registrare l’interruzione. Riprovi tra qualche minuto.',
    invalidLink: 'Questo link non corrisponde a nessuna donazione mensile. Usi il link dell’ultima e-mail ricevuta.',
    backToSite: 'Torna al sito',
  },
  pt: {
    title: 'O seu donativo mensal',
    amount: 'Doa {amount} por mês.',
    active: 'Está ativo: o próximo pagamento será cobrado na data habitual.',
    pastDue: 'O último pagamento falhou: a Stripe tentará de novo nos próximos dias.',
    pending: 'Aguarda o seu primeiro pagamento.',
    cancelled: 'Este donativo mensal está parado: não será cobrado mais nenhum pagamento.',
    splitLegend: 'Repartição de cada pagamento entre os grupos',
    splitHelp: 'Indique em euros a parte de cada grupo; o resto vai para o movimento nacional. Um montante vazio ou zero retira o grupo.',
    national: 'Parte do movimento nacional: {amount}',
    addGroup: 'Adicionar um grupo',
    noGroup: 'Nenhum',
    save: 'Guardar a repartição',
    saved: 'A nova repartição aplica-se a partir do próximo pagamento.',
    splitAboveAmount: 'As partes dos grupos ultrapassam o montante mensal: reduza-as.',
    splitInvalid: 'Uma parte não é um montante válido: escreva um número de euros, por exemplo 10 ou 10,50.',
    stopTitle: 'Parar este donativo mensal',
    stopText: 'Não será cobrado mais nenhum pagamento. Os pagamentos já feitos mantêm-se.',
    stop: 'Parar o meu donativo mensal',
    stopped: 'O seu donativo mensal está parado. Obrigado pelo seu apoio.',
    stopFailed: 'O prestador de pagamentos não conseguiu registar a paragem. Tente de novo dentro de alguns minutos.',
    invalidLink: 'Esta ligação não corresponde a nenhum donativo mensal. Use a ligação do último e-mail recebido.',
    backToSite: 'Voltar ao site',
  },
  ar: {
    title: 'تبرعك الشهري',
    amount: 'تتبرع بمبلغ {amount} شهريًا.',
    active: 'التبرع نشط: ستُقتطع الدفعة التالية في موعدها المعتاد.',
    pastDue: 'فشلت الدفعة الأخيرة: ستعيد Stripe المحاولة خلال الأيام القادمة.',
    pending: 'ينتظر دفعته الأولى.',
    cancelled: 'تم إيقاف هذا التبرع الشهري: لن تُقتطع أي دفعة أخرى.',
    splitLegend: 'توزيع كل دفعة بين المجموعات',
    splitHelp: 'اكتب حصة كل مجموعة باليورو؛ ويذهب الباقي إلى الحركة الوطنية. المبلغ الفارغ أو الصفر يزيل المجموعة.',
    national: 'حصة الحركة الوطنية: {amount}',
    addGroup: 'إضافة مجموعة',
    noGroup: 'لا شيء',
    save: 'حفظ التوزيع',
    saved: 'يُطبَّق التوزيع الجديد ابتداءً من الدفعة التالية.',
    splitAboveAmount: 'حصص المجموعات تتجاوز المبلغ الشهري: قلّلها.',
    splitInvalid: 'إحدى الحصص ليست مبلغًا صالحًا: اكتب عددًا من اليوروهات، مثل 10 أو 10.50.',
    stopTitle: 'إيقاف هذا التبرع الشهري',
    stopText: 'لن تُقتطع أي دفعة أخرى. وتبقى الدفعات السابقة مكتسبة.',
    stop: 'إيقاف تبرعي الشهري',
    stopped: 'تم إيقاف تبرعك الشهري. شكرًا لدعمك.',
    stopFailed: 'تعذّر على مزوّد الدفع تسجيل الإيقاف. أعد المحاولة بعد بضع دقائق.',
    invalidLink: 'هذا الرابط لا يطابق أي تبرع شهري. استخدم الرابط الوارد في آخر بريد إلكتروني تلقيته.',
    backToSite: 'العودة إلى الموقع',
  },
}
