import type { BibliographySeed } from '../types'

/**
 * Thematic, annotated reading lists. Every entry is a real publication; an
 * ISBN-13 is given only when it is certain (its check digit is verified).
 */
export const bibliographies: BibliographySeed[] = [
  {
    slug: 'histoire-du-mouvement-ouvrier',
    themes: ['economie-travail', 'democratie'],
    title: {
      fr: 'Histoire du mouvement ouvrier et des luttes sociales',
      en: 'History of the labour movement and social struggles',
      es: 'Historia del movimiento obrero y de las luchas sociales',
    },
    intro: {
      fr: `Les droits dont nous bénéficions aujourd’hui (journée de huit heures, congés payés, sécurité sociale, droit de grève) n’ont pas été octroyés : ils ont été **conquis**. Cette sélection aide à comprendre comment les classes populaires se sont organisées, ont fait grève et ont pesé sur l’histoire du pays.

Elle mêle synthèses accessibles et classiques de l’histoire sociale. Pour commencer, lisez Gérard Noiriel, puis piochez selon vos envies.`,
      en: `The rights we enjoy today (the eight-hour day, paid holidays, social security, the right to strike) were not granted: they were **won**. This selection helps you understand how working people organised, went on strike and shaped the country’s history.

It mixes accessible overviews and classics of social history. Start with Gérard Noiriel, then pick what interests you.`,
      es: `Los derechos de los que disfrutamos hoy (la jornada de ocho horas, las vacaciones pagadas, la seguridad social, el derecho de huelga) no fueron concedidos: fueron **conquistados**. Esta selección ayuda a entender cómo las clases populares se organizaron, hicieron huelga y pesaron en la historia del país.

Combina síntesis accesibles y clásicos de la historia social. Para empezar, lee a Gérard Noiriel y después elige según tus intereses.`,
    },
    entries: [
      {
        author: 'Gérard Noiriel',
        title: 'Une histoire populaire de la France. De la guerre de Cent Ans à nos jours',
        publisher: 'Agone',
        year: 2018,
        isbn: '978-2-7489-0301-0',
        annotation: {
          fr: 'Six siècles d’histoire de France racontés du point de vue des classes populaires, de leurs résistances et de leurs formes d’organisation. La meilleure porte d’entrée pour ce thème.',
          en: 'Six centuries of French history told from the standpoint of the working classes, their resistance and the ways they organised. The best way into the subject.',
        },
      },
      {
        author: 'Michel Pigenet et Danielle Tartakowsky (dir.)',
        title: 'Histoire des mouvements sociaux en France. De 1814 à nos jours',
        publisher: 'La Découverte',
        year: 2012,
        annotation: {
          fr: 'Une somme collective qui couvre deux siècles de grèves, de manifestations et de mobilisations. À consulter par chapitre, selon la période ou la lutte qui vous intéresse.',
          en: 'A collective reference work covering two centuries of strikes, demonstrations and mobilisations. Best read chapter by chapter, depending on the period or struggle that interests you.',
        },
      },
      {
        author: 'Edward P. Thompson',
        title: 'La Formation de la classe ouvrière anglaise',
        publisher: 'Gallimard / Le Seuil (Hautes Études)',
        year: 1988,
        annotation: {
          fr: 'Le classique de l’histoire « par en bas » : la classe ouvrière ne naît pas mécaniquement de l’usine, elle se forme dans ses expériences, ses cultures et ses luttes. Un livre exigeant mais fondateur.',
          en: 'The classic of history “from below”: the working class does not arise mechanically from the factory, it makes itself through its experiences, cultures and struggles. A demanding but foundational book.',
        },
      },
      {
        author: 'Michelle Perrot',
        title: 'Les Ouvriers en grève. France 1871-1890',
        publisher: 'Mouton',
        year: 1974,
        annotation: {
          fr: 'La thèse pionnière de Michelle Perrot sur les grèves des débuts de la IIIe République, leurs causes, leurs rituels et leurs acteurs et actrices. Une plongée dans la naissance du syndicalisme moderne.',
          en: 'Michelle Perrot’s pioneering thesis on strikes in the early Third Republic: their causes, rituals and participants. A deep dive into the birth of modern trade unionism.',
        },
      },
      {
        author: 'Jacques Rougerie',
        title: 'Paris libre 1871',
        publisher: 'Seuil',
        year: 1971,
        annotation: {
          fr: 'Par l’un des meilleurs spécialistes de la Commune, le récit de ces soixante-douze jours où le peuple de Paris a tenté de se gouverner lui-même. Utile pour dépasser les clichés.',
          en: 'By one of the leading historians of the Paris Commune, an account of the seventy-two days when the people of Paris tried to govern themselves. Useful for getting past the clichés.',
        },
      },
      {
        author: 'Stéphane Beaud et Michel Pialoux',
        title: 'Retour sur la condition ouvrière. Enquête aux usines Peugeot de Sochaux-Montbéliard',
        publisher: 'Fayard',
        year: 1999,
        annotation: {
          fr: 'Une enquête sociologique de longue durée sur les ouvriers de Peugeot : déclin du groupe ouvrier, précarisation des jeunes, affaiblissement du militantisme. Indispensable pour comprendre les classes populaires d’aujourd’hui.',
          en: 'A long-term sociological study of Peugeot car workers: the decline of the working-class community, insecure jobs for the young, weakening activism. Essential to understand today’s working classes.',
        },
      },
      {
        author: 'Xavier Vigna',
        title: 'Histoire des ouvriers en France au XXe siècle',
        publisher: 'Perrin',
        year: 2012,
        annotation: {
          fr: 'Une synthèse claire sur le monde ouvrier au siècle dernier : travail, conditions de vie, grèves de 1936 et de 1968, désindustrialisation. Idéal pour préparer une formation.',
          en: 'A clear overview of the working-class world in the last century: work, living conditions, the strikes of 1936 and 1968, deindustrialisation. Ideal for preparing a training session.',
        },
      },
    ],
  },
  {
    slug: 'ecologie-et-planification',
    themes: ['ecologie', 'economie-travail'],
    title: {
      fr: 'Écologie politique et planification',
      en: 'Political ecology and planning',
      es: 'Ecología política y planificación',
    },
    intro: {
      fr: `Le changement climatique et l’effondrement de la biodiversité ne sont pas des catastrophes naturelles : ils résultent d’un mode de production. Cette liste relie la crise écologique à ses causes économiques et sociales, et présente les outils pour y répondre, à commencer par la **planification écologique**.

Elle s’ouvre par les faits établis par le GIEC, puis propose des lectures d’histoire, d’économie et de théorie politique.`,
      en: `Climate change and the collapse of biodiversity are not natural disasters: they result from a mode of production. This list links the ecological crisis to its economic and social causes, and presents the tools to respond to it, starting with **ecological planning**.

It opens with the facts established by the IPCC, then offers readings in history, economics and political theory.`,
      es: `El cambio climático y el colapso de la biodiversidad no son catástrofes naturales: son el resultado de un modo de producción. Esta lista relaciona la crisis ecológica con sus causas económicas y sociales, y presenta las herramientas para responder a ella, empezando por la **planificación ecológica**.

Comienza con los hechos establecidos por el IPCC y después propone lecturas de historia, economía y teoría política.`,
    },
    entries: [
      {
        author: 'GIEC (Groupe d’experts intergouvernemental sur l’évolution du climat)',
        title: 'Changement climatique 2023 : rapport de synthèse du sixième rapport d’évaluation',
        publisher: 'GIEC',
        year: 2023,
        url: 'https://www.ipcc.ch/report/ar6/syr/',
        annotation: {
          fr: 'L’état des connaissances scientifiques sur le climat, validé par les gouvernements du monde entier. Le « résumé à l’intention des décideurs » se lit en une soirée et fournit des chiffres incontestables.',
          en: 'The state of scientific knowledge on the climate, approved by governments worldwide. The “Summary for Policymakers” can be read in an evening and provides indisputable figures.',
        },
      },
      {
        author: 'André Gorz',
        title: 'Écologie et politique',
        publisher: 'Galilée',
        year: 1975,
        annotation: {
          fr: 'Un texte fondateur de l’écologie politique : pour Gorz, la crise écologique ne se résoudra pas sans remettre en cause la logique du profit et de la croissance illimitée.',
          en: 'A founding text of political ecology: for Gorz, the ecological crisis cannot be solved without challenging the logic of profit and unlimited growth.',
        },
      },
      {
        author: 'Christophe Bonneuil et Jean-Baptiste Fressoz',
        title: 'L’Événement Anthropocène. La Terre, l’histoire et nous',
        publisher: 'Seuil',
        year: 2013,
        annotation: {
          fr: 'Deux historiens montrent que la destruction de la planète n’est pas le fait d’une « humanité » abstraite mais de choix politiques et économiques précis, souvent contestés dès leur époque.',
          en: 'Two historians show that the destruction of the planet is not the work of an abstract “humanity” but of specific political and economic choices, often contested at the time.',
        },
      },
      {
        author: 'Razmig Keucheyan',
        title: 'La nature est un champ de bataille. Essai d’écologie politique',
        publisher: 'La Découverte (Zones)',
        year: 2014,
        annotation: {
          fr: 'Les inégalités environnementales, la finance climatique et la militarisation de l’écologie : un essai qui montre que la crise écologique aggrave les rapports de classe et de race.',
          en: 'Environmental inequality, climate finance and the militarisation of ecology: an essay showing that the ecological crisis deepens class and racial divides.',
        },
      },
      {
        author: 'Andreas Malm',
        title: 'L’Anthropocène contre l’histoire. Le réchauffement climatique à l’ère du capital',
        publisher: 'La Fabrique',
        year: 2017,
        annotation: {
          fr: 'Malm y défend la thèse du « capital fossile » : si l’industrie britannique a délaissé l’énergie hydraulique pour la vapeur au XIXe siècle, c’est d’abord pour disposer d’une main-d’œuvre abondante et docile. Une histoire saisissante des origines sociales du réchauffement.',
          en: 'Malm argues for the “fossil capital” thesis: British industry abandoned water power for steam in the nineteenth century above all to tap abundant and compliant labour. A striking history of the social origins of global warming.',
        },
      },
      {
        author: 'Timothée Parrique',
        title: 'Ralentir ou périr. L’économie de la décroissance',
        publisher: 'Seuil',
        year: 2022,
        annotation: {
          fr: 'Une démonstration pédagogique des limites de la croissance du PIB et une proposition d’économie de la sobriété, organisée démocratiquement. Utile pour débattre avec arguments.',
          en: 'A clear demonstration of the limits of GDP growth and a proposal for an economy of sufficiency, organised democratically. Useful for well-argued debates.',
        },
      },
      {
        author: 'Cédric Durand et Razmig Keucheyan',
        title: 'Comment bifurquer. Les principes de la planification écologique',
        publisher: 'La Découverte (Zones)',
        year: 2024,
        annotation: {
          fr: 'Ce que pourrait être une planification écologique démocratique : organiser la production selon les besoins et les limites planétaires plutôt que selon le marché. Une lecture directement utile pour défendre notre programme.',
          en: 'What democratic ecological planning could look like: organising production according to needs and planetary boundaries rather than the market. Directly useful for defending our programme.',
        },
      },
    ],
  },
  {
    slug: 'democratie-et-institutions',
    themes: ['democratie'],
    title: {
      fr: 'Démocratie et institutions',
      en: 'Democracy and institutions',
    },
    intro: {
      fr: `Pourquoi vouloir une **6e République** ? Pour répondre, il faut comprendre comment fonctionnent nos institutions, d’où vient la démocratie représentative et quelles alternatives ont été pensées ou expérimentées.

Cette liste commence par le texte de la Constitution de 1958, puis propose des ouvrages de science politique et de philosophie accessibles.`,
      en: `Why do we want a **Sixth Republic**? To answer, you need to understand how our institutions work, where representative democracy comes from and which alternatives have been imagined or tried.

This list starts with the text of the 1958 Constitution, then offers accessible works of political science and philosophy.`,
    },
    entries: [
      {
        author: 'République française',
        title: 'Constitution du 4 octobre 1958 (texte intégral en vigueur)',
        publisher: 'Conseil constitutionnel',
        year: 1958,
        url: 'https://www.conseil-constitutionnel.fr/le-bloc-de-constitutionnalite/texte-integral-de-la-constitution-du-4-octobre-1958-en-vigueur',
        annotation: {
          fr: 'Le texte que nous voulons remplacer. Lisez en particulier les articles 12 (dissolution), 16 (pouvoirs exceptionnels) et 49 (engagement de responsabilité du gouvernement) pour mesurer la place du président.',
          en: 'The text we want to replace. Read in particular articles 12 (dissolution), 16 (emergency powers) and 49 (government’s responsibility) to see how much power the president holds.',
        },
      },
      {
        author: 'Bernard Manin',
        title: 'Principes du gouvernement représentatif',
        publisher: 'Calmann-Lévy',
        year: 1995,
        annotation: {
          fr: 'Une référence de science politique : l’élection n’a pas été conçue comme un instrument démocratique mais aristocratique, à la différence du tirage au sort. Un livre qui change le regard sur nos institutions.',
          en: 'A political science landmark: election was not designed as a democratic tool but an aristocratic one, unlike selection by lot. A book that changes how you see our institutions.',
        },
      },
      {
        author: 'Jacques Rancière',
        title: 'La Haine de la démocratie',
        publisher: 'La Fabrique',
        year: 2005,
        annotation: {
          fr: 'Un essai court et incisif sur la méfiance des élites envers le pouvoir du peuple. Pour Rancière, la démocratie est le pouvoir de celles et ceux qui n’ont aucun titre particulier à gouverner.',
          en: 'A short, incisive essay on the elites’ distrust of popular power. For Rancière, democracy is the power of those who have no particular title to govern.',
        },
      },
      {
        author: 'Pierre Rosanvallon',
        title: 'La Contre-démocratie. La politique à l’âge de la défiance',
        publisher: 'Seuil',
        year: 2006,
        annotation: {
          fr: 'Surveiller, empêcher, juger : l’auteur analyse les formes par lesquelles les citoyen·nes contrôlent le pouvoir en dehors des élections. Utile pour penser la révocation des élu·es.',
          en: 'Monitoring, blocking, judging: the author analyses the ways citizens hold power to account outside elections. Useful for thinking about the recall of elected officials.',
        },
      },
      {
        author: 'Yves Sintomer',
        title: 'Le Pouvoir au peuple. Jurys citoyens, tirage au sort et démocratie participative',
        publisher: 'La Découverte',
        year: 2007,
        annotation: {
          fr: 'De l’Athènes antique aux budgets participatifs contemporains, un panorama des dispositifs qui associent directement les citoyen·nes aux décisions, avec leurs forces et leurs limites.',
          en: 'From ancient Athens to today’s participatory budgets, an overview of the mechanisms that involve citizens directly in decisions, with their strengths and limits.',
        },
      },
      {
        author: 'Dominique Rousseau',
        title: 'Radicaliser la démocratie. Propositions pour une refondation',
        publisher: 'Seuil',
        year: 2015,
        annotation: {
          fr: 'Un constitutionnaliste propose des réformes concrètes pour sortir de la démocratie purement représentative. On n’est pas obligé de tout partager pour y trouver matière à débat.',
          en: 'A constitutional law scholar proposes concrete reforms to move beyond purely representative democracy. You need not agree with everything to find plenty to debate.',
        },
      },
      {
        author: 'Jean-Luc Mélenchon',
        title: 'L’Ère du peuple',
        publisher: 'Fayard',
        year: 2014,
        annotation: {
          fr: 'L’essai qui expose la stratégie de la « révolution citoyenne » et l’idée d’une Assemblée constituante. Pour comprendre d’où vient le projet de 6e République.',
          en: 'The essay setting out the strategy of the “citizens’ revolution” and the idea of a Constituent Assembly. To understand where the Sixth Republic project comes from.',
        },
      },
    ],
  },
  {
    slug: 'economie-pour-militer',
    themes: ['economie-travail'],
    title: {
      fr: 'L’économie pour les militant·es',
      en: 'Economics for activists',
    },
    intro: {
      fr: `« Il n’y a pas d’alternative » : c’est précisément ce que l’économie critique permet de contester. Cette sélection donne des outils pour comprendre les inégalités, la fiscalité, le salaire et la finance, et pour répondre aux arguments qui présentent les choix économiques comme des fatalités.

Les deux livres de Thomas Piketty sont volumineux, mais leurs introductions et conclusions se lisent indépendamment.`,
      en: `“There is no alternative”: this is exactly what critical economics lets us challenge. This selection provides tools to understand inequality, taxation, wages and finance, and to answer arguments that present economic choices as inevitable.

Thomas Piketty’s two books are long, but their introductions and conclusions can be read on their own.`,
    },
    entries: [
      {
        author: 'Les Économistes atterrés',
        title: 'Manifeste d’économistes atterrés',
        publisher: 'Les Liens qui libèrent',
        year: 2010,
        annotation: {
          fr: 'Dix « fausses évidences » de l’économie dominante passées au crible après la crise de 2008, et des propositions alternatives. Court, clair, idéal pour débuter.',
          en: 'Ten “false truths” of mainstream economics examined after the 2008 crisis, with alternative proposals. Short, clear and ideal for beginners.',
        },
      },
      {
        author: 'Ha-Joon Chang',
        title: '2 ou 3 choses que l’on ne vous dit jamais sur le capitalisme',
        publisher: 'Seuil',
        year: 2012,
        annotation: {
          fr: 'Un économiste de Cambridge démonte avec humour des idées reçues sur le libre marché, l’État et le développement. Chaque chapitre est indépendant.',
          en: 'A Cambridge economist dismantles, with humour, received ideas about free markets, the state and development. Each chapter stands alone.',
        },
      },
      {
        author: 'Thomas Piketty',
        title: 'Le Capital au XXIe siècle',
        publisher: 'Seuil',
        year: 2013,
        isbn: '978-2-02-108228-9',
        annotation: {
          fr: 'Deux siècles de données sur les revenus et les patrimoines montrent que, sans intervention politique, le rendement du capital tend à dépasser la croissance et à creuser les inégalités.',
          en: 'Two centuries of data on income and wealth show that, without political intervention, the return on capital tends to outpace growth and widen inequality.',
        },
      },
      {
        author: 'Thomas Piketty',
        title: 'Capital et idéologie',
        publisher: 'Seuil',
        year: 2019,
        isbn: '978-2-02-133804-1',
        annotation: {
          fr: 'Une histoire mondiale des justifications de l’inégalité, des sociétés d’ordres aux sociétés « hyper-capitalistes », et des propositions pour un socialisme participatif.',
          en: 'A global history of the ways inequality has been justified, from estate societies to “hyper-capitalist” ones, with proposals for participatory socialism.',
        },
      },
      {
        author: 'Emmanuel Saez et Gabriel Zucman',
        title: 'Le Triomphe de l’injustice. Richesse, évasion fiscale et démocratie',
        publisher: 'Seuil',
        year: 2020,
        annotation: {
          fr: 'À partir du cas américain, les auteurs montrent comment les plus riches en viennent à payer proportionnellement moins d’impôts que les classes populaires, et comment y remédier.',
          en: 'Using the US as a case study, the authors show how the richest end up paying proportionally less tax than working people, and how to fix it.',
        },
      },
      {
        author: 'Bernard Friot',
        title: 'L’Enjeu du salaire',
        publisher: 'La Dispute',
        year: 2012,
        annotation: {
          fr: 'Le sociologue défend l’idée que la cotisation sociale est déjà une part de salaire socialisé, qui finance retraites et soins hors du marché. Une lecture stimulante pour les débats sur la protection sociale.',
          en: 'The sociologist argues that social contributions are already a socialised part of wages, funding pensions and healthcare outside the market. Stimulating reading for debates on social protection.',
        },
      },
      {
        author: 'Frédéric Lordon',
        title: 'Capitalisme, désir et servitude. Marx et Spinoza',
        publisher: 'La Fabrique',
        year: 2010,
        annotation: {
          fr: 'Pourquoi consent-on à travailler pour d’autres ? En croisant Marx et Spinoza, Lordon analyse la façon dont le capitalisme mobilise les désirs des salarié·es. Plus théorique que les autres titres.',
          en: 'Why do people agree to work for others? Drawing on Marx and Spinoza, Lordon analyses how capitalism harnesses employees’ desires. More theoretical than the other titles.',
        },
      },
    ],
  },
  {
    slug: 'medias-et-numerique',
    themes: ['medias-numerique'],
    title: {
      fr: 'Médias, information et numérique',
      en: 'Media, information and the digital world',
    },
    intro: {
      fr: `Qui possède les médias ? Comment se fabrique l’information ? Que font les plateformes de nos données ? Pour mener la bataille culturelle, il faut comprendre le terrain sur lequel elle se joue.

Cette liste associe des classiques de la critique des médias, un rapport parlementaire récent sur la concentration et des lectures sur l’économie du numérique.`,
      en: `Who owns the media? How is news produced? What do platforms do with our data? To fight the battle of ideas, you need to understand the ground it is fought on.

This list combines classics of media criticism, a recent parliamentary report on ownership concentration and readings on the digital economy.`,
    },
    entries: [
      {
        author: 'Pierre Bourdieu',
        title: 'Sur la télévision',
        publisher: 'Liber-Raisons d’agir',
        year: 1996,
        annotation: {
          fr: 'Deux conférences devenues un classique : l’urgence, l’audience et la concurrence façonnent ce que la télévision montre et ce qu’elle tait. Très court et toujours actuel.',
          en: 'Two lectures that became a classic: urgency, ratings and competition shape what television shows and what it leaves out. Very short and still relevant.',
        },
      },
      {
        author: 'Serge Halimi',
        title: 'Les Nouveaux Chiens de garde',
        publisher: 'Liber-Raisons d’agir',
        year: 1997,
        annotation: {
          fr: 'Une enquête incisive sur la proximité entre grands journalistes, pouvoir politique et milieux d’affaires. Elle a inspiré un film documentaire du même nom en 2012.',
          en: 'A sharp investigation into the closeness between leading journalists, political power and business circles. It inspired a documentary film of the same name in 2012.',
        },
      },
      {
        author: 'Edward S. Herman et Noam Chomsky',
        title: 'La Fabrication du consentement. De la propagande médiatique en démocratie',
        publisher: 'Agone',
        year: 2008,
        annotation: {
          fr: 'Le « modèle de propagande » : propriété, publicité, sources officielles et idéologie dominante filtrent l’information sans qu’aucune censure soit nécessaire. Traduction française de l’ouvrage de 1988.',
          en: 'The “propaganda model”: ownership, advertising, official sources and dominant ideology filter the news with no need for censorship. French translation of the 1988 book.',
        },
      },
      {
        author: 'Sénat, commission d’enquête sur la concentration des médias (rapporteur : David Assouline)',
        title: 'Rapport de la commission d’enquête sur la concentration des médias en France',
        publisher: 'Sénat',
        year: 2022,
        url: 'https://www.senat.fr/rap/r21-593-1/r21-593-1.html',
        annotation: {
          fr: 'Des mois d’auditions de propriétaires, de journalistes et de régulateurs sur la concentration des médias. Une mine de faits sourcés pour argumenter.',
          en: 'Months of hearings with owners, journalists and regulators on media concentration. A goldmine of sourced facts for making the case.',
        },
      },
      {
        author: 'Julia Cagé',
        title: 'Sauver les médias. Capitalisme, financement participatif et démocratie',
        publisher: 'Seuil',
        year: 2015,
        annotation: {
          fr: 'Une économiste propose un nouveau statut de « société de média à but non lucratif » pour protéger l’indépendance des rédactions face aux actionnaires.',
          en: 'An economist proposes a new legal form, the “non-profit media organisation”, to protect newsrooms’ independence from shareholders.',
        },
      },
      {
        author: 'Dominique Cardon',
        title: 'Culture numérique',
        publisher: 'Presses de Sciences Po',
        year: 2019,
        annotation: {
          fr: 'Issu d’un cours donné à Sciences Po, un manuel clair sur l’histoire d’internet, les réseaux sociaux, les algorithmes et l’économie des plateformes.',
          en: 'Based on a course taught at Sciences Po, a clear handbook on the history of the internet, social networks, algorithms and the platform economy.',
        },
      },
      {
        author: 'Shoshana Zuboff',
        title: 'L’Âge du capitalisme de surveillance',
        publisher: 'Zulma',
        year: 2020,
        annotation: {
          fr: 'Comment les géants du numérique transforment nos comportements en données puis en prédictions vendues aux annonceurs. Un ouvrage long, mais décisif pour comprendre l’enjeu des données personnelles.',
          en: 'How the tech giants turn our behaviour into data, then into predictions sold to advertisers. A long book, but key to understanding what is at stake with personal data.',
        },
      },
    ],
  },
  {
    slug: 'feminisme-et-egalites',
    themes: ['egalites'],
    title: {
      fr: 'Féminismes et égalités',
      en: 'Feminisms and equality',
    },
    intro: {
      fr: `L’égalité entre les femmes et les hommes est loin d’être acquise : écarts de salaire, travail domestique, violences sexistes et sexuelles. Cette sélection présente des classiques et des travaux récents qui relient les inégalités de genre aux rapports de classe et de race.

Elle peut servir de base à un cycle de lectures collectives dans un groupe d’action.`,
      en: `Equality between women and men is far from won: pay gaps, domestic work, sexist and sexual violence. This selection presents classics and recent research linking gender inequality to class and race relations.

It can serve as the basis for a series of collective reading sessions in an action group.`,
    },
    entries: [
      {
        author: 'Simone de Beauvoir',
        title: 'Le Deuxième Sexe',
        publisher: 'Gallimard',
        year: 1949,
        annotation: {
          fr: '« On ne naît pas femme : on le devient. » L’ouvrage qui a montré que la condition des femmes est une construction sociale et historique, et non une donnée naturelle.',
          en: '“One is not born, but rather becomes, a woman.” The book that showed women’s condition to be a social and historical construction, not a fact of nature.',
        },
      },
      {
        author: 'Angela Davis',
        title: 'Femmes, race et classe',
        publisher: 'Des femmes-Antoinette Fouque',
        year: 1983,
        annotation: {
          fr: 'De l’esclavage aux luttes pour le droit de vote, Angela Davis montre comment le sexisme, le racisme et l’exploitation se renforcent mutuellement. Un classique du féminisme noir.',
          en: 'From slavery to the struggle for the vote, Angela Davis shows how sexism, racism and exploitation reinforce each other. A classic of Black feminism.',
        },
      },
      {
        author: 'Christine Delphy',
        title: 'L’Ennemi principal. 1. Économie politique du patriarcat',
        publisher: 'Syllepse',
        year: 1998,
        annotation: {
          fr: 'Le travail domestique gratuit des femmes analysé comme un rapport d’exploitation à part entière. Un texte central du féminisme matérialiste français.',
          en: 'Women’s unpaid domestic work analysed as a relation of exploitation in its own right. A central text of French materialist feminism.',
        },
      },
      {
        author: 'Silvia Federici',
        title: 'Caliban et la Sorcière. Femmes, corps et accumulation primitive',
        publisher: 'Entremonde / Senonevero',
        year: 2014,
        annotation: {
          fr: 'La chasse aux sorcières des XVIe et XVIIe siècles relue comme un moment de la naissance du capitalisme et de la mise au travail des corps des femmes.',
          en: 'The witch hunts of the sixteenth and seventeenth centuries reread as part of the birth of capitalism and the subjection of women’s bodies to work.',
        },
      },
      {
        author: 'bell hooks',
        title: 'Ne suis-je pas une femme ? Femmes noires et féminisme',
        publisher: 'Cambourakis',
        year: 2015,
        annotation: {
          fr: 'Traduction française tardive d’un livre de 1981 : bell hooks critique un féminisme qui ignorerait les femmes noires et les classes populaires. Accessible et percutant.',
          en: 'A belated French translation of a 1981 book: bell hooks criticises a feminism that ignores Black and working-class women. Accessible and powerful.',
        },
      },
      {
        author: 'Céline Bessière et Sibylle Gollac',
        title: 'Le Genre du capital. Comment la famille reproduit les inégalités',
        publisher: 'La Découverte',
        year: 2020,
        annotation: {
          fr: 'Héritages, divorces, transmissions d’entreprises : deux sociologues montrent comment, dans les familles, le patrimoine se concentre entre les mains des hommes, avec la complicité du droit.',
          en: 'Inheritances, divorces, business transfers: two sociologists show how wealth within families ends up concentrated in men’s hands, with the law’s complicity.',
        },
      },
      {
        author: 'Titiou Lecoq',
        title: 'Libérées ! Le combat féministe se gagne devant le panier de linge sale',
        publisher: 'Fayard',
        year: 2017,
        annotation: {
          fr: 'Un essai drôle et documenté sur le partage inégal des tâches domestiques et la charge mentale. Idéal pour ouvrir une discussion avec des personnes peu familières du sujet.',
          en: 'A funny, well-documented essay on the unequal sharing of housework and the mental load. Ideal for starting a discussion with people new to the subject.',
        },
      },
    ],
  },
]
