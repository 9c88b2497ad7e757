import type { TextsByLanguage } from '../../../publication/textsByLanguage'
import type { RegistrationEmailKind } from './kinds'

/** What the registration emails say, in each language; the details (date, place, links) are filled in by compose.ts. */
export interface EmailMessages {
  subjects: Record<RegistrationEmailKind, (title: string) => string>
  greeting: (firstName: string) => string
  /** The first paragraph; an already registered person is told their state. */
  intros: Record<Exclude<RegistrationEmailKind, 'already-registered'>, string> & { alreadyConfirmed: string; alreadyWaitlisted: string }
  postponed: string
  labels: { when: string; where: string; online: string; guests: string; eventPage: string }
  calendarAttached: string
  cancelLink: string
  footer: (retentionDays: number) => string
}

export const emailMessages: TextsByLanguage<EmailMessages> = {
  fr: {
    subjects: {
      confirmation: (title) => `Inscription confirmée : ${title}`,
      waitlisted: (title) => `Liste d’attente : ${title}`,
      'already-registered': (title) => `Votre inscription : ${title}`,
      promoted: (title) => `Une place s’est libérée : ${title}`,
      reminder: (title) => `Rappel : ${title}`,
      changed: (title) => `Changement : ${title}`,
      cancelled: (title) => `Annulé : ${title}`,
    },
    greeting: (firstName) => `Bonjour ${firstName},`,
    intros: {
      confirmation: 'Votre inscription est confirmée. À bientôt !',
      waitlisted:
        'L’événement est complet : vous êtes sur la liste d’attente. Si une place se libère, elle est attribuée dans l’ordre d’inscription et nous vous écrivons.',
      alreadyConfirmed: 'Vous étiez déjà inscrit·e à cet événement et votre inscription est confirmée. Voici de nouveau ses détails.',
      alreadyWaitlisted: 'Vous étiez déjà inscrit·e à cet événement, sur la liste d’attente. Si une place se libère, nous vous écrivons.',
      promoted: 'Une place s’est libérée : votre inscription est maintenant confirmée.',
      reminder: 'Petit rappel : l’événement auquel vous êtes inscrit·e approche.',
      changed: 'L’événement auquel vous êtes inscrit·e a changé. Voici ses nouveaux détails.',
      cancelled: 'L’événement auquel vous étiez inscrit·e est annulé. Nous en sommes désolé·es.',
    },
    postponed: 'L’événement est reporté : la nouvelle date sera annoncée.',
    labels: { when: 'Quand', where: 'Où', online: 'En ligne', guests: 'Accompagnant·es', eventPage: 'Page de l’événement' },
    calendarAttached: 'Le fichier joint (.ics) met votre agenda à jour.',
    cancelLink: 'Vous ne pouvez plus venir ? Annulez ici, votre place ira à quelqu’un d’autre :',
    footer: (days) =>
      `Vous recevez ce message parce que vous vous êtes inscrit·e à cet événement. Vos données sont supprimées ${days} jours après l’événement.`,
  },
  en: {
    subjects: {
      confirmation: (title) => `Registration confirmed: ${title}`,
      waitlisted: (title) => `Waiting list: ${title}`,
      'already-registered': (title) => `Your registration: ${title}`,
      promoted: (title) => `A place is free for you: ${title}`,
      reminder: (title) => `Reminder: ${title}`,
      changed: (title) => `Change: ${title}`,
      cancelled: (title) => `Cancelled: ${title}`,
    },
    greeting: (firstName) => `Hello ${firstName},`,
    intros: {
      confirmation: 'Your registration is confirmed. See you soon!',
      waitlisted:
        'The event is full: you are on the waiting list. If a place becomes free, it goes to the next person in order of registration and we will write to you.',
      alreadyConfirmed: 'You were already registered for this event, and your registration is confirmed. Here are its details again.',
      alreadyWaitlisted: 'You were already registered for this event, on the waiting list. If a place becomes free, we will write to you.',
      promoted: 'A place has become free: your registration is now confirmed.',
      reminder: 'A quick reminder: the event you registered for is coming up.',
      changed: 'The event you registered for has changed. Here are its new details.',
      cancelled: 'The event you registered for is cancelled. We are sorry.',
    },
    postponed: 'The event is postponed: the new date will be announced.',
    labels: { when: 'When', where: 'Where', online: 'Online', guests: 'Guests', eventPage: 'Event page' },
    calendarAttached: 'The attached file (.ics) updates your calendar.',
    cancelLink: 'Can no longer come? Cancel here, and your place goes to someone else:',
    footer: (days) => `You receive this message because you registered for this event. Your data is deleted ${days} days after the event.`,
  },
  es: {
    subjects: {
      confirmation: (title) => `Inscripción confirmada: ${title}`,
      waitlisted: (title) => `Lista de espera: ${title}`,
      'already-registered': (title) => `Tu inscripción: ${title}`,
      promoted: (title) => `Se ha liberado una plaza: ${title}`,
      reminder: (title) => `Recordatorio: ${title}`,
      changed: (title) => `Cambio: ${title}`,
      cancelled: (title) => `Cancelado: ${title}`,
    },
    greeting: (firstName) => `Hola, ${firstName}:`,
    intros: {
      confirmation: 'Tu inscripción está confirmada. ¡Hasta pronto!',
      waitlisted:
        'El evento está completo: estás en la lista de espera. Si se libera una plaza, se asigna por orden de inscripción y te escribimos.',
      alreadyConfirmed: 'Ya estabas inscrito/a en este evento y tu inscripción está confirmada. Aquí tienes de nuevo sus detalles.',
      alreadyWaitlisted: 'Ya estabas inscrito/a en este evento, en la lista de espera. Si se libera una plaza, te escribimos.',
      promoted: 'Se ha liberado una plaza: tu inscripción ya está confirmada.',
      reminder: 'Un recordatorio: el evento en el que te inscribiste se acerca.',
      changed: 'El evento en el que te inscribiste ha cambiado. Estos son sus nuevos detalles.',
      cancelled: 'El evento en el que te inscribiste se ha cancelado. Lo sentimos.',
    },
    postponed: 'El evento se aplaza: se anunciará la nueva fecha.',
    labels: { when: 'Cuándo', where: 'Dónde', online: 'En línea', guests: 'Acompañantes', eventPage: 'Página del evento' },
    calendarAttached: 'El archivo adjunto (.ics) actualiza tu calendario.',
    cancelLink: '¿Ya no puedes venir? Cancela aquí y tu plaza será para otra persona:',
    footer: (days) => `Recibes este mensaje porque te inscribiste en este evento. Tus datos se borran ${days} días después del evento.`,
  },
  de: {
    subjects: {
      confirmation: (title) => `Anmeldung bestätigt: ${title}`,
      waitlisted: (title) => `Warteliste: ${title}`,
      'already-registered': (title) => `Deine Anmeldung: ${title}`,
      promoted: (title) => `Ein Platz ist frei geworden: ${title}`,
      reminder: (title) => `Erinnerung: ${title}`,
      changed: (title) => `Änderung: ${title}`,
      cancelled: (title) => `Abgesagt: ${title}`,
    },
    greeting: (firstName) => `Hallo ${firstName},`,
    intros: {
      confirmation: 'Deine Anmeldung ist bestätigt. Bis bald!',
      waitlisted:
        'Die Veranstaltung ist ausgebucht: Du stehst auf der Warteliste. Wird ein Platz frei, wird er in der Reihenfolge der Anmeldungen vergeben, und wir schreiben dir.',
      alreadyConfirmed:
        'Du warst bereits für diese Veranstaltung angemeldet, und deine Anmeldung ist bestätigt. Hier noch einmal die Einzelheiten.',
      alreadyWaitlisted: 'Du warst bereits für diese Veranstaltung angemeldet, auf der Warteliste. Wird ein Platz frei, schreiben wir dir.',
      promoted: 'Ein Platz ist frei geworden: Deine Anmeldung ist jetzt bestätigt.',
      reminder: 'Eine kurze Erinnerung: Die Veranstaltung, für die du angemeldet bist, steht bevor.',
      changed: 'Die Veranstaltung, für die du angemeldet bist, hat sich geändert. Hier die neuen Einzelheiten.',
      cancelled: 'Die Veranstaltung, für die du angemeldet warst, ist abgesagt. Das tut uns leid.',
    },
    postponed: 'Die Veranstaltung ist verschoben: Der neue Termin wird bekannt gegeben.',
    labels: { when: 'Wann', where: 'Wo', online: 'Online', guests: 'Begleitpersonen', eventPage: 'Seite der Veranstaltung' },
    calendarAttached: 'Die angehängte Datei (.ics) aktualisiert deinen Kalender.',
    cancelLink: 'Du kannst nicht mehr kommen? Hier absagen, dann bekommt jemand anderes deinen Platz:',
    footer: (days) =>
      `Du erhältst diese Nachricht, weil du dich für diese Veranstaltung angemeldet hast. Deine Daten werden ${days} Tage nach der Veranstaltung gelöscht.`,
  },
  it: {
    subjects: {
      confirmation: (title) => `Iscrizione confermata: ${title}`,
      waitlisted: (title) => `Lista d’attesa: ${title}`,
      'already-registered': (title) => `La tua iscrizione: ${title}`,
      promoted: (title) => `Si è liberato un posto: ${title}`,
      reminder: (title) => `Promemoria: ${title}`,
      changed: (title) => `Modifica: ${title}`,
      cancelled: (title) => `Annullato: ${title}`,
    },
    greeting: (firstName) => `Ciao ${firstName},`,
    intros: {
      confirmation: 'La tua iscrizione è confermata. A presto!',
      waitlisted:
        'L’evento è al completo: sei in lista d’attesa. Se si libera un posto, viene assegnato in ordine di iscrizione e ti scriviamo.',
      alreadyConfirmed: 'Eri già iscritto/a a questo evento e la tua iscrizione è confermata. Ecco di nuovo i dettagli.',
      alreadyWaitlisted: 'Eri già iscritto/a a questo evento, in lista d’attesa. Se si libera un posto, ti scriviamo.',
      promoted: 'Si è liberato un posto: la tua iscrizione ora è confermata.',
      reminder: 'Un promemoria: l’evento a cui sei iscritto/a si avvicina.',
      changed: 'L’evento a cui sei iscritto/a è cambiato. Ecco i nuovi dettagli.',
      cancelled: 'L’evento a cui eri iscritto/a è stato annullato. Ci dispiace.',
    },
    postponed: 'L’evento è rinviato: la nuova data sarà annunciata.',
    labels: { when: 'Quando', where: 'Dove', online: 'Online', guests: 'Accompagnatori', eventPage: 'Pagina dell’evento' },
    calendarAttached: 'Il file allegato (.ics) aggiorna il tuo calendario.',
    cancelLink: 'Non puoi più venire? Annulla qui e il tuo posto andrà a qualcun altro:',
    footer: (days) =>
      `Ricevi questo messaggio perché ti sei iscritto/a a questo evento. I tuoi dati vengono cancellati ${days} giorni dopo l’evento.`,
  },
  pt: {
    subjects: {
      confirmation: (title) => `Inscrição confirmada: ${title}`,
      waitlisted: (title) => `Lista de espera: ${title}`,
      'already-registered': (title) => `A sua inscrição: ${title}`,
      promoted: (title) => `Abriu-se uma vaga: ${title}`,
      reminder: (title) => `Lembrete: ${title}`,
      changed: (title) => `Alteração: ${title}`,
      cancelled: (title) => `Cancelado: ${title}`,
    },
    greeting: (firstName) => `Olá, ${firstName},`,
    intros: {
      confirmation: 'A sua inscrição está confirmada. Até breve!',
      waitlisted:
        'O evento está completo: está na lista de espera. Se abrir uma vaga, ela é atribuída por ordem de inscrição e escrevemos-lhe.',
      alreadyConfirmed: 'Já estava inscrito/a neste evento e a sua inscrição está confirmada. Eis de novo os detalhes.',
      alreadyWaitlisted: 'Já estava inscrito/a neste evento, na lista de espera. Se abrir uma vaga, escrevemos-lhe.',
      promoted: 'Abriu-se uma vaga: a sua inscrição está agora confirmada.',
      reminder: 'Um lembrete: o evento em que se inscreveu está a chegar.',
      changed: 'O evento em que se inscreveu foi alterado. Eis os novos detalhes.',
      cancelled: 'O evento em que se inscreveu foi cancelado. Lamentamos.',
    },
    postponed: 'O evento foi adiado: a nova data será anunciada.',
    labels: { when: 'Quando', where: 'Onde', online: 'Online', guests: 'Acompanhantes', eventPage: 'Página do evento' },
    calendarAttached: 'O ficheiro anexo (.ics) atualiza o seu calendário.',
    cancelLink: 'Já não pode vir? Cancele aqui e a sua vaga vai para outra pessoa:',
    footer: (days) => `Recebe esta mensagem porque se inscreveu neste evento. Os seus dados são apagados ${days} dias após o evento.`,
  },
  ar: {
    subjects: {
      confirmation: (title) => `تأكيد التسجيل: ${title}`,
      waitlisted: (title) => `قائمة الانتظار: ${title}`,
      'already-registered': (title) => `تسجيلك: ${title}`,
      promoted: (title) => `أصبح هناك مكان شاغر: ${title}`,
      reminder: (title) => `تذكير: ${title}`,
      changed: (title) => `تغيير: ${title}`,
      cancelled: (title) => `أُلغي: ${title}`,
    },
    greeting: (firstName) => `مرحبًا ${firstName}،`,
    intros: {
      confirmation: 'تم تأكيد تسجيلك. نراك قريبًا!',
      waitlisted: 'الفعالية مكتملة: أنت على قائمة الانتظار. إذا شغر مكان، يُمنح حسب ترتيب التسجيل وسنكتب إليك.',
      alreadyConfirmed: 'كنت مسجلًا في هذه الفعالية من قبل، وتسجيلك مؤكد. إليك تفاصيلها مرة أخرى.',
      alreadyWaitlisted: 'كنت مسجلًا في هذه الفعالية من قبل، على قائمة الانتظار. إذا شغر مكان، سنكتب إليك.',
      promoted: 'شغر مكان: أصبح تسجيلك مؤكدًا الآن.',
      reminder: 'تذكير سريع: الفعالية التي سجلت فيها تقترب.',
      changed: 'تغيّرت الفعالية التي سجلت فيها. إليك تفاصيلها الجديدة.',
      cancelled: 'أُلغيت الفعالية التي سجلت فيها. نأسف لذلك.',
    },
    postponed: 'أُجّلت الفعالية: سيُعلن عن الموعد الجديد.',
    labels: { when: 'متى', where: 'أين', online: 'عبر الإنترنت', guests: 'المرافقون', eventPage: 'صفحة الفعالية' },
    calendarAttached: 'الملف المرفق (.ics) يحدّث تقويمك.',
    cancelLink: 'لم يعد بإمكانك الحضور؟ ألغِ تسجيلك من هنا ليذهب مكانك إلى شخص آخر:',
    footer: (days) => `تصلك هذه الرسالة لأنك سجلت في هذه الفعالية. تُحذف بياناتك بعد ${days} يومًا من الفعالية.`,
  },
}
