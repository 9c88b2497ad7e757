import type { FaqSeed } from '../types'

/**
 * Frequently asked questions, grouped by category; `order` sorts them within
 * a category. Answers about donations, personal data and tracts follow French
 * law (loi 88-227, GDPR, loi du 29 juillet 1881) and must stay accurate.
 */
export const faqs: FaqSeed[] = [
  // ── Le mouvement ───────────────────────────────────────────────────────────
  {
    slug: 'qu-est-ce-que-le-mouvement',
    category: 'movement',
    order: 1,
    question: {
      fr: 'Qu’est-ce que le mouvement ?',
      en: 'What is the movement?',
      es: '¿Qué es el movimiento?',
      de: 'Was ist die Bewegung?',
      ar: 'ما هي الحركة؟',
    },
    answer: {
      fr: `Le mouvement rassemble des femmes et des hommes qui veulent mettre en œuvre un programme de rupture écologique, sociale et démocratique : **L’Avenir en commun**. Ce n’est pas un parti classique avec des sections et des cotisations : on y agit d’abord dans des **groupes d’action** locaux ou thématiques, qui organisent réunions, actions de terrain et formations.

Sur le plan juridique, le mouvement est un parti politique au sens de la loi du 11 mars 1988, ce qui encadre strictement son financement.`,
      en: `The movement brings together women and men who want to carry out a programme of ecological, social and democratic change: **L’Avenir en commun** (“A Future in Common”). It is not a traditional party with branches and membership fees: people act mainly in local or thematic **action groups**, which organise meetings, grassroots actions and training sessions.

Legally, the movement is a political party under the law of 11 March 1988, which strictly regulates its funding.`,
      es: `El movimiento reúne a mujeres y hombres que quieren llevar a cabo un programa de ruptura ecológica, social y democrática: **L’Avenir en commun** («El porvenir en común»). No es un partido clásico con secciones y cuotas: se actúa sobre todo en **grupos de acción** locales o temáticos, que organizan reuniones, acciones sobre el terreno y formaciones.

Jurídicamente, el movimiento es un partido político en el sentido de la ley del 11 de marzo de 1988, que regula estrictamente su financiación.`,
      de: `Die Bewegung vereint Frauen und Männer, die ein Programm des ökologischen, sozialen und demokratischen Wandels umsetzen wollen: **L’Avenir en commun** („Die gemeinsame Zukunft“). Sie ist keine klassische Partei mit Ortsverbänden und Mitgliedsbeiträgen: Man engagiert sich vor allem in lokalen oder thematischen **Aktionsgruppen**, die Versammlungen, Aktionen vor Ort und Schulungen organisieren.

Rechtlich ist die Bewegung eine politische Partei im Sinne des Gesetzes vom 11. März 1988, das ihre Finanzierung streng regelt.`,
      ar: `تجمع الحركة نساءً ورجالًا يريدون تطبيق برنامج قطيعة بيئية واجتماعية وديمقراطية: **«المستقبل المشترك»** (L’Avenir en commun). وهي ليست حزبًا تقليديًا بفروع واشتراكات: يكون النشاط أساسًا داخل **مجموعات عمل** محلية أو موضوعاتية تنظّم الاجتماعات والأنشطة الميدانية والتكوينات.

من الناحية القانونية، الحركة حزب سياسي بمفهوم قانون 11 مارس 1988 الذي ينظّم تمويلها بصرامة.`,
    },
  },
  {
    slug: 'comment-rejoindre-le-mouvement',
    category: 'movement',
    order: 2,
    question: {
      fr: 'Comment rejoindre le mouvement ?',
      en: 'How do I join the movement?',
      es: '¿Cómo me uno al movimiento?',
    },
    answer: {
      fr: `Le plus simple est de rejoindre un **groupe d’action** près de chez vous : trouvez-le dans l’[annuaire des groupes](/fr/groups/) et écrivez-lui, son adresse est sur sa page. **C’est gratuit** et sans cotisation. Ce site ne demande aucun compte : vous pouvez aussi vous inscrire aux événements de l’[agenda](/fr/agenda/), avec seulement un prénom et une adresse électronique, et suivre les [formations](/fr/trainings/) en ligne. Chaque e-mail reçu pour un événement contient un lien pour annuler votre inscription.`,
      en: `The simplest way is to join an **action group** near you: find it in the [group directory](/en/groups/) and write to it; its address is on its page. **It is free**, with no membership fee. This site asks for no account: you can also sign up for events in the [calendar](/en/agenda/) with just a first name and an email address, and follow the online [courses](/en/trainings/). Every email you receive about an event has a link to cancel your sign-up.`,
      es: `Lo más sencillo es unirse a un **grupo de acción** cerca de tu casa: búscalo en el [directorio de grupos](/es/groups/) y escríbele; su dirección está en su página. **Es gratis** y sin cuota. Este sitio no pide ninguna cuenta: también puedes inscribirte en los eventos de la [agenda](/es/agenda/) con solo un nombre y un correo electrónico, y seguir las [formaciones](/es/trainings/) en línea. Cada correo que recibes sobre un evento lleva un enlace para cancelar tu inscripción.`,
    },
  },
  {
    slug: 'qu-est-ce-qu-un-groupe-d-action',
    category: 'movement',
    order: 3,
    question: {
      fr: 'Qu’est-ce qu’un groupe d’action ?',
      en: 'What is an action group?',
    },
    answer: {
      fr: `Un groupe d’action (GA), anciennement appelé « groupe d’appui », réunit des insoumis·es qui agissent ensemble : tables sur les marchés, porte-à-porte, réunions publiques, collages, soutien aux luttes locales. Il peut être **local** (quartier, commune) ou **thématique**, avec une assise géographique plus large. Chaque groupe est animé par une petite équipe, de préférence paritaire, et peut financer ses actions grâce aux [dons fléchés](/fr/donate/). Tous les groupes sont dans l’[annuaire des groupes](/fr/groups/).`,
      en: `An action group (GA), formerly called a “support group”, brings together members who act together: market stalls, door-to-door canvassing, public meetings, poster runs, support for local struggles. It can be **local** (neighbourhood, town) or **thematic**, covering a wider area. Each group is run by a small team, preferably gender-balanced, and can fund its actions through [earmarked donations](/en/donate/). Every group is in the [group directory](/en/groups/).`,
    },
  },
  {
    slug: 'qu-est-ce-que-l-avenir-en-commun',
    category: 'movement',
    order: 4,
    question: {
      fr: 'Qu’est-ce que L’Avenir en commun ?',
    },
    answer: {
      fr: `**L’Avenir en commun** est le programme du mouvement. Il propose notamment une 6e République, la planification écologique, le partage des richesses, la défense des services publics et des biens communs, l’égalité réelle et une politique étrangère de paix. Il est [consultable chapitre par chapitre sur ce site](/fr/programme/) et traduit en plusieurs langues ; chaque mesure peut servir de base à une réunion publique ou à un tract.`,
    },
  },

  // ── Agir ───────────────────────────────────────────────────────────────────
  {
    slug: 'trouver-un-evenement-pres-de-chez-moi',
    category: 'act',
    order: 1,
    question: {
      fr: 'Comment trouver un événement près de chez moi ?',
      en: 'How do I find an event near me?',
      es: '¿Cómo encuentro un evento cerca de mi casa?',
      ar: 'كيف أجد نشاطًا قريبًا من مكان سكني؟',
    },
    answer: {
      fr: `Ouvrez l’[agenda](/fr/agenda/) : les événements y sont classés par date et peuvent être filtrés par thème, département, type d’événement et participation (sur place ou en ligne) ; « Près de chez moi » les range par distance d’un code postal ou d’une ville. Chaque fiche indique l’adresse, l’horaire, le groupe organisateur et, le cas échéant, l’accessibilité. Pour participer, remplissez le formulaire de la fiche et cliquez sur « M’inscrire » : l’inscription permet aux organisateur·ices de prévoir l’accueil et vous pouvez l’annuler à tout moment avec le lien reçu par e-mail.`,
      en: `Open the [calendar](/en/agenda/): events are listed by date and can be filtered by theme, department, type of event and whether you take part in person or online; “Near me” sorts them by distance from a postcode or a town. Each event page gives the address, time, organising group and, where relevant, accessibility details. To take part, fill in the form on the event page and click “Sign me up”: this helps the organisers plan, and you can cancel at any time with the link you receive by email.`,
      es: `Abre la [agenda](/es/agenda/): los eventos aparecen por fecha y se pueden filtrar por tema, departamento, tipo de evento y participación (presencial o en línea); «Cerca de mí» los ordena por distancia a un código postal o una ciudad. Cada ficha indica la dirección, el horario, el grupo organizador y, en su caso, la accesibilidad. Para participar, rellena el formulario de la ficha y pulsa «Inscribirme»: la inscripción permite a quienes organizan preparar la acogida, y puedes cancelarla en cualquier momento con el enlace que recibes por correo.`,
      ar: `افتح [الأجندة](/ar/agenda/): تُعرض فيها الأنشطة حسب التاريخ، ويمكن تصفيتها حسب الموضوع والمقاطعة ونوع النشاط وطريقة المشاركة (حضوريًا أو عبر الإنترنت)؛ ويرتّبها خيار «بالقرب مني» حسب المسافة من رمز بريدي أو مدينة. تبيّن صفحة كل نشاط العنوان والتوقيت والمجموعة المنظِّمة، وعند الاقتضاء مدى ملاءمة المكان لذوي الإعاقة. للمشاركة، املأ الاستمارة في صفحة النشاط واضغط على «سجّلني»: يساعد التسجيل المنظّمين على الاستعداد، ويمكنك إلغاؤه في أي وقت بالرابط الذي يصلك بالبريد الإلكتروني.`,
    },
  },
  {
    slug: 'comment-creer-un-evenement',
    category: 'act',
    order: 2,
    question: {
      fr: 'Comment créer un événement ?',
      en: 'How do I create an event?',
    },
    answer: {
      fr: `Les événements sont publiés par les animateurs et animatrices des groupes d’action, avec leur compte sur l’espace d’administration du site. Vous n’en avez pas ? Proposez votre événement à un groupe : son adresse est sur sa page de l’[annuaire des groupes](/fr/groups/). Un événement a un titre clair, une date, un lieu ou un lien en ligne, un type, un ou plusieurs thèmes et une courte description. Il apparaît alors dans l’[agenda](/fr/agenda/) et dans les calendriers auxquels chacun·e peut s’abonner depuis l’agenda. Plusieurs groupes peuvent co-organiser un même événement. Pensez à indiquer si le lieu est accessible aux personnes à mobilité réduite.`,
      en: `Events are published by the organisers of action groups, with their account in the site’s administration area. Don’t have one? Suggest your event to a group: its address is on its page in the [group directory](/en/groups/). An event has a clear title, a date, a place or an online link, a type, one or more themes and a short description. It then appears in the [calendar](/en/agenda/) and in the calendar feeds anyone can subscribe to from there. Several groups can co-organise the same event. Remember to say whether the venue is wheelchair-accessible.`,
    },
  },
  {
    slug: 'agir-sans-rejoindre-un-groupe',
    category: 'act',
    order: 3,
    question: {
      fr: 'Puis-je agir sans rejoindre un groupe d’action ?',
      en: 'Can I take action without joining an action group?',
    },
    answer: {
      fr: `Oui. Vous pouvez participer ponctuellement aux événements de l’[agenda](/fr/agenda/), partager les contenus du site, imprimer et distribuer un [tract modifiable](/fr/tracts/), suivre les [formations](/fr/trainings/) ou [faire un don](/fr/donate/). Rejoindre un groupe reste le meilleur moyen d’agir dans la durée, mais chacun·e s’engage à son rythme.`,
      en: `Yes. You can attend events from the [calendar](/en/agenda/) from time to time, share the site’s content, print and hand out an [editable leaflet](/en/tracts/), follow the [courses](/en/trainings/) or [make a donation](/en/donate/). Joining a group is still the best way to act over time, but everyone gets involved at their own pace.`,
    },
  },
  {
    slug: 'contacter-un-referent-thematique',
    category: 'act',
    order: 4,
    question: {
      fr: 'Comment contacter un groupe thématique ?',
      en: 'How do I contact a thematic group?',
    },
    answer: {
      fr: `Les groupes thématiques (écologie, services publics, international…) sont dans l’[annuaire des groupes](/fr/groups/), qui se filtre par thème et par type de groupe ; l’adresse de chaque groupe est sur sa page. Écrivez-leur pour demander une intervention dans une réunion publique, proposer une ressource ou poser une question précise sur le programme. Chaque [thème](/fr/themes/) rassemble aussi les formations, vidéos et fiches du site qui le traitent.`,
      en: `Thematic groups (ecology, public services, international affairs…) are in the [group directory](/en/groups/), which you can filter by theme and by kind of group; each group’s address is on its page. Write to them to ask for a speaker at a public meeting, suggest a resource or ask a specific question about the programme. Each [theme](/en/themes/) also gathers the site’s courses, videos and sheets about it.`,
    },
  },
  {
    slug: 'agir-sans-acces-a-internet',
    category: 'act',
    order: 5,
    question: {
      fr: 'Comment participer si je n’ai pas accès à internet ?',
    },
    answer: {
      fr: `Le mouvement ne doit laisser personne de côté. Rapprochez-vous d’un groupe d’action lors d’une table sur un marché ou d’une réunion publique : avec votre accord, un·e membre du groupe pourra vous tenir informé·e des prochaines actions par téléphone ou par courrier. Les tracts, le programme imprimé et les fiches pratiques sont aussi disponibles sur papier auprès des groupes.`,
    },
  },

  // ── Formations ─────────────────────────────────────────────────────────────
  {
    slug: 'les-formations-sont-elles-gratuites',
    category: 'trainings',
    order: 1,
    question: {
      fr: 'Les formations sont-elles gratuites ?',
      en: 'Are the courses free?',
    },
    answer: {
      fr: `Oui, toutes les [formations en ligne](/fr/trainings/) sont **gratuites** et consultables librement, à votre rythme, sur ordinateur comme sur téléphone. Les formations en présentiel organisées par les groupes d’action sont elles aussi gratuites. Elles s’adressent à tout le monde, que l’on débute ou que l’on milite depuis longtemps.`,
      en: `Yes, all [online courses](/en/trainings/) are **free** and open to everyone, to follow at your own pace, on a computer or a phone. In-person sessions organised by action groups are free too. They are for everyone, whether you are just starting out or have been an activist for years.`,
    },
  },
  {
    slug: 'quelles-formations-sont-proposees',
    category: 'trainings',
    order: 2,
    question: {
      fr: 'Quelles formations sont proposées ?',
      en: 'What courses are available?',
    },
    answer: {
      fr: `Trois grandes familles :

- **le programme** : comprendre et expliquer les propositions de L’Avenir en commun ;
- **la théorie** : histoire, sciences sociales, économiques et politiques, institutions ;
- **la pratique** : prendre la parole en public, animer une réunion, utiliser politiquement les réseaux sociaux, organiser une action.

Chaque formation indique sa durée, son niveau et ses objectifs.`,
      en: `Three main families:

- **the programme**: understanding and explaining the proposals of L’Avenir en commun;
- **theory**: history, social, economic and political sciences, institutions;
- **practice**: speaking in public, chairing a meeting, using social media politically, organising an action.

Each course shows its length, level and objectives.`,
    },
  },
  {
    slug: 'organiser-une-formation-dans-mon-groupe',
    category: 'trainings',
    order: 3,
    question: {
      fr: 'Puis-je organiser une formation dans mon groupe d’action ?',
    },
    answer: {
      fr: `Oui, et c’est encouragé. Choisissez un module parmi les [formations en ligne](/fr/trainings/), regardez ensemble les vidéos puis discutez-en. Les fiches pratiques jointes aux leçons peuvent être téléchargées en PDF et imprimées pour chaque participant·e. Les animateur·ices du groupe publient la séance comme un événement de type « Formation », pour qu’elle apparaisse dans l’[agenda](/fr/agenda/) et que d’autres insoumis·es puissent s’y inscrire.`,
    },
  },
  {
    slug: 'les-videos-sont-elles-sous-titrees',
    category: 'trainings',
    order: 4,
    question: {
      fr: 'Les vidéos sont-elles sous-titrées ?',
    },
    answer: {
      fr: `Toutes les vidéos sont sous-titrées au moins en français et en anglais, et beaucoup dans d’autres langues. Les sous-titres servent aussi de transcription, utile pour les personnes sourdes ou malentendantes et pour lire plutôt qu’écouter. Vous parlez une autre langue ? Les traducteur·ices bénévoles sont les bienvenu·es : proposez votre aide par e-mail, à l’adresse donnée dans les [mentions légales](/fr/legal/).`,
    },
  },

  // ── Dons ───────────────────────────────────────────────────────────────────
  {
    slug: 'qui-peut-faire-un-don',
    category: 'donations',
    order: 1,
    question: {
      fr: 'Qui peut faire un don au mouvement ?',
      en: 'Who can donate to the movement?',
      es: '¿Quién puede hacer una donación al movimiento?',
      de: 'Wer darf an die Bewegung spenden?',
      ar: 'من يحق له التبرع للحركة؟',
    },
    answer: {
      fr: `Seules les **personnes physiques** de **nationalité française ou résidant en France** peuvent donner à un parti politique (loi du 11 mars 1988, article 11-4). Les entreprises, associations et autres personnes morales ne le peuvent pas, pas plus que les États étrangers. Le [formulaire de don](/fr/donate/) vous demande donc votre nom, votre adresse postale, votre nationalité ou votre pays de résidence et un numéro de téléphone, conservés pour les contrôles.`,
      en: `Only **natural persons** who are **French nationals or resident in France** may donate to a political party (law of 11 March 1988, article 11-4). Companies, associations and other legal persons may not, and neither may foreign states. The [donation form](/en/donate/) therefore asks for your name, postal address, nationality or country of residence and a phone number, which are kept for official checks.`,
      es: `Solo las **personas físicas** de **nacionalidad francesa o residentes en Francia** pueden donar a un partido político (ley del 11 de marzo de 1988, artículo 11-4). Las empresas, asociaciones y demás personas jurídicas no pueden hacerlo, como tampoco los Estados extranjeros. Por eso el [formulario de donación](/es/donate/) te pide nombre, dirección postal, nacionalidad o país de residencia y un teléfono, que se conservan para los controles.`,
      de: `Nur **natürliche Personen** mit **französischer Staatsangehörigkeit oder Wohnsitz in Frankreich** dürfen an eine politische Partei spenden (Gesetz vom 11. März 1988, Artikel 11-4). Unternehmen, Vereine und andere juristische Personen dürfen es nicht, ebenso wenig ausländische Staaten. Das [Spendenformular](/de/donate/) fragt daher nach Name, Postanschrift, Staatsangehörigkeit oder Wohnsitzland und Telefonnummer; diese Angaben werden für Kontrollen aufbewahrt.`,
      ar: `لا يحق التبرع لحزب سياسي إلا **للأشخاص الطبيعيين** من **حاملي الجنسية الفرنسية أو المقيمين في فرنسا** (قانون 11 مارس 1988، المادة 11-4). ولا يجوز ذلك للشركات والجمعيات وسائر الأشخاص المعنويين، ولا للدول الأجنبية. لذلك يطلب منك [نموذج التبرع](/ar/donate/) اسمك وعنوانك البريدي وجنسيتك أو بلد إقامتك ورقم هاتفك، وتُحفظ هذه البيانات لأغراض المراقبة.`,
    },
  },
  {
    slug: 'combien-puis-je-donner',
    category: 'donations',
    order: 2,
    question: {
      fr: 'Combien puis-je donner au maximum ?',
      en: 'What is the maximum I can give?',
    },
    answer: {
      fr: `La loi fixe un plafond de **7 500 € par personne et par année civile**, **tous partis politiques confondus**, dons et cotisations compris. Le site additionne tous vos dons de l’année au mouvement, ponctuels et mensuels, et refuse un montant qui dépasserait le plafond ; c’est à vous de tenir compte de ce que vous donnez à d’autres partis.

Dépasser ce plafond est un délit puni de **trois ans d’emprisonnement et de 45 000 € d’amende** (article 11-5 de la loi du 11 mars 1988).`,
      en: `The law sets a ceiling of **€7,500 per person per calendar year**, **across all political parties together**, including membership fees. The site adds up all your donations to the movement in the year, one-off and monthly, and refuses any amount that would exceed the ceiling; it is up to you to take into account what you give to other parties.

Exceeding the ceiling is an offence punishable by **three years’ imprisonment and a €45,000 fine** (article 11-5 of the law of 11 March 1988).`,
    },
  },
  {
    slug: 'quelle-reduction-d-impot-pour-un-don',
    category: 'donations',
    order: 3,
    question: {
      fr: 'Mon don ouvre-t-il droit à une réduction d’impôt ?',
      en: 'Does my donation qualify for a tax reduction?',
    },
    answer: {
      fr: `Oui, si vous êtes imposable en France : **66 % du montant** de votre don est déduit de votre impôt sur le revenu, **dans la limite de 20 % de votre revenu imposable**. Pour les dons aux partis, les sommes retenues sont en outre plafonnées à 15 000 € par foyer fiscal. Un don de 100 € vous revient ainsi à 34 €. Il s’agit d’une réduction et non d’un crédit d’impôt : elle n’est pas remboursée aux personnes non imposables. Le reçu fiscal est établi sur le modèle prévu par la CNCCFP.`,
      en: `Yes, if you pay income tax in France: **66% of your donation** is deducted from your income tax, **up to 20% of your taxable income**. For donations to parties, the amounts taken into account are also capped at €15,000 per tax household. A €100 donation therefore costs you €34. It is a tax reduction, not a tax credit: people who owe no tax do not get a refund. The tax receipt follows the model set by the CNCCFP, the national commission on campaign accounts and political funding.`,
    },
  },
  {
    slug: 'comment-payer-mon-don',
    category: 'donations',
    order: 4,
    question: {
      fr: 'Comment puis-je payer mon don ?',
      en: 'How can I pay my donation?',
    },
    answer: {
      fr: `En ligne, avec le [formulaire de don](/fr/donate/), par **carte bancaire**, par **prélèvement** pour un don mensuel, ou par **chèque** à l’ordre de l’association de financement. Les espèces ne sont acceptées que pour les petits montants : **au-delà de 150 €, aucun don ne peut être versé en liquide**. Chaque don donne lieu à un reçu ; la liste des donateur·ices et des montants est transmise chaque année à la Commission nationale des comptes de campagne et des financements politiques (CNCCFP), qui contrôle le respect de la loi.`,
      en: `Online, with the [donation form](/en/donate/), by **bank card**, by **direct debit** for a monthly donation, or by **cheque** payable to the funding association. Cash is accepted only for small amounts: **no donation above €150 may be paid in cash**. Every donation gives rise to a receipt; the list of donors and amounts is sent every year to the national commission on campaign accounts and political funding (CNCCFP), which checks compliance with the law.`,
    },
  },
  {
    slug: 'qu-est-ce-qu-un-don-fleche',
    category: 'donations',
    order: 5,
    question: {
      fr: 'Qu’est-ce qu’un don fléché ?',
      en: 'What is an earmarked donation?',
    },
    answer: {
      fr: `Lors d’un [don](/fr/donate/) ponctuel ou mensuel, vous pouvez en **flécher tout ou partie** vers un ou plusieurs groupes d’action. L’argent reste sur les comptes du mouvement national, seul habilité à le recevoir ; les groupes l’utilisent en déposant des **demandes de dépense** validées, ou des demandes de remboursement sur justificatif. Vous pouvez modifier la répartition d’un don mensuel ou l’arrêter à tout moment, avec le lien personnel que contient chaque e-mail que nous vous envoyons à son sujet.`,
      en: `With a one-off or monthly [donation](/en/donate/), you can **earmark all or part of it** for one or more action groups. The money stays in the national movement’s accounts, as only the movement may legally receive it; groups use it by submitting approved **spending requests**, or refund requests with receipts. You can change a monthly donation’s split or stop it at any time, with the personal link in every email we send you about it.`,
    },
  },

  // ── Données personnelles ───────────────────────────────────────────────────
  {
    slug: 'quelles-donnees-collectez-vous',
    category: 'data',
    order: 1,
    question: {
      fr: 'Quelles données personnelles collectez-vous, et pourquoi ?',
      en: 'What personal data do you collect, and why?',
      es: '¿Qué datos personales recogéis y para qué?',
      de: 'Welche personenbezogenen Daten erheben Sie und wozu?',
    },
    answer: {
      fr: `Le strict nécessaire, pour une finalité précise :

- **inscription à un événement** : prénom, adresse électronique et, si l’événement le demande, téléphone, pour organiser l’accueil et vous prévenir d’un changement ;
- **don** : identité, adresse, nationalité ou résidence et téléphone, parce que la loi l’exige pour les contrôles de la CNCCFP et le reçu fiscal.

Ce site ne vous demande aucun compte. S’inscrire à un événement politique ou donner à un parti **révèle une opinion politique** : ce sont des données sensibles au sens de l’article 9 du RGPD. Elles ne sont jamais vendues, jamais publiées ni indexées par les moteurs de recherche, et ne sont accessibles qu’aux personnes qui en ont besoin. Le détail est sur la page [Confidentialité](/fr/privacy/).`,
      en: `Only what is strictly necessary, for a specific purpose:

- **event sign-up**: first name, email address and, if the event asks for it, phone number, to plan the welcome and tell you about any change;
- **donation**: identity, address, nationality or residence and phone number, because the law requires them for CNCCFP checks and the tax receipt.

This site asks you for no account. Signing up for a political event or donating to a party **reveals a political opinion**: this is sensitive data under article 9 of the GDPR. It is never sold, never published or indexed by search engines, and only accessible to the people who need it. The details are on the [Privacy](/en/privacy/) page.`,
      es: `Solo lo estrictamente necesario, con una finalidad precisa:

- **inscripción en un evento**: nombre, correo electrónico y, si el evento lo pide, teléfono, para organizar la acogida y avisarte de cualquier cambio;
- **donación**: identidad, dirección, nacionalidad o residencia y teléfono, porque la ley los exige para los controles de la CNCCFP y el recibo fiscal.

Este sitio no te pide ninguna cuenta. Inscribirse en un evento político o donar a un partido **revela una opinión política**: son datos sensibles en el sentido del artículo 9 del RGPD. Nunca se venden, nunca se publican ni se indexan en buscadores, y solo tienen acceso las personas que los necesitan. El detalle está en la página [Privacidad](/es/privacy/).`,
      de: `Nur das unbedingt Notwendige, für einen klaren Zweck:

- **Anmeldung zu einer Veranstaltung**: Vorname, E-Mail-Adresse und, wenn die Veranstaltung es verlangt, Telefonnummer, um den Empfang zu planen und Sie über Änderungen zu informieren;
- **Spende**: Identität, Anschrift, Staatsangehörigkeit oder Wohnsitz und Telefonnummer, weil das Gesetz sie für die Kontrollen der CNCCFP und die Steuerbescheinigung verlangt.

Diese Website verlangt von Ihnen kein Konto. Die Anmeldung zu einer politischen Veranstaltung oder eine Parteispende **lässt auf eine politische Meinung schließen**: Das sind besondere Kategorien personenbezogener Daten nach Artikel 9 DSGVO. Sie werden nie verkauft, nie veröffentlicht oder von Suchmaschinen indexiert und sind nur den Personen zugänglich, die sie benötigen. Einzelheiten stehen auf der Seite [Datenschutz](/de/privacy/).`,
    },
  },
  {
    slug: 'combien-de-temps-gardez-vous-mes-donnees',
    category: 'data',
    order: 2,
    question: {
      fr: 'Combien de temps gardez-vous mes données ?',
      en: 'How long do you keep my data?',
    },
    answer: {
      fr: `Chaque donnée a sa durée de conservation :

- **inscriptions aux événements** : supprimées au terme d’un délai après l’événement ; seuls les nombres de participants restent ;
- **dons** : votre identité est gardée le temps qu’exigent les contrôles de la CNCCFP, puis anonymisée ; les montants restent, pour les comptes ;
- **paiement abandonné** : ce que vous aviez saisi est anonymisé au bout de quelques semaines.

Ce site ne crée pas de compte pour ses visiteurs. Les durées exactes sont sur la page [Confidentialité](/fr/privacy/).`,
      en: `Each kind of data has its own retention period:

- **event sign-ups**: deleted a set time after the event; only the numbers of participants remain;
- **donations**: your identity is kept for as long as CNCCFP checks require, then anonymised; the amounts remain, for the accounts;
- **abandoned payment**: what you had entered is anonymised after a few weeks.

This site creates no account for its visitors. The exact periods are on the [Privacy](/en/privacy/) page.`,
    },
  },
  {
    slug: 'annuler-une-inscription-a-un-evenement',
    category: 'data',
    order: 3,
    question: {
      fr: 'Comment annuler mon inscription à un événement ?',
      en: 'How do I cancel my event sign-up?',
    },
    answer: {
      fr: `Chaque e-mail que nous vous envoyons au sujet de votre inscription contient un lien personnel d’annulation : il ouvre une page dont le bouton annule votre inscription et efface aussitôt vos données. Les organisateur·ices ne voient alors plus votre nom. La liste des inscrit·es n’est jamais publique ; seul·es les organisateur·ices de l’événement y ont accès, et elle est supprimée après l’événement (voir [Confidentialité](/fr/privacy/)).`,
      en: `Every email we send you about your sign-up contains a personal cancellation link: it opens a page whose button cancels your sign-up and erases your data at once. The organisers then no longer see your name. The list of participants is never public; only the event’s organisers can see it, and it is deleted after the event (see [Privacy](/en/privacy/)).`,
    },
  },
  {
    slug: 'exercer-mon-droit-a-l-oubli',
    category: 'data',
    order: 4,
    question: {
      fr: 'Comment exercer mes droits, dont le droit à l’oubli ?',
      en: 'How do I exercise my rights, including the right to be forgotten?',
    },
    answer: {
      fr: `Le RGPD vous donne un droit d’**accès**, de **rectification**, d’**effacement** (« droit à l’oubli »), d’**opposition** et de **portabilité**. Écrivez à l’adresse donnée sur la page [Confidentialité](/fr/privacy/) : une réponse vous est due en principe sous un mois. Pour une inscription à un événement, le lien d’annulation de vos e-mails efface tout aussitôt. Seule exception à l’effacement : les informations liées à vos dons, que la loi oblige à conserver pour les contrôles ; elles ne servent alors plus à rien d’autre. En cas de désaccord, vous pouvez saisir la **CNIL**.`,
      en: `The GDPR gives you the right of **access**, **rectification**, **erasure** (the “right to be forgotten”), **objection** and **portability**. Write to the address given on the [Privacy](/en/privacy/) page: you must as a rule receive an answer within one month. For an event sign-up, the cancellation link in your emails erases everything at once. The only exception to erasure is information about your donations, which the law requires us to keep for official checks; it is then used for nothing else. If you disagree, you can complain to the **CNIL**, the French data protection authority.`,
    },
  },

  // ── Tracts et affiches ─────────────────────────────────────────────────────
  {
    slug: 'personnaliser-un-tract',
    category: 'tracts',
    order: 1,
    question: {
      fr: 'Comment personnaliser un tract ?',
      en: 'How do I customise a leaflet?',
    },
    answer: {
      fr: `Choisissez un modèle dans la rubrique [Tracts et affiches](/fr/tracts/), puis remplissez les champs proposés : nom de votre groupe d’action, date, heure et lieu de l’événement, éventuellement un contact. L’aperçu se met à jour en direct. Téléchargez ensuite le fichier prêt à imprimer (PDF) ou à publier (PNG), au format du modèle : tract A5, affiche A3 ou visuel pour les réseaux sociaux. Les mentions légales (**IPNS** ou les coordonnées de l’imprimeur, et « Ne pas jeter sur la voie publique ») sont déjà intégrées.`,
      en: `Choose a template in the [Leaflets and posters](/en/tracts/) section, then fill in the fields: your action group’s name, the event’s date, time and place, and possibly a contact. The preview updates live. Then download the file ready to print (PDF) or to post (PNG), in the template’s format: A5 leaflet, A3 poster or social media image. The legal mentions (**IPNS** or the printer’s details, and “Ne pas jeter sur la voie publique”) are already included.`,
    },
  },
  {
    slug: 'mentions-obligatoires-sur-un-tract',
    category: 'tracts',
    order: 2,
    question: {
      fr: 'Quelles mentions doivent figurer sur un tract ?',
      en: 'What must be printed on a leaflet?',
    },
    answer: {
      fr: `La loi du 29 juillet 1881 sur la liberté de la presse (article 3) impose que tout imprimé rendu public porte **le nom et l’adresse de l’imprimeur**. Lorsque le tract est imprimé par les militant·es eux-mêmes, on indique **IPNS**, pour « imprimé par nos soins ». L’usage veut aussi que l’on ajoute « **Ne pas jeter sur la voie publique** ». Si vous faites imprimer vos tracts chez un·e professionnel·le, remplacez IPNS par ses coordonnées.`,
      en: `The law of 29 July 1881 on freedom of the press (article 3) requires every printed item made public to show **the printer’s name and address**. When activists print the leaflet themselves, it says **IPNS**, short for “imprimé par nos soins” (printed by ourselves). It is also customary to add “**Ne pas jeter sur la voie publique**” (“Do not throw on the public highway”). If a professional prints your leaflets, replace IPNS with their details.`,
    },
  },
  {
    slug: 'ou-distribuer-des-tracts',
    category: 'tracts',
    order: 3,
    question: {
      fr: 'Où peut-on distribuer des tracts ?',
    },
    answer: {
      fr: `La distribution de tracts de la main à la main sur la voie publique est libre et ne demande pas d’autorisation, tant qu’elle ne gêne pas la circulation. Dans les gares, les centres commerciaux et les autres lieux privés ou à accès réglementé, il faut l’accord du gestionnaire. Certaines communes interdisent par arrêté le dépôt de tracts sur les pare-brise. Enfin, **le jour d’un scrutin, toute distribution de tracts électoraux est interdite** (Code électoral, article L49).`,
    },
  },
]
