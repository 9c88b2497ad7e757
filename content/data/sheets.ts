import type { SheetSeed } from '../types'

/**
 * Practical sheets ("fiches pratiques") and tutorials. Each one fits on one or
 * two printed pages: a short introduction, then ordered, concrete steps.
 */
export const sheets: SheetSeed[] = [
  {
    slug: 'organiser-une-reunion-publique',
    kind: 'sheet',
    themes: ['militer', 'democratie'],
    title: {
      fr: 'Organiser une réunion publique',
      en: 'Organising a public meeting',
      es: 'Organizar una reunión pública',
      ar: 'تنظيم اجتماع عام',
    },
    summary: {
      fr: 'De la réservation de la salle au compte-rendu : les étapes pour réussir une réunion publique ouverte à toutes et tous dans votre quartier ou votre commune.',
      en: 'From booking the room to writing the report: the steps to a successful public meeting, open to everyone, in your neighbourhood or town.',
      es: 'De la reserva de la sala al acta final: los pasos para organizar con éxito una reunión pública abierta a todo el mundo en tu barrio o municipio.',
      ar: 'من حجز القاعة إلى كتابة المحضر: الخطوات اللازمة لإنجاح اجتماع عام مفتوح للجميع في حيّك أو بلدتك.',
    },
    body: {
      fr: `Une réunion publique est le meilleur moyen de faire connaître nos propositions au-delà du cercle militant et de donner envie à de nouvelles personnes de rejoindre un groupe d’action. Bonne nouvelle : en France, **les réunions publiques sont libres** et ne demandent aucune déclaration préalable (loi du 30 juin 1881, modifiée en 1907).

Comptez **trois à quatre semaines** de préparation pour une réunion réussie. Répartissez les tâches dès le départ : salle, intervenant·es, communication, accueil, logistique. Une réunion publique n’est pas un meeting : on y parle d’un sujet concret qui touche les habitant·es, et on laisse une large place à la salle.`,
      en: `A public meeting is the best way to take our proposals beyond activist circles and to make new people want to join an action group. Good news: in France, **public meetings are free** and need no prior declaration (law of 30 June 1881, amended in 1907).

Allow **three to four weeks** to prepare a successful meeting. Share out the tasks from the start: room, speakers, publicity, welcome, logistics. A public meeting is not a rally: it is about a concrete subject that matters to local people, and the audience gets plenty of time to speak.`,
      es: `Una reunión pública es la mejor manera de dar a conocer nuestras propuestas más allá del círculo militante y de animar a nuevas personas a unirse a un grupo de acción. Buena noticia: en Francia, **las reuniones públicas son libres** y no requieren ninguna declaración previa (ley del 30 de junio de 1881, modificada en 1907).

Cuenta con **tres o cuatro semanas** de preparación. Reparte las tareas desde el principio: sala, ponentes, difusión, acogida y logística. Una reunión pública no es un mitin: se habla de un tema concreto que afecta a la gente del lugar y se deja mucho tiempo para el debate con el público.`,
      ar: `الاجتماع العام هو أفضل وسيلة للتعريف بمقترحاتنا خارج دائرة المناضلين، ولتشجيع أشخاص جدد على الانضمام إلى مجموعة عمل. في فرنسا، **الاجتماعات العامة حرّة** ولا تحتاج إلى أي تصريح مسبق (قانون 30 يونيو 1881، المعدَّل سنة 1907).

خصّصوا **ثلاثة إلى أربعة أسابيع** للتحضير، ووزّعوا المهام منذ البداية: القاعة، والمتدخلون، والتواصل، والاستقبال، واللوجستيك. الاجتماع العام ليس مهرجانًا خطابيًا: نتحدث فيه عن موضوع ملموس يهمّ السكان ونترك وقتًا واسعًا لنقاش الحضور.`,
    },
    steps: [
      {
        title: {
          fr: 'Choisir un sujet qui parle aux gens',
          en: 'Choose a subject that matters to people',
          es: 'Elegir un tema que interese a la gente',
        },
        body: {
          fr: `Partez d’une préoccupation locale : fermeture d’une classe ou d’un bureau de poste, prix de l’eau, transports, logement. Reliez-la ensuite aux propositions du programme. Un titre clair et concret (« Notre hôpital en danger : que faire ? ») attire davantage qu’un intitulé abstrait.`,
          en: `Start from a local concern: a school class or post office closing, the price of water, transport, housing. Then link it to the programme’s proposals. A clear, concrete title (“Our hospital in danger: what can we do?”) draws more people than an abstract one.`,
          es: `Parte de una preocupación local: el cierre de un aula o de una oficina de correos, el precio del agua, el transporte, la vivienda. Después relaciónala con las propuestas del programa. Un título claro y concreto («Nuestro hospital en peligro: ¿qué hacemos?») atrae más que un enunciado abstracto.`,
        },
      },
      {
        title: {
          fr: 'Réserver une salle accessible',
          en: 'Book an accessible room',
          es: 'Reservar una sala accesible',
        },
        body: {
          fr: `Adressez une demande écrite à la mairie : les communes peuvent mettre leurs salles à disposition des associations et partis qui en font la demande (article L2144-3 du Code général des collectivités territoriales), parfois contre une participation. Vérifiez l’accès pour les personnes à mobilité réduite, la capacité, la sonorisation et les horaires. Une attestation d’assurance responsabilité civile est souvent demandée : renseignez-vous auprès de l’équipe nationale.`,
          en: `Send a written request to the town hall: local councils may lend their rooms to associations and parties that ask for them (article L2144-3 of the local authorities code), sometimes for a fee. Check wheelchair access, capacity, sound system and opening hours. Proof of civil liability insurance is often required: ask the national team.`,
          es: `Envía una solicitud por escrito al ayuntamiento: los municipios pueden ceder sus salas a las asociaciones y partidos que lo pidan (artículo L2144-3 del código de las entidades locales), a veces a cambio de una tarifa. Comprueba la accesibilidad para personas con movilidad reducida, el aforo, el sonido y los horarios. A menudo se exige un certificado de seguro de responsabilidad civil: consulta al equipo nacional.`,
        },
      },
      {
        title: {
          fr: 'Inviter des intervenant·es',
          en: 'Invite speakers',
          es: 'Invitar a ponentes',
        },
        body: {
          fr: `Deux ou trois intervenant·es suffisent : par exemple un·e élu·e ou un·e responsable thématique du mouvement, et une personne concernée (syndicaliste, soignante, parent d’élève, membre d’une association). Veillez à la parité de la tribune. Fixez avec elles et eux la durée de chaque intervention : **dix minutes maximum**.`,
          en: `Two or three speakers are enough: for example an elected representative or one of the movement’s theme leads, and someone directly involved (trade unionist, nurse, parent, member of a local association). Make sure the panel is gender-balanced. Agree the length of each talk with them: **ten minutes at most**.`,
          es: `Bastan dos o tres ponentes: por ejemplo, una persona electa o responsable temática del movimiento y alguien directamente afectado (sindicalista, enfermera, madre o padre de alumno, miembro de una asociación). Cuida la paridad en la mesa. Acordad la duración de cada intervención: **diez minutos como máximo**.`,
        },
      },
      {
        title: {
          fr: 'Annoncer la réunion largement',
          en: 'Publicise the meeting widely',
          es: 'Difundir ampliamente la reunión',
        },
        body: {
          fr: `Créez l’événement sur la plateforme pour qu’il apparaisse dans l’agenda et que les insoumis·es proches soient prévenu·es. Puis combinez les canaux :

- tracts personnalisés avec le nom du groupe, la date et le lieu (mention **IPNS** et « Ne pas jeter sur la voie publique ») ;
- affiches sur les panneaux d’affichage libre ;
- publications sur les réseaux sociaux et messages aux associations locales ;
- une table sur le marché la semaine précédente.`,
          en: `Create the event on the platform so that it appears in the calendar and nearby members are notified. Then combine channels:

- customised leaflets with the group’s name, date and place (with the **IPNS** mention and “Ne pas jeter sur la voie publique”);
- posters on the free-expression noticeboards;
- social media posts and messages to local associations;
- a market stall the week before.`,
          es: `Crea el evento en la plataforma para que aparezca en la agenda y se avise a las personas inscritas cercanas. Después combina los canales:

- octavillas personalizadas con el nombre del grupo, la fecha y el lugar (con la mención **IPNS** y «Ne pas jeter sur la voie publique»);
- carteles en los paneles de fijación libre;
- publicaciones en redes sociales y mensajes a las asociaciones locales;
- una mesa en el mercado la semana anterior.`,
        },
      },
      {
        title: {
          fr: 'Préparer l’accueil et le déroulé',
          en: 'Prepare the welcome and the running order',
          es: 'Preparar la acogida y el desarrollo',
        },
        body: {
          fr: `Le jour J, arrivez une heure avant. Prévoyez une table d’accueil avec le programme, les tracts et une feuille pour celles et ceux qui veulent être recontacté·es (en indiquant à quoi serviront leurs coordonnées). Désignez une personne pour animer, une pour tenir le temps et une pour la prise de notes. Déroulé type : accueil (5 min), interventions (30 min), débat avec la salle (45 min), conclusion et rendez-vous suivants (10 min).`,
          en: `On the day, arrive an hour early. Set up a welcome table with the programme, leaflets and a sheet for people who want to be contacted again (telling them what their details will be used for). Appoint one person to chair, one to keep time and one to take notes. Typical running order: welcome (5 min), talks (30 min), discussion with the audience (45 min), conclusion and next dates (10 min).`,
          es: `El día de la reunión, llega una hora antes. Prepara una mesa de acogida con el programa, octavillas y una hoja para quienes quieran que se les vuelva a contactar (indicando para qué se usarán sus datos). Designa a una persona para moderar, otra para controlar el tiempo y otra para tomar notas. Desarrollo tipo: acogida (5 min), intervenciones (30 min), debate con el público (45 min), conclusión y próximas citas (10 min).`,
        },
      },
      {
        title: {
          fr: 'Donner la parole à la salle',
          en: 'Give the floor to the audience',
          es: 'Dar la palabra al público',
        },
        body: {
          fr: `Le débat est le cœur de la réunion. Prenez les questions par séries de trois, alternez autant que possible femmes et hommes, limitez chaque intervention à deux minutes. Personne ne doit repartir avec le sentiment de ne pas avoir été écouté·e. Terminez par une proposition d’action concrète : pétition, prochaine réunion, mobilisation.`,
          en: `The discussion is the heart of the meeting. Take questions in groups of three, alternate between women and men as far as possible, and keep each contribution to two minutes. Nobody should leave feeling unheard. End with a concrete call to action: a petition, the next meeting, a mobilisation.`,
          es: `El debate es el corazón de la reunión. Toma las preguntas de tres en tres, alterna en lo posible entre mujeres y hombres y limita cada intervención a dos minutos. Nadie debe irse con la sensación de no haber sido escuchado. Termina con una propuesta de acción concreta: una petición, la próxima reunión, una movilización.`,
        },
      },
      {
        title: {
          fr: 'Faire le bilan et recontacter',
          en: 'Review and follow up',
          es: 'Hacer balance y volver a contactar',
        },
        body: {
          fr: `Dans la semaine, publiez un court compte-rendu avec une photo (uniquement de personnes qui ont donné leur accord). Recontactez les personnes qui l’ont demandé pour les inviter à la prochaine réunion du groupe, puis faites le bilan en groupe : ce qui a marché, ce qu’il faut changer la prochaine fois.`,
          en: `Within a week, publish a short report with a photo (only of people who agreed to it). Contact the people who asked to be recontacted and invite them to the group’s next meeting, then review the event together: what worked, what to change next time.`,
          es: `En la semana siguiente, publica un breve resumen con una foto (solo de personas que hayan dado su permiso). Vuelve a contactar con quienes lo pidieron para invitarles a la próxima reunión del grupo y haced balance juntos: qué funcionó y qué cambiar la próxima vez.`,
        },
      },
    ],
  },
  {
    slug: 'preparer-une-prise-de-parole',
    kind: 'sheet',
    themes: ['militer'],
    title: {
      fr: 'Préparer une prise de parole',
      en: 'Preparing to speak in public',
      es: 'Preparar una intervención oral',
    },
    summary: {
      fr: 'Intervenir en réunion, au micro d’un rassemblement ou devant un conseil municipal : une méthode simple pour convaincre sans réciter.',
      en: 'Speaking at a meeting, on the microphone at a rally or before a town council: a simple method to convince without reciting.',
      es: 'Hablar en una reunión, al micrófono de una concentración o ante un pleno municipal: un método sencillo para convencer sin recitar.',
    },
    body: {
      fr: `Prendre la parole en public s’apprend. Personne n’est « naturellement » à l’aise, et le trac est normal : il montre que l’on prend l’exercice au sérieux. L’essentiel n’est pas d’être brillant·e mais d’être **clair·e, sincère et concret·e**.

Cette fiche vaut pour une intervention de deux à dix minutes. Pour aller plus loin, suivez la formation « Prendre la parole en public » de l’espace formation.`,
      en: `Public speaking can be learnt. Nobody is “naturally” at ease, and stage fright is normal: it shows you take the exercise seriously. What matters is not being brilliant but being **clear, sincere and concrete**.

This sheet covers talks of two to ten minutes. To go further, take the “Speaking in public” course in the training area.`,
      es: `Hablar en público se aprende. Nadie se siente cómodo «por naturaleza» y los nervios son normales: demuestran que te tomas el ejercicio en serio. Lo importante no es ser brillante, sino ser **claro, sincero y concreto**.

Esta ficha sirve para intervenciones de dos a diez minutos. Para ir más lejos, sigue la formación «Hablar en público» del espacio de formación.`,
    },
    steps: [
      {
        title: {
          fr: 'Connaître son public et son objectif',
          en: 'Know your audience and your goal',
          es: 'Conocer al público y el objetivo',
        },
        body: {
          fr: `Avant d’écrire quoi que ce soit, répondez à deux questions : **à qui je parle ?** (militant·es convaincu·es, habitant·es, élu·es) et **qu’est-ce que je veux qu’ils et elles fassent en sortant ?** (signer, venir, voter, changer d’avis). Tout le reste en découle.`,
          en: `Before writing anything, answer two questions: **who am I talking to?** (committed activists, local residents, elected officials) and **what do I want them to do afterwards?** (sign, come along, vote, change their mind). Everything else follows from that.`,
          es: `Antes de escribir nada, responde a dos preguntas: **¿a quién hablo?** (militantes convencidos, vecinos, cargos electos) y **¿qué quiero que hagan al salir?** (firmar, venir, votar, cambiar de opinión). Todo lo demás se deriva de ahí.`,
        },
      },
      {
        title: {
          fr: 'Tenir un message en une phrase',
          en: 'Sum up your message in one sentence',
          es: 'Resumir el mensaje en una frase',
        },
        body: {
          fr: `Si vous ne pouvez pas résumer votre propos en une phrase, votre public ne le pourra pas non plus. Exemple : « Le blocage des prix de l’alimentation de base est possible tout de suite, et il protégerait les familles de notre quartier. » Cette phrase ouvre et ferme votre intervention.`,
          en: `If you cannot sum up your point in one sentence, your audience will not be able to either. Example: “Freezing the price of basic food is possible right now, and it would protect the families in our neighbourhood.” That sentence opens and closes your talk.`,
          es: `Si no puedes resumir tu mensaje en una frase, tu público tampoco podrá. Ejemplo: «Congelar el precio de los alimentos básicos es posible ya, y protegería a las familias de nuestro barrio». Esa frase abre y cierra tu intervención.`,
        },
      },
      {
        title: {
          fr: 'Construire trois arguments',
          en: 'Build three arguments',
          es: 'Construir tres argumentos',
        },
        body: {
          fr: `Trois idées, pas plus. Pour chacune : une affirmation, une preuve (un chiffre **sourcé**, un fait vérifiable), un exemple vécu. Les histoires concrètes marquent davantage que les statistiques : la caissière qui ne boucle pas ses fins de mois parle plus qu’un pourcentage.`,
          en: `Three ideas, no more. For each: a claim, a proof (a **sourced** figure, a verifiable fact) and a real-life example. Concrete stories stick better than statistics: the cashier who cannot make ends meet speaks louder than a percentage.`,
          es: `Tres ideas, no más. Para cada una: una afirmación, una prueba (una cifra **con fuente**, un hecho verificable) y un ejemplo vivido. Las historias concretas calan más que las estadísticas: la cajera que no llega a fin de mes dice más que un porcentaje.`,
        },
      },
      {
        title: {
          fr: 'Écrire des notes, pas un texte',
          en: 'Write notes, not a script',
          es: 'Escribir notas, no un texto',
        },
        body: {
          fr: `Notez sur une fiche cartonnée les mots-clés, les chiffres et la phrase de conclusion, en gros caractères. Lire un texte coupe le lien avec la salle ; des notes vous laissent regarder les gens. Seules l’introduction et la conclusion peuvent être apprises mot pour mot.`,
          en: `Write keywords, figures and your closing sentence on an index card, in large letters. Reading a script breaks the connection with the room; notes let you look at people. Only the opening and the conclusion may be learnt word for word.`,
          es: `Apunta en una ficha de cartulina las palabras clave, las cifras y la frase final, en letra grande. Leer un texto rompe el vínculo con la sala; unas notas te permiten mirar a la gente. Solo la introducción y la conclusión pueden aprenderse de memoria.`,
        },
      },
      {
        title: {
          fr: 'Répéter à voix haute',
          en: 'Rehearse out loud',
          es: 'Ensayar en voz alta',
        },
        body: {
          fr: `Répétez au moins deux fois, debout, chronomètre en main, idéalement devant un·e camarade qui vous fera un retour bienveillant. Vérifiez le temps : on parle en moyenne à environ 130 mots par minute. Travaillez les silences, qui donnent du poids aux phrases importantes.`,
          en: `Rehearse at least twice, standing up, with a stopwatch, ideally in front of a fellow activist who will give you kind feedback. Check your timing: people speak on average at around 130 words a minute. Practise pauses, which give weight to important sentences.`,
          es: `Ensaya al menos dos veces, de pie y con cronómetro, idealmente delante de un compañero o compañera que te dé una opinión constructiva. Controla el tiempo: se habla de media a unas 130 palabras por minuto. Trabaja los silencios, que dan peso a las frases importantes.`,
        },
      },
      {
        title: {
          fr: 'Gérer le trac et les questions',
          en: 'Handle nerves and questions',
          es: 'Gestionar los nervios y las preguntas',
        },
        body: {
          fr: `Avant de parler, respirez lentement par le ventre et posez vos deux pieds au sol. Commencez plus lentement que vous ne le pensez nécessaire. Face à une question difficile, reformulez-la, répondez honnêtement, et si vous ne savez pas, dites-le et proposez de revenir vers la personne : c’est toujours mieux qu’un chiffre inventé.`,
          en: `Before speaking, breathe slowly from your belly and plant both feet on the ground. Start more slowly than you think you need to. Faced with a difficult question, rephrase it and answer honestly; if you do not know, say so and offer to get back to the person: that is always better than a made-up figure.`,
          es: `Antes de hablar, respira despacio con el abdomen y apoya bien los dos pies en el suelo. Empieza más despacio de lo que creas necesario. Ante una pregunta difícil, reformúlala y responde con honestidad; si no sabes la respuesta, dilo y ofrece volver a contactar a la persona: siempre es mejor que una cifra inventada.`,
        },
      },
    ],
  },
  {
    slug: 'tenir-une-table-sur-un-marche',
    kind: 'sheet',
    themes: ['militer'],
    title: {
      fr: 'Tenir une table sur un marché',
      en: 'Running a market stall',
    },
    summary: {
      fr: 'Le marché est le lieu idéal pour discuter avec les habitant·es. Matériel, autorisations, attitude : tout ce qu’il faut pour une table militante efficace et conviviale.',
      en: 'Markets are the ideal place to talk with local people. Equipment, permissions, attitude: everything you need for an effective and friendly campaign stall.',
    },
    body: {
      fr: `Une table sur un marché rend le mouvement visible et accessible : on y distribue des tracts, on y fait signer des pétitions, on y annonce les prochains événements et, surtout, on y **discute**. Une matinée de marché, c’est souvent plusieurs dizaines de conversations.

Il faut être **au moins trois** : une personne reste à la table, les autres vont au-devant des passant·es. Prévoyez deux heures, au moment de la plus forte affluence.`,
      en: `A market stall makes the movement visible and approachable: you hand out leaflets, collect signatures, announce upcoming events and, above all, **talk**. One market morning often means dozens of conversations.

You need **at least three people**: one stays at the table, the others go and meet passers-by. Plan two hours, at the busiest time.`,
    },
    steps: [
      {
        title: {
          fr: 'Se renseigner sur les autorisations',
          en: 'Check what permission you need',
        },
        body: {
          fr: `Distribuer des tracts à la main dans la rue est libre. En revanche, installer une table sur le domaine public ou dans l’enceinte d’un marché peut nécessiter l’accord de la mairie ou du placier. Renseignez-vous une première fois, notez les règles locales et transmettez-les au groupe. Ne vous installez jamais devant l’étal d’un commerçant.`,
          en: `Handing out leaflets in the street is free. However, setting up a table on public land or inside a market may require the agreement of the town hall or the market manager. Find out once, write down the local rules and share them with the group. Never set up in front of a trader’s stall.`,
        },
      },
      {
        title: {
          fr: 'Préparer le matériel',
          en: 'Get the equipment ready',
        },
        body: {
          fr: `Liste type :

- une table pliante, une nappe et une banderole lisible de loin ;
- des tracts récents (avec la mention **IPNS** et « Ne pas jeter sur la voie publique ») et quelques exemplaires du programme ;
- l’agenda des prochains événements du groupe ;
- des stylos, des pinces contre le vent, une bâche en cas de pluie ;
- de l’eau et un sac pour vos déchets.`,
          en: `A typical list:

- a folding table, a tablecloth and a banner that can be read from a distance;
- recent leaflets (with the **IPNS** mention and “Ne pas jeter sur la voie publique”) and a few copies of the programme;
- the list of the group’s upcoming events;
- pens, clips against the wind, a tarpaulin in case of rain;
- water and a bag for your rubbish.`,
        },
      },
      {
        title: {
          fr: 'Choisir l’emplacement',
          en: 'Pick the spot',
        },
        body: {
          fr: `Placez-vous sur un lieu de passage mais sans gêner la circulation : entrée du marché, croisement d’allées, près d’un arrêt de bus. La table doit être visible de loin et laisser un espace pour que les gens puissent s’arrêter sans bloquer le passage.`,
          en: `Stand where people pass without blocking the way: the market entrance, a junction between aisles, near a bus stop. The table should be visible from a distance and leave room for people to stop without getting in the way.`,
        },
      },
      {
        title: {
          fr: 'Aller vers les gens',
          en: 'Go and meet people',
        },
        body: {
          fr: `Ne restez pas derrière la table, bras croisés. Sortez, souriez, tendez le tract en posant une question ouverte : « Vous trouvez que les prix ont beaucoup augmenté ? » Écoutez plus que vous ne parlez. Si la personne n’a pas le temps, remerciez-la et passez à la suivante.`,
          en: `Do not stay behind the table with your arms folded. Step out, smile and offer the leaflet with an open question: “Do you feel prices have gone up a lot?” Listen more than you talk. If the person has no time, thank them and move on.`,
        },
      },
      {
        title: {
          fr: 'Garder son calme en toutes circonstances',
          en: 'Stay calm whatever happens',
        },
        body: {
          fr: `Vous rencontrerez des désaccords, parfois vifs. On ne gagne rien à une dispute devant le marché : exposez vos arguments calmement et, si la discussion tourne à l’agression, mettez-y fin poliment. En cas de problème sérieux, rangez la table et partez ensemble.`,
          en: `You will meet disagreement, sometimes strong. Nothing is gained by arguing in front of the whole market: state your case calmly and, if the discussion turns aggressive, end it politely. If there is a serious problem, pack up and leave together.`,
        },
      },
      {
        title: {
          fr: 'Collecter les contacts dans les règles',
          en: 'Collect contacts properly',
        },
        body: {
          fr: `Une personne intéressée ? Proposez-lui de s’inscrire sur la plateforme ou de laisser ses coordonnées pour être invitée à la prochaine réunion. Expliquez à quoi elles serviront et ne gardez jamais de feuilles qui traînent : ces informations révèlent des opinions politiques et sont protégées par le RGPD. Saisissez-les puis détruisez le papier.`,
          en: `Someone interested? Suggest they sign up on the platform or leave their details to be invited to the next meeting. Explain what the details will be used for and never leave sheets lying around: this information reveals political opinions and is protected by the GDPR. Enter it online, then destroy the paper.`,
        },
      },
      {
        title: {
          fr: 'Ranger et faire le bilan',
          en: 'Pack up and take stock',
        },
        body: {
          fr: `Laissez l’emplacement propre, ramassez les tracts tombés au sol. Notez en quelques lignes le nombre de tracts distribués, les thèmes qui reviennent dans les discussions et les contacts obtenus : ces informations aident le groupe à préparer les prochaines actions.`,
          en: `Leave the spot clean and pick up any leaflets on the ground. Note down in a few lines how many leaflets you handed out, the themes that kept coming up and the contacts you made: this helps the group plan its next actions.`,
        },
      },
    ],
  },
  {
    slug: 'reussir-un-porte-a-porte',
    kind: 'sheet',
    themes: ['militer'],
    title: {
      fr: 'Réussir un porte-à-porte',
      en: 'Successful door-to-door canvassing',
    },
    summary: {
      fr: 'Frapper aux portes pour écouter et convaincre, notamment dans les quartiers populaires où l’abstention est forte : préparation, attitude et règles à respecter.',
      en: 'Knocking on doors to listen and convince, especially in working-class areas where turnout is low: preparation, attitude and rules to follow.',
    },
    body: {
      fr: `Le porte-à-porte est l’une des actions les plus efficaces pour convaincre et pour faire reculer l’abstention. Une conversation de cinq minutes sur le pas de la porte a souvent plus d’effet qu’un tract. Le but n’est pas de « vendre » un programme mais d’**écouter**, de répondre et d’inviter à s’engager, à commencer par aller voter.

Partez **en binôme**, avec un secteur précis, et prévoyez des sessions d’une heure et demie à deux heures, en fin de journée ou le samedi matin.`,
      en: `Door-to-door canvassing is one of the most effective ways to convince people and fight abstention. A five-minute doorstep conversation often does more than a leaflet. The aim is not to “sell” a programme but to **listen**, answer and invite people to take part, starting with voting.

Go **in pairs**, with a clearly defined area, and plan sessions of ninety minutes to two hours, in the early evening or on Saturday morning.`,
    },
    steps: [
      {
        title: {
          fr: 'Préparer le secteur',
          en: 'Prepare the area',
        },
        body: {
          fr: `Choisissez quelques rues ou immeubles et répartissez-les entre binômes. Renseignez-vous sur les sujets locaux (travaux, fermeture de services, loyers) pour pouvoir en parler. Emportez des tracts, l’agenda du groupe et, en période électorale, les informations pratiques sur l’inscription sur les listes et le vote par procuration.`,
          en: `Pick a few streets or buildings and divide them among pairs. Learn about local issues (roadworks, closing services, rents) so you can talk about them. Take leaflets, the group’s calendar and, during elections, practical information on registering to vote and voting by proxy.`,
        },
      },
      {
        title: {
          fr: 'Entrer dans les immeubles avec respect',
          en: 'Enter buildings respectfully',
        },
        body: {
          fr: `N’entrez dans les parties communes que si quelqu’un vous ouvre ou vous y autorise ; ne forcez jamais un digicode et ne vous faites pas passer pour un service. Respectez les horaires raisonnables (pas avant 10 h le week-end, pas après 20 h 30). Si un panneau indique que les habitant·es ne souhaitent pas être dérangé·es, passez votre chemin.`,
          en: `Only enter common areas if someone lets you in or allows you to; never force a door code and never pretend to be a service provider. Keep to reasonable hours (not before 10 am at weekends, not after 8.30 pm). If a sign says residents do not wish to be disturbed, move on.`,
        },
      },
      {
        title: {
          fr: 'Se présenter clairement',
          en: 'Introduce yourself clearly',
        },
        body: {
          fr: `Dès que la porte s’ouvre : prénom, mouvement, raison de la visite, en une phrase. « Bonjour, je m’appelle Samia, je suis militante insoumise dans le quartier ; on passe pour savoir ce qui vous préoccupe en ce moment. » Reculez d’un pas après avoir sonné : la personne doit se sentir en confiance.`,
          en: `As soon as the door opens: first name, movement and reason for the visit, in one sentence. “Hello, I’m Samia, I’m an activist with the movement in this neighbourhood; we’re asking people what worries them at the moment.” Take a step back after ringing: the person should feel at ease.`,
        },
      },
      {
        title: {
          fr: 'Écouter avant d’argumenter',
          en: 'Listen before arguing',
        },
        body: {
          fr: `Posez une question ouverte et laissez répondre. Reformulez ce que vous entendez, puis reliez-le à une proposition précise du programme. Ne cherchez pas à tout dire : une idée bien comprise vaut mieux que dix survolées. Si la personne est hostile, remerciez-la poliment et passez à la porte suivante.`,
          en: `Ask an open question and let the person answer. Rephrase what you hear, then link it to a specific proposal in the programme. Do not try to say everything: one idea well understood is worth more than ten skimmed over. If the person is hostile, thank them politely and move on to the next door.`,
        },
      },
      {
        title: {
          fr: 'Ne noter aucune opinion nominative',
          en: 'Never record named opinions',
        },
        body: {
          fr: `Les opinions politiques sont des données sensibles au sens du RGPD. Ne notez jamais le nom ou l’adresse d’une personne associés à ce qu’elle pense. Pour le bilan, comptez seulement les portes frappées, les portes ouvertes et les thèmes évoqués. Si quelqu’un veut être recontacté·e, recueillez son accord explicite et expliquez à quoi serviront ses coordonnées.`,
          en: `Political opinions are sensitive data under the GDPR. Never write down a person’s name or address next to what they think. For the review, count only doors knocked, doors opened and the topics raised. If someone wants to be contacted again, get their explicit consent and explain what their details will be used for.`,
        },
      },
      {
        title: {
          fr: 'Laisser une trace et débriefer',
          en: 'Leave something behind and debrief',
        },
        body: {
          fr: `Laissez un tract dans les boîtes aux lettres des absent·es lorsque c’est possible (par courtoisie, respectez aussi les autocollants « Stop pub », même s’ils visent en principe la publicité commerciale). À la fin, réunissez les binômes quinze minutes : ce qui a marché, les questions qui reviennent, les réponses à améliorer.`,
          en: `Leave a leaflet in the letterbox of people who were out where possible (out of courtesy, also respect “no junk mail” stickers, even though they mainly target commercial advertising). At the end, bring the pairs together for fifteen minutes: what worked, recurring questions, answers to improve.`,
        },
      },
    ],
  },
  {
    slug: 'creer-un-groupe-d-action',
    kind: 'tutorial',
    themes: ['militer'],
    title: {
      fr: 'Créer un groupe d’action',
      en: 'Setting up an action group',
    },
    summary: {
      fr: 'Pas de groupe d’action près de chez vous ? Créez-le sur la plateforme en quelques minutes, puis lancez ses premières actions.',
      en: 'No action group near you? Create one on the platform in a few minutes, then launch its first actions.',
    },
    body: {
      fr: `Le groupe d’action (GA) est la cellule de base du mouvement. Il peut être **local** (un quartier, une commune, un canton) ou **thématique** (un secteur professionnel, une lutte précise) avec une assise géographique plus large. Un groupe d’action n’a pas besoin d’être nombreux pour agir : quelques personnes motivées suffisent pour commencer.

Ce tutoriel suppose que vous avez déjà un compte sur la plateforme. Vérifiez d’abord sur la carte qu’aucun groupe n’existe déjà à proximité : le rejoindre est souvent plus efficace que d’en créer un nouveau.`,
      en: `The action group (GA) is the movement’s basic unit. It can be **local** (a neighbourhood, a town, a rural district) or **thematic** (a profession, a specific struggle) covering a wider area. An action group does not need to be large to act: a handful of motivated people is enough to start.

This tutorial assumes you already have an account on the platform. First check on the map that there is no group nearby already: joining it is often more effective than starting a new one.`,
    },
    steps: [
      {
        title: {
          fr: 'Consulter la carte des groupes',
          en: 'Check the map of groups',
        },
        body: {
          fr: `Ouvrez la carte des groupes d’action et saisissez votre commune. Si un groupe existe à moins de quelques kilomètres, contactez ses animateur·ices et participez à une réunion. S’il n’en existe pas, ou si vous voulez créer un groupe thématique, passez à l’étape suivante.`,
          en: `Open the map of action groups and enter your town. If a group exists within a few kilometres, contact its organisers and attend a meeting. If not, or if you want to create a thematic group, go on to the next step.`,
        },
      },
      {
        title: {
          fr: 'Remplir le formulaire de création',
          en: 'Fill in the creation form',
        },
        body: {
          fr: `Dans votre espace personnel, choisissez « Créer un groupe d’action ». Indiquez un nom explicite (par exemple « GA Belleville – Paris 20e »), le type de groupe, la zone couverte et une courte description. L’adresse publique peut être un lieu de réunion habituel : n’indiquez pas votre domicile.`,
          en: `In your personal area, choose “Create an action group”. Enter a clear name (for example “GA Belleville – Paris 20e”), the type of group, the area covered and a short description. The public address can be a usual meeting place: do not give your home address.`,
        },
      },
      {
        title: {
          fr: 'Constituer l’équipe d’animation',
          en: 'Form the organising team',
        },
        body: {
          fr: `L’animation d’un groupe est assurée à plusieurs, idéalement par un binôme paritaire. Ajoutez un·e second·e animateur·ice depuis la page de gestion du groupe. Cette équipe n’est pas une direction : elle convoque les réunions, accueille les nouvelles personnes et fait le lien avec les autres groupes et l’équipe nationale.`,
          en: `A group is run by more than one person, ideally a gender-balanced pair. Add a second organiser from the group’s management page. This team is not a leadership: it calls meetings, welcomes newcomers and keeps in touch with other groups and the national team.`,
        },
      },
      {
        title: {
          fr: 'Annoncer une première réunion',
          en: 'Announce a first meeting',
        },
        body: {
          fr: `Créez un événement « Réunion de lancement » dans un lieu accessible (café associatif, salle municipale). Les insoumis·es inscrit·es à proximité en seront informé·es. Préparez un ordre du jour simple : présentations, envies de chacun·e, choix d’une première action.`,
          en: `Create a “Launch meeting” event in an accessible place (community café, council room). Registered members nearby will be told about it. Prepare a simple agenda: introductions, what everyone would like to do, choosing a first action.`,
        },
      },
      {
        title: {
          fr: 'Lancer une première action',
          en: 'Launch a first action',
        },
        body: {
          fr: `Choisissez une action simple et visible dans les trois semaines : une table sur le marché, une distribution de tracts devant une gare, un collage. Réussir une première action soude le groupe. Téléchargez un tract modifiable sur le site, ajoutez le nom du groupe, la date et le lieu, et imprimez-le.`,
          en: `Choose a simple, visible action within three weeks: a market stall, leafleting outside a station, a poster run. A first success brings the group together. Download an editable leaflet from the site, add the group’s name, date and place, and print it.`,
        },
      },
      {
        title: {
          fr: 'Financer les actions du groupe',
          en: 'Fund the group’s actions',
        },
        body: {
          fr: `Les dons peuvent être fléchés en tout ou partie vers votre groupe. L’argent reste sur les comptes du mouvement national, conformément à la loi sur le financement des partis ; le groupe l’utilise en déposant une demande de dépense, validée avant l’achat ou remboursée sur justificatif. Ne créez jamais de caisse locale en liquide.`,
          en: `Donations can be earmarked, wholly or partly, for your group. The money stays in the national movement’s accounts, as the law on party funding requires; the group uses it by submitting a spending request, approved before the purchase or refunded on receipt. Never set up a local cash fund.`,
        },
      },
    ],
  },
  {
    slug: 'publier-sur-les-reseaux-sociaux',
    kind: 'tutorial',
    themes: ['medias-numerique', 'militer'],
    title: {
      fr: 'Publier sur les réseaux sociaux pour son groupe',
      en: 'Posting on social media for your group',
    },
    summary: {
      fr: 'Faire connaître les actions du groupe en ligne : choisir ses réseaux, écrire des messages courts, soigner les visuels, respecter le droit à l’image et l’accessibilité.',
      en: 'Promoting your group’s actions online: choosing networks, writing short posts, taking care of visuals, respecting image rights and accessibility.',
    },
    body: {
      fr: `Les réseaux sociaux ne remplacent pas le terrain, mais ils le prolongent : ils annoncent les événements, montrent que le groupe est actif et donnent envie de le rejoindre. Inutile d’être partout : **mieux vaut un compte vivant que trois comptes abandonnés**.

Ce tutoriel donne une méthode simple pour un compte de groupe d’action. Confiez sa gestion à au moins deux personnes, pour assurer la continuité et le regard croisé.`,
      en: `Social media do not replace work on the ground, but they extend it: they announce events, show that the group is active and make people want to join. No need to be everywhere: **one lively account is better than three abandoned ones**.

This tutorial gives a simple method for an action group’s account. Have at least two people manage it, for continuity and a second pair of eyes.`,
    },
    steps: [
      {
        title: {
          fr: 'Choisir un ou deux réseaux',
          en: 'Choose one or two networks',
        },
        body: {
          fr: `Demandez-vous où se trouvent les habitant·es que vous voulez toucher : les réseaux les plus utilisés localement, les groupes de quartier, les messageries. Créez le compte avec une adresse électronique partagée du groupe, jamais personnelle, et notez les accès dans un gestionnaire de mots de passe.`,
          en: `Ask yourselves where the local people you want to reach are: the networks most used locally, neighbourhood groups, messaging apps. Create the account with a shared group email address, never a personal one, and keep the log-ins in a password manager.`,
        },
      },
      {
        title: {
          fr: 'Écrire court et concret',
          en: 'Write short and concrete',
        },
        body: {
          fr: `Une publication = une idée. Commencez par l’information essentielle (quoi, où, quand), ajoutez une phrase d’explication et un appel à agir : « Rejoignez-nous samedi à 10 h au marché Saint-Pierre ». Relisez avant de publier : l’orthographe compte, le ton reste respectueux.`,
          en: `One post = one idea. Start with the key information (what, where, when), add one sentence of explanation and a call to action: “Join us on Saturday at 10 am at the Saint-Pierre market.” Proofread before posting: spelling matters, and the tone stays respectful.`,
        },
      },
      {
        title: {
          fr: 'Soigner les visuels',
          en: 'Take care of visuals',
        },
        body: {
          fr: `Utilisez les visuels de la bibliothèque du site : ils sont libres de droits pour les militant·es et respectent la charte graphique. Pour vos propres photos, privilégiez la lumière naturelle et les cadrages serrés. Ne publiez pas d’image dont vous ne connaissez pas l’origine.`,
          en: `Use the visuals from the site’s library: activists may reuse them freely and they follow the visual identity. For your own photos, favour natural light and tight framing. Do not post images whose source you do not know.`,
        },
      },
      {
        title: {
          fr: 'Respecter le droit à l’image',
          en: 'Respect image rights',
        },
        body: {
          fr: `Avant de publier la photo d’une personne reconnaissable, demandez-lui son accord. Soyez particulièrement prudent·es avec les mineur·es et lors des manifestations : floutez les visages si nécessaire. Une photo d’action n’a pas besoin de montrer chaque participant·e de face.`,
          en: `Before posting a photo of a recognisable person, ask for their consent. Take particular care with minors and at demonstrations: blur faces if necessary. An action photo does not need to show every participant’s face.`,
        },
      },
      {
        title: {
          fr: 'Rendre ses publications accessibles',
          en: 'Make your posts accessible',
        },
        body: {
          fr: `Ajoutez un texte alternatif à chaque image, sous-titrez les vidéos (beaucoup de gens les regardent sans le son), évitez les messages entièrement en majuscules et limitez les émojis, mal lus par les logiciels de synthèse vocale. Écrivez les mots-dièses en capitalisant chaque mot (#AvenirEnCommun).`,
          en: `Add alt text to every image, subtitle videos (many people watch them with the sound off), avoid posts written entirely in capitals and limit emojis, which screen readers handle poorly. Write hashtags with each word capitalised (#AvenirEnCommun).`,
        },
      },
      {
        title: {
          fr: 'Gérer les commentaires',
          en: 'Manage comments',
        },
        body: {
          fr: `Répondez aux questions sincères, ignorez les provocations. Supprimez les propos injurieux, racistes, sexistes ou diffamatoires : en tant que responsable du compte, vous pouvez en être tenu·e pour responsable si vous les laissez en ligne après en avoir eu connaissance. Ne publiez jamais d’informations personnelles sur qui que ce soit.`,
          en: `Answer genuine questions and ignore provocation. Delete insulting, racist, sexist or defamatory comments: as the account manager, you may be held responsible if you leave them online once you know about them. Never publish anyone’s personal information.`,
        },
      },
      {
        title: {
          fr: 'Tenir un rythme régulier',
          en: 'Keep a steady rhythm',
        },
        body: {
          fr: `Deux à trois publications par semaine suffisent : l’annonce d’un événement, une photo de l’action passée, le relais d’une campagne nationale. Préparez un petit calendrier mensuel en réunion de groupe pour ne pas tout faire dans l’urgence.`,
          en: `Two or three posts a week are enough: an event announcement, a photo of the last action, a share of a national campaign. Draw up a small monthly calendar at a group meeting so that you are not always working in a rush.`,
        },
      },
    ],
  },
  {
    slug: 'organiser-un-collage-d-affiches',
    kind: 'sheet',
    themes: ['militer'],
    title: {
      fr: 'Organiser un collage d’affiches',
    },
    summary: {
      fr: 'Coller des affiches dans les règles : où coller, quelles mentions faire figurer, quel matériel emporter et comment assurer la sécurité de l’équipe.',
    },
    body: {
      fr: `Le collage est une action militante classique, conviviale et visible. Pour qu’il serve le mouvement au lieu de lui nuire, il doit respecter la loi. **Chaque commune doit mettre à disposition des panneaux d’affichage libre** réservés à l’expression d’opinion et aux associations sans but lucratif (Code de l’environnement, article L581-13) : c’est là que l’on colle. L’affichage sauvage sur les murs, vitrines ou mobilier urbain est sanctionné par une amende.

Prévoyez une équipe de **quatre à six personnes** et une tournée de deux heures.`,
    },
    steps: [
      {
        title: {
          fr: 'Repérer les panneaux d’affichage libre',
        },
        body: {
          fr: `Demandez à la mairie la liste des emplacements d’affichage libre, ou repérez-les lors d’un tour à pied ou à vélo. Tracez un itinéraire qui les relie. N’utilisez jamais les panneaux réservés à la publicité commerciale, à l’information municipale ou aux annonces officielles.`,
        },
      },
      {
        title: {
          fr: 'Vérifier les mentions légales de l’affiche',
        },
        body: {
          fr: `Comme tout imprimé rendu public, l’affiche doit porter le nom et l’adresse de l’imprimeur, ou la mention **IPNS** (« imprimé par nos soins ») si elle a été imprimée par le groupe (loi du 29 juillet 1881, article 3). Les tracts distribués en même temps portent aussi « Ne pas jeter sur la voie publique ». Le papier blanc est réservé aux affiches officielles (article 15 de la même loi) : utilisez un fond de couleur. Les affiches modifiables du site intègrent déjà ces mentions.`,
        },
      },
      {
        title: {
          fr: 'Tenir compte de la période électorale',
        },
        body: {
          fr: `En période électorale, l’affichage relatif à l’élection est interdit en dehors des emplacements officiels réservés aux candidat·es et des panneaux d’affichage libre (Code électoral, article L51). Avant une élection, renseignez-vous auprès de l’équipe de campagne : des règles spécifiques s’appliquent et une erreur peut coûter cher au ou à la candidat·e.`,
        },
      },
      {
        title: {
          fr: 'Préparer le matériel',
        },
        body: {
          fr: `Liste type :

- les affiches, roulées et protégées de la pluie ;
- de la colle à papier peint préparée dans un seau avec couvercle ;
- deux brosses ou balais de colleur, une raclette ;
- des gilets réfléchissants et une lampe frontale ;
- des gants, de l’eau, des chiffons ;
- un téléphone chargé et le numéro d’un·e responsable du groupe.`,
        },
      },
      {
        title: {
          fr: 'Coller proprement et en sécurité',
        },
        body: {
          fr: `Travaillez en binôme : une personne encolle le panneau, l’autre pose l’affiche et passe une couche de colle par-dessus, du centre vers les bords. Ne recouvrez pas les affiches récentes d’autres organisations : c’est une question de respect et cela évite les conflits. Ne collez jamais sur un arbre, un monument ou un panneau de signalisation. Restez toujours groupé·es, de jour comme de nuit.`,
        },
      },
      {
        title: {
          fr: 'Réagir en cas de contrôle ou d’incident',
        },
        body: {
          fr: `Si vous êtes interpellé·es, restez calmes et courtois·es, expliquez que vous collez sur un panneau d’affichage libre et présentez l’affiche avec ses mentions légales. En cas de tension avec d’autres colleur·euses, ne répondez pas aux provocations et quittez les lieux. Signalez tout incident au groupe dès la fin de la tournée.`,
        },
      },
      {
        title: {
          fr: 'Nettoyer et faire le point',
        },
        body: {
          fr: `Ne laissez aucune trace de colle sur le trottoir et rapportez vos déchets. Rincez le matériel. Notez les panneaux utilisés et leur état : cela facilitera la prochaine tournée et permettra de signaler à la mairie les panneaux manquants ou dégradés.`,
        },
      },
    ],
  },
  {
    slug: 'animer-une-reunion-de-groupe',
    kind: 'sheet',
    themes: ['militer', 'democratie'],
    title: {
      fr: 'Animer une réunion de groupe',
    },
    summary: {
      fr: 'Des réunions courtes, ouvertes et qui débouchent sur des actions : rôles, ordre du jour, distribution de la parole et compte-rendu.',
    },
    body: {
      fr: `Une bonne réunion de groupe d’action donne envie de revenir. Une mauvaise fait fuir les nouvelles personnes. La différence tient rarement au talent de l’animateur·ice : elle tient à **la préparation, au partage des rôles et au respect du temps**.

Objectif : une réunion de **une heure trente maximum**, où chacun·e a pu s’exprimer et d’où l’on repart avec des tâches claires.`,
    },
    steps: [
      {
        title: {
          fr: 'Préparer un ordre du jour',
        },
        body: {
          fr: `Envoyez-le quelques jours avant, avec trois ou quatre points au maximum, chacun avec une durée indicative. Distinguez les points d’information, de discussion et de décision. Laissez toujours un temps pour l’accueil des nouvelles et nouveaux venus et un point « prochaines actions ».`,
        },
      },
      {
        title: {
          fr: 'Répartir les rôles',
        },
        body: {
          fr: `En début de réunion, désignez :

- une personne qui **anime** et distribue la parole ;
- une personne **gardienne du temps** ;
- une personne qui **prend les notes**.

Faites tourner ces rôles d’une réunion à l’autre : c’est la meilleure façon de former tout le monde et d’éviter que le groupe repose sur deux ou trois personnes.`,
        },
      },
      {
        title: {
          fr: 'Accueillir les nouvelles personnes',
        },
        body: {
          fr: `Commencez par un tour de table rapide (prénom, quartier, pourquoi on est là). Expliquez les sigles et le fonctionnement du groupe. Proposez à chaque nouvelle personne un·e « parrain ou marraine » qui l’accompagnera lors de sa première action.`,
        },
      },
      {
        title: {
          fr: 'Distribuer la parole équitablement',
        },
        body: {
          fr: `Tenez une liste des inscrit·es à la parole, donnez la priorité à celles et ceux qui ne se sont pas encore exprimé·es et veillez à l’équilibre entre femmes et hommes. Limitez les interventions à deux ou trois minutes. Recentrez avec bienveillance les échanges qui s’éloignent de l’ordre du jour.`,
        },
      },
      {
        title: {
          fr: 'Décider clairement',
        },
        body: {
          fr: `Pour chaque point de décision, reformulez la proposition, vérifiez qu’elle est comprise, puis cherchez le consensus ou votez à main levée. Une décision n’existe que si elle est assortie d’un **qui fait quoi, pour quand**. Notez-la telle quelle.`,
        },
      },
      {
        title: {
          fr: 'Diffuser un compte-rendu',
        },
        body: {
          fr: `Dans les quarante-huit heures, envoyez un compte-rendu d’une page : décisions prises, tâches avec leurs responsables et échéances, date de la prochaine réunion. Ne mentionnez pas les propos de chacun·e nominativement : le compte-rendu sert à agir, pas à archiver les débats.`,
        },
      },
    ],
  },
]
