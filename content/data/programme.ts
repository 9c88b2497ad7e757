import type { ProgrammeChapterSeed } from '../types'

/**
 * The movement's programme, in the spirit of « L'Avenir en commun »: chapters,
 * sections and measures. French and English throughout; Spanish for
 * chapters 1–3; German and Arabic titles for chapter 1.
 */
export const programme: ProgrammeChapterSeed[] = [
  {
    number: 1,
    slug: 'sixieme-republique',
    themes: ['democratie'],
    title: {
      fr: 'Passer à la 6e République',
      en: 'Moving to the Sixth Republic',
      es: 'Pasar a la VI República',
      de: 'Übergang zur Sechsten Republik',
      ar: 'الانتقال إلى الجمهورية السادسة',
    },
    intro: {
      fr: `La 5e République concentre le pouvoir entre les mains d’une seule personne. Abstention massive, défiance envers les institutions, textes adoptés sans vote : la crise démocratique est profonde.

Nous proposons de **rendre la parole au peuple** pour qu’il réécrive lui-même les règles du jeu, puis de lui donner les moyens d’intervenir à tout moment dans la vie publique.`,
      en: `The Fifth Republic concentrates power in the hands of a single person. Mass abstention, distrust of institutions, laws passed without a vote: the democratic crisis runs deep.

We propose to **give the people back their voice** so that they can rewrite the rules themselves, and then to give them the means to take part in public life at any time.`,
      es: `La V República concentra el poder en manos de una sola persona. Abstención masiva, desconfianza hacia las instituciones, leyes aprobadas sin votación: la crisis democrática es profunda.

Proponemos **devolver la palabra al pueblo** para que reescriba él mismo las reglas del juego, y darle después los medios para intervenir en todo momento en la vida pública.`,
    },
    sections: [
      {
        title: {
          fr: 'Une Assemblée constituante',
          en: 'A Constituent Assembly',
          es: 'Una Asamblea Constituyente',
          de: 'Eine verfassunggebende Versammlung',
          ar: 'جمعية تأسيسية',
        },
        measures: [
          {
            title: {
              fr: 'Convoquer une Assemblée constituante',
              en: 'Convening a Constituent Assembly',
              es: 'Convocar una Asamblea Constituyente',
              de: 'Eine verfassunggebende Versammlung einberufen',
              ar: 'الدعوة إلى جمعية تأسيسية',
            },
            text: {
              fr: `Dès le début de la législature, un référendum proposera de convoquer une **Assemblée constituante** chargée de rédiger une nouvelle Constitution. Les nouvelles règles ne seront pas écrites par les responsables politiques en place, mais par une assemblée élue à cet effet, qui travaillera avec des citoyen·nes tiré·es au sort et avec des ateliers constituants ouverts partout dans le pays.`,
              en: `At the start of the parliamentary term, a referendum will propose convening a **Constituent Assembly** to draft a new Constitution. The new rules will not be written by the politicians currently in office, but by an assembly elected for that purpose, working with citizens selected by lot and with constituent workshops open across the country.`,
              es: `Al comienzo de la legislatura, un referéndum propondrá convocar una **Asamblea Constituyente** encargada de redactar una nueva Constitución. Las nuevas reglas no las escribirán los responsables políticos en ejercicio, sino una asamblea elegida con ese fin, que trabajará con ciudadanos y ciudadanas elegidos por sorteo y con talleres constituyentes abiertos en todo el país.`,
            },
          },
          {
            title: {
              fr: 'Des constituant·es qui ne siégeront pas ensuite',
              en: 'Constituent members who will not sit afterwards',
              es: 'Constituyentes que no ocuparán escaño después',
              de: 'Verfassungsgeber ohne anschließendes Mandat',
              ar: 'أعضاء تأسيسيون لا يترشحون بعد ذلك',
            },
            text: {
              fr: `Pour que la Constitution serve l’intérêt général et non des carrières, les membres de l’Assemblée constituante ne pourront pas être candidat·es aux élections suivantes, et les parlementaires en exercice ne pourront pas y siéger. L’assemblée sera paritaire et élue à la proportionnelle, afin que toutes les sensibilités du pays y soient représentées.`,
              en: `So that the Constitution serves the general interest rather than careers, members of the Constituent Assembly will not be allowed to stand in the following elections, and sitting members of parliament will not be able to sit in it. The assembly will be gender-balanced and elected by proportional representation, so that every political current in the country is represented.`,
              es: `Para que la Constitución sirva al interés general y no a las carreras políticas, los miembros de la Asamblea Constituyente no podrán presentarse a las elecciones siguientes, y los parlamentarios en ejercicio no podrán formar parte de ella. La asamblea será paritaria y elegida por representación proporcional, para que todas las sensibilidades del país estén representadas.`,
            },
          },
          {
            title: {
              fr: 'Ratifier la nouvelle Constitution par référendum',
              en: 'Ratifying the new Constitution by referendum',
              es: 'Ratificar la nueva Constitución por referéndum',
              de: 'Die neue Verfassung per Volksabstimmung annehmen',
              ar: 'المصادقة على الدستور الجديد عبر استفتاء',
            },
            text: {
              fr: `Le texte élaboré par l’Assemblée constituante sera soumis au peuple par référendum. C’est le peuple, et lui seul, qui décidera d’adopter ou non la nouvelle Constitution. Le débat public qui précédera le vote sera organisé de manière équitable, avec un temps de parole garanti à toutes les positions dans l’audiovisuel public.`,
              en: `The text drawn up by the Constituent Assembly will be put to the people in a referendum. The people, and the people alone, will decide whether to adopt the new Constitution. The public debate before the vote will be organised fairly, with guaranteed airtime for every position on public radio and television.`,
              es: `El texto elaborado por la Asamblea Constituyente se someterá al pueblo en referéndum. Será el pueblo, y solo él, quien decida si adopta o no la nueva Constitución. El debate público previo a la votación se organizará de forma equitativa, con tiempo de palabra garantizado para todas las posiciones en la radio y la televisión públicas.`,
            },
          },
        ],
      },
      {
        title: {
          fr: 'Le peuple souverain, tout le temps',
          en: 'The sovereign people, all the time',
          es: 'El pueblo soberano, en todo momento',
          de: 'Das Volk ist jederzeit souverän',
          ar: 'الشعب صاحب السيادة في كل وقت',
        },
        measures: [
          {
            title: {
              fr: 'Le référendum d’initiative citoyenne',
              en: 'The citizens’ initiative referendum',
              es: 'El referéndum de iniciativa ciudadana',
              de: 'Der Volksentscheid auf Bürgerinitiative',
              ar: 'الاستفتاء بمبادرة من المواطنين',
            },
            text: {
              fr: `Avec un nombre de signatures fixé par la loi, les citoyen·nes pourront proposer une loi, en abroger une, modifier la Constitution ou révoquer un·e élu·e. Le **référendum d’initiative citoyenne** (RIC) permettra au peuple d’agir entre deux élections sans dépendre du bon vouloir du Parlement, comme c’est le cas aujourd’hui avec le référendum d’initiative partagée.`,
              en: `Once a number of signatures set by law is reached, citizens will be able to propose a law, repeal one, amend the Constitution or recall an elected official. The **citizens’ initiative referendum** (RIC) will let the people act between elections without depending on the goodwill of Parliament, as is the case today with the shared-initiative referendum.`,
              es: `Con un número de firmas fijado por ley, la ciudadanía podrá proponer una ley, derogar otra, modificar la Constitución o revocar a un cargo electo. El **referéndum de iniciativa ciudadana** (RIC) permitirá al pueblo actuar entre dos elecciones sin depender de la buena voluntad del Parlamento, como ocurre hoy con el referéndum de iniciativa compartida.`,
            },
          },
          {
            title: {
              fr: 'Pouvoir révoquer les élu·es',
              en: 'Being able to recall elected officials',
              es: 'Poder revocar a los cargos electos',
              de: 'Gewählte Amtsträger abberufen können',
              ar: 'إمكانية عزل المنتخَبين',
            },
            text: {
              fr: `Un mandat n’est pas un chèque en blanc. À partir de la moitié du mandat, une partie des électeur·ices pourra demander un **référendum révocatoire** visant un·e élu·e, du conseil municipal jusqu’à la présidence de la République. Si une majorité se prononce pour la révocation, une nouvelle élection est organisée.`,
              en: `A mandate is not a blank cheque. From the middle of the term, a share of voters will be able to call a **recall referendum** against an elected official, from the town council up to the presidency of the Republic. If a majority votes for recall, a new election is held.`,
              es: `Un mandato no es un cheque en blanco. A partir de la mitad del mandato, una parte del electorado podrá solicitar un **referéndum revocatorio** contra un cargo electo, desde el concejo municipal hasta la presidencia de la República. Si una mayoría vota por la revocación, se convocan nuevas elecciones.`,
            },
          },
          {
            title: {
              fr: 'Élire l’Assemblée nationale à la proportionnelle',
              en: 'Electing the National Assembly by proportional representation',
              es: 'Elegir la Asamblea Nacional por representación proporcional',
              de: 'Die Nationalversammlung nach Verhältniswahlrecht wählen',
              ar: 'انتخاب الجمعية الوطنية بالتمثيل النسبي',
            },
            text: {
              fr: `Le scrutin majoritaire à deux tours fausse la représentation : une minorité de voix peut donner une majorité absolue de sièges. Nous instaurerons la **représentation proportionnelle** pour les élections législatives, afin que chaque voix compte et que l’Assemblée ressemble au pays. Les listes seront paritaires et le vote blanc sera reconnu comme un suffrage exprimé.`,
              en: `The two-round majority system distorts representation: a minority of votes can produce an absolute majority of seats. We will introduce **proportional representation** for parliamentary elections, so that every vote counts and the Assembly reflects the country. Lists will be gender-balanced and blank votes will be counted as valid votes.`,
              es: `El sistema mayoritario a dos vueltas distorsiona la representación: una minoría de votos puede dar una mayoría absoluta de escaños. Implantaremos la **representación proporcional** en las elecciones legislativas, para que cada voto cuente y la Asamblea se parezca al país. Las listas serán paritarias y el voto en blanco se reconocerá como voto válido.`,
            },
          },
        ],
      },
      {
        title: {
          fr: 'En finir avec la monarchie présidentielle',
          en: 'Ending the presidential monarchy',
          es: 'Acabar con la monarquía presidencial',
          de: 'Schluss mit der Präsidialmonarchie',
          ar: 'إنهاء الملكية الرئاسية',
        },
        measures: [
          {
            title: {
              fr: 'Supprimer le 49.3',
              en: 'Abolishing article 49.3',
              es: 'Suprimir el artículo 49.3',
              de: 'Artikel 49.3 abschaffen',
              ar: 'إلغاء المادة 49.3',
            },
            text: {
              fr: `L’article 49, alinéa 3, de la Constitution permet au gouvernement de faire adopter un texte sans vote, sauf si une motion de censure est votée. Il a servi à imposer des réformes rejetées par une large majorité du pays, comme celle des retraites en 2023. Nous le supprimerons : aucune loi ne doit être adoptée sans un vote du Parlement.`,
              en: `Article 49, paragraph 3, of the Constitution allows the government to pass a bill without a vote unless a motion of no confidence is carried. It has been used to force through reforms rejected by a large majority of the country, such as the 2023 pension reform. We will abolish it: no law should be passed without a vote in Parliament.`,
              es: `El artículo 49, apartado 3, de la Constitución permite al Gobierno aprobar un texto sin votación, salvo que prospere una moción de censura. Ha servido para imponer reformas rechazadas por una amplia mayoría del país, como la de las pensiones en 2023. Lo suprimiremos: ninguna ley debe aprobarse sin una votación del Parlamento.`,
            },
          },
          {
            title: {
              fr: 'Interdire les conflits d’intérêts et le pantouflage',
              en: 'Banning conflicts of interest and the revolving door',
              es: 'Prohibir los conflictos de intereses y las puertas giratorias',
              de: 'Interessenkonflikte und Drehtüreffekt unterbinden',
              ar: 'منع تضارب المصالح والتنقل بين الوظيفة العامة والشركات الخاصة',
            },
            text: {
              fr: `Les allers-retours entre la haute fonction publique, les cabinets ministériels et les grandes entreprises minent la confiance dans l’État. Nous interdirons aux haut·es fonctionnaires de rejoindre une entreprise qu’ils ou elles ont contrôlée ou conseillée, renforcerons les moyens de la Haute Autorité pour la transparence de la vie publique et encadrerons strictement le lobbying.`,
              en: `The constant movement between the senior civil service, ministers’ private offices and big business undermines trust in the state. We will bar senior civil servants from joining a company they have supervised or advised, strengthen the resources of the High Authority for Transparency in Public Life and strictly regulate lobbying.`,
              es: `El ir y venir entre la alta función pública, los gabinetes ministeriales y las grandes empresas mina la confianza en el Estado. Prohibiremos a los altos funcionarios incorporarse a una empresa que hayan controlado o asesorado, reforzaremos los medios de la Alta Autoridad para la Transparencia de la Vida Pública y regularemos estrictamente los grupos de presión.`,
            },
          },
          {
            title: {
              fr: 'Le droit de vote à 16 ans',
              en: 'Votes at 16',
              es: 'El derecho a voto a los 16 años',
              de: 'Wahlrecht ab 16',
              ar: 'حق التصويت ابتداءً من سن السادسة عشرة',
            },
            text: {
              fr: `À seize ans, on peut travailler, payer des impôts et s’engager dans une association. Pourtant, les jeunes n’ont pas leur mot à dire sur les décisions qui engagent leur avenir, à commencer par le climat. Nous ouvrirons le droit de vote dès seize ans, accompagné d’une véritable éducation civique et de l’inscription automatique sur les listes électorales.`,
              en: `At sixteen, you can work, pay taxes and join an association. Yet young people have no say in decisions that shape their future, starting with the climate. We will lower the voting age to sixteen, together with genuine civic education and automatic registration on the electoral roll.`,
              es: `A los dieciséis años se puede trabajar, pagar impuestos y participar en una asociación. Sin embargo, la juventud no tiene voz en las decisiones que comprometen su futuro, empezando por el clima. Abriremos el derecho a voto a partir de los dieciséis años, acompañado de una verdadera educación cívica y de la inscripción automática en el censo electoral.`,
            },
          },
        ],
      },
    ],
  },
  {
    number: 2,
    slug: 'planification-ecologique',
    themes: ['ecologie'],
    title: {
      fr: 'La planification écologique',
      en: 'Ecological planning',
      es: 'La planificación ecológica',
    },
    intro: {
      fr: `Le marché ne sauvera pas le climat : il a déjà eu des décennies pour le faire. Pour tenir nos engagements climatiques et protéger la biodiversité, il faut décider collectivement **ce que nous produisons, comment et pour quels besoins**.

La planification écologique organise cette bifurcation de l’économie, démocratiquement et en protégeant d’abord les plus modestes.`,
      en: `The market will not save the climate: it has already had decades to do so. To meet our climate commitments and protect biodiversity, we must decide collectively **what we produce, how, and to meet which needs**.

Ecological planning organises this shift in the economy, democratically and by protecting the least well-off first.`,
      es: `El mercado no salvará el clima: ya ha tenido décadas para hacerlo. Para cumplir nuestros compromisos climáticos y proteger la biodiversidad, hay que decidir colectivamente **qué producimos, cómo y para qué necesidades**.

La planificación ecológica organiza esta bifurcación de la economía, de forma democrática y protegiendo primero a las personas más modestas.`,
    },
    sections: [
      {
        title: {
          fr: 'Planifier la bifurcation',
          en: 'Planning the shift',
          es: 'Planificar la bifurcación',
        },
        measures: [
          {
            title: {
              fr: 'Inscrire la règle verte dans la Constitution',
              en: 'Writing the green rule into the Constitution',
              es: 'Inscribir la regla verde en la Constitución',
            },
            text: {
              fr: `La **règle verte** pose un principe simple : ne pas prélever sur la nature davantage que ce qu’elle peut reconstituer, ni produire plus de pollutions qu’elle ne peut en absorber. Inscrite dans la Constitution, elle s’imposera à toutes les politiques publiques et permettra de censurer une loi ou un projet contraire à la préservation des écosystèmes.`,
              en: `The **green rule** sets a simple principle: do not take more from nature than it can renew, and do not produce more pollution than it can absorb. Written into the Constitution, it will bind all public policy and make it possible to strike down any law or project that harms the preservation of ecosystems.`,
              es: `La **regla verde** establece un principio sencillo: no extraer de la naturaleza más de lo que puede regenerar, ni producir más contaminación de la que puede absorber. Inscrita en la Constitución, se impondrá a todas las políticas públicas y permitirá anular una ley o un proyecto contrario a la preservación de los ecosistemas.`,
            },
          },
          {
            title: {
              fr: 'Un plan écologique décidé démocratiquement',
              en: 'A democratically decided ecological plan',
              es: 'Un plan ecológico decidido democráticamente',
            },
            text: {
              fr: `Un conseil à la planification écologique, associant élu·es, syndicats, associations et citoyen·nes tiré·es au sort, fixera des objectifs par secteur (énergie, transports, logement, agriculture, industrie) et par territoire. Le plan sera débattu et voté par le Parlement, décliné dans chaque région et évalué chaque année de manière publique et indépendante.`,
              en: `An ecological planning council, bringing together elected representatives, trade unions, associations and citizens selected by lot, will set targets by sector (energy, transport, housing, agriculture, industry) and by area. The plan will be debated and voted on by Parliament, adapted in each region and assessed every year, publicly and independently.`,
              es: `Un consejo de planificación ecológica, que reunirá a cargos electos, sindicatos, asociaciones y ciudadanía elegida por sorteo, fijará objetivos por sector (energía, transporte, vivienda, agricultura, industria) y por territorio. El plan será debatido y votado por el Parlamento, adaptado a cada región y evaluado cada año de forma pública e independiente.`,
            },
          },
          {
            title: {
              fr: 'Rénover les logements et viser 100 % d’énergies renouvelables',
              en: 'Renovating homes and aiming for 100% renewable energy',
              es: 'Rehabilitar las viviendas y apostar por un 100 % de energías renovables',
            },
            text: {
              fr: `Nous lancerons un grand programme de rénovation thermique complète des logements, en commençant par les passoires énergétiques occupées par des ménages modestes, avec une prise en charge intégrale pour les plus pauvres. La sobriété, l’efficacité énergétique et le développement massif des énergies renouvelables permettront de sortir des énergies fossiles et d’atteindre 100 % d’énergies renouvelables en 2050.`,
              en: `We will launch a major programme of full energy renovation of homes, starting with poorly insulated housing occupied by low-income households, fully funded for the poorest. Energy sufficiency, energy efficiency and a massive expansion of renewables will allow us to phase out fossil fuels and reach 100% renewable energy by 2050.`,
              es: `Pondremos en marcha un gran programa de rehabilitación térmica integral de las viviendas, empezando por las peor aisladas y ocupadas por hogares modestos, con financiación total para los más pobres. La sobriedad, la eficiencia energética y el desarrollo masivo de las renovables permitirán abandonar los combustibles fósiles y alcanzar un 100 % de energías renovables en 2050.`,
            },
          },
        ],
      },
      {
        title: {
          fr: 'Transports, agriculture, industrie : changer de modèle',
          en: 'Transport, farming, industry: changing the model',
          es: 'Transporte, agricultura, industria: cambiar de modelo',
        },
        measures: [
          {
            title: {
              fr: 'Développer le train et les transports du quotidien',
              en: 'Expanding rail and everyday transport',
              es: 'Desarrollar el tren y el transporte cotidiano',
            },
            text: {
              fr: `Nous rouvrirons des petites lignes ferroviaires, relancerons les trains de nuit et développerons le fret ferroviaire pour réduire le nombre de camions sur les routes. Les transports en commun du quotidien seront renforcés, et leur gratuité encouragée là où les collectivités le souhaitent. Les vols intérieurs seront interdits lorsqu’une alternative en train de moins de quatre heures existe.`,
              en: `We will reopen small railway lines, bring back night trains and develop rail freight to reduce the number of lorries on the roads. Everyday public transport will be strengthened, and free fares encouraged wherever local authorities want them. Domestic flights will be banned where a train alternative of under four hours exists.`,
              es: `Reabriremos pequeñas líneas ferroviarias, relanzaremos los trenes nocturnos y desarrollaremos el transporte ferroviario de mercancías para reducir el número de camiones en las carreteras. Se reforzará el transporte público cotidiano y se fomentará su gratuidad allí donde lo deseen las administraciones locales. Se prohibirán los vuelos nacionales cuando exista una alternativa en tren de menos de cuatro horas.`,
            },
          },
          {
            title: {
              fr: 'Une agriculture paysanne sans pesticides de synthèse',
              en: 'Small-scale farming without synthetic pesticides',
              es: 'Una agricultura campesina sin pesticidas de síntesis',
            },
            text: {
              fr: `Nous accompagnerons la conversion vers l’agriculture biologique et paysanne, avec des prix garantis pour les producteur·ices et des aides orientées vers l’emploi agricole plutôt que vers la taille des exploitations. Nous planifierons la sortie des pesticides de synthèse, à commencer par les plus dangereux, et servirons des produits bio et locaux dans toute la restauration collective publique.`,
              en: `We will support the switch to organic, small-scale farming, with guaranteed prices for producers and subsidies geared to farm jobs rather than farm size. We will plan the phase-out of synthetic pesticides, starting with the most dangerous, and serve organic, local food throughout public-sector catering.`,
              es: `Acompañaremos la transición hacia la agricultura ecológica y campesina, con precios garantizados para quienes producen y ayudas orientadas al empleo agrario y no al tamaño de las explotaciones. Planificaremos el abandono de los pesticidas de síntesis, empezando por los más peligrosos, y serviremos productos ecológicos y locales en todos los comedores públicos.`,
            },
          },
          {
            title: {
              fr: 'Relocaliser grâce au protectionnisme solidaire',
              en: 'Bringing production home through fair protectionism',
              es: 'Relocalizar gracias al proteccionismo solidario',
            },
            text: {
              fr: `Produire à l’autre bout du monde ce que l’on peut fabriquer ici multiplie les transports et organise le dumping social et écologique. Nous instaurerons un **protectionnisme solidaire** : des taxes aux frontières sur les produits fabriqués sans normes sociales et environnementales comparables aux nôtres, et une politique industrielle pour relocaliser les productions stratégiques, comme les médicaments.`,
              en: `Producing on the other side of the world what we can make here multiplies transport and organises social and environmental dumping. We will introduce **fair protectionism**: border taxes on goods made without social and environmental standards comparable to ours, and an industrial policy to bring strategic production, such as medicines, back home.`,
              es: `Producir en la otra punta del mundo lo que podemos fabricar aquí multiplica el transporte y organiza el dumping social y ecológico. Implantaremos un **proteccionismo solidario**: aranceles en frontera a los productos fabricados sin normas sociales y medioambientales comparables a las nuestras, y una política industrial para relocalizar las producciones estratégicas, como los medicamentos.`,
            },
          },
        ],
      },
    ],
  },
  {
    number: 3,
    slug: 'partage-des-richesses',
    themes: ['economie-travail'],
    title: {
      fr: 'Partager les richesses',
      en: 'Sharing the wealth',
      es: 'Repartir la riqueza',
    },
    intro: {
      fr: `La France n’a jamais produit autant de richesses, et pourtant des millions de personnes vivent sous le seuil de pauvreté. Le problème n’est pas le manque d’argent, mais **sa répartition**.

Nous proposons d’augmenter les salaires, de garantir une retraite digne et de faire contribuer chacun·e selon ses moyens, à commencer par les plus riches.`,
      en: `France has never produced so much wealth, yet millions of people live below the poverty line. The problem is not a lack of money but **how it is shared**.

We propose to raise wages, guarantee a decent retirement and make everyone contribute according to their means, starting with the richest.`,
      es: `Francia nunca ha producido tanta riqueza y, sin embargo, millones de personas viven por debajo del umbral de la pobreza. El problema no es la falta de dinero, sino **su reparto**.

Proponemos subir los salarios, garantizar una jubilación digna y hacer que cada cual contribuya según sus medios, empezando por los más ricos.`,
    },
    sections: [
      {
        title: {
          fr: 'Vivre dignement de son travail',
          en: 'Living decently from one’s work',
          es: 'Vivir dignamente del trabajo',
        },
        measures: [
          {
            title: {
              fr: 'Porter le SMIC à 1 600 € net',
              en: 'Raising the minimum wage to €1,600 net',
              es: 'Subir el salario mínimo a 1 600 € netos',
            },
            text: {
              fr: `Nous porterons immédiatement le salaire minimum à **1 600 € net par mois** et réunirons dans chaque branche une conférence salariale pour relever l’ensemble des grilles. Les salaires seront indexés sur l’inflation, afin que la hausse des prix ne rogne plus le pouvoir d’achat. Les aides publiques aux entreprises seront conditionnées au respect de ces engagements.`,
              en: `We will immediately raise the minimum wage to **€1,600 net a month** and hold a wage conference in every industry to raise all pay scales. Wages will be index-linked to inflation, so that rising prices no longer eat into purchasing power. Public aid to companies will be conditional on meeting these commitments.`,
              es: `Subiremos de inmediato el salario mínimo a **1 600 € netos al mes** y convocaremos en cada sector una conferencia salarial para revisar al alza todas las escalas. Los salarios se indexarán a la inflación, para que la subida de los precios deje de mermar el poder adquisitivo. Las ayudas públicas a las empresas estarán condicionadas al cumplimiento de estos compromisos.`,
            },
          },
          {
            title: {
              fr: 'La retraite à 60 ans',
              en: 'Retirement at 60',
              es: 'La jubilación a los 60 años',
            },
            text: {
              fr: `Nous rétablirons le droit à la retraite à **60 ans à taux plein** après quarante années de cotisation, et tiendrons compte de la pénibilité pour permettre des départs anticipés. Aucune pension pour une carrière complète ne sera inférieure au SMIC. Ce financement est possible en augmentant les salaires, en réalisant l’égalité salariale et en mettant à contribution les revenus du capital.`,
              en: `We will restore the right to retire at **60 on a full pension** after forty years of contributions, and take arduous work into account to allow earlier retirement. No pension for a full career will be lower than the minimum wage. This can be funded by raising wages, achieving equal pay and making income from capital contribute.`,
              es: `Restableceremos el derecho a la jubilación a los **60 años con pensión completa** tras cuarenta años de cotización, y tendremos en cuenta la penosidad del trabajo para permitir jubilaciones anticipadas. Ninguna pensión de una carrera completa será inferior al salario mínimo. Esta financiación es posible subiendo los salarios, logrando la igualdad salarial y haciendo contribuir a las rentas del capital.`,
            },
          },
          {
            title: {
              fr: 'Bloquer les prix des produits de première nécessité',
              en: 'Freezing the price of essentials',
              es: 'Congelar los precios de los productos de primera necesidad',
            },
            text: {
              fr: `Face à l’inflation, l’État doit protéger. Nous bloquerons les prix des produits de première nécessité (alimentation de base, énergie, carburants) et encadrerons les marges de la grande distribution et de l’industrie agroalimentaire. Le Code de commerce permet déjà à l’État de réglementer temporairement les prix en cas de crise : il manque seulement la volonté politique de s’en servir.`,
              en: `In the face of inflation, the state must protect people. We will freeze the prices of essentials (basic food, energy, fuel) and regulate the margins of supermarket chains and the food industry. The Commercial Code already allows the state to regulate prices temporarily in a crisis: all that is missing is the political will to use it.`,
              es: `Ante la inflación, el Estado debe proteger. Congelaremos los precios de los productos de primera necesidad (alimentación básica, energía, carburantes) y limitaremos los márgenes de la gran distribución y de la industria agroalimentaria. El Código de Comercio ya permite al Estado regular temporalmente los precios en caso de crisis: solo falta la voluntad política de utilizarlo.`,
            },
          },
          {
            title: {
              fr: 'Réduire le temps de travail',
              en: 'Reducing working time',
              es: 'Reducir el tiempo de trabajo',
            },
            text: {
              fr: `Nous rendrons les 35 heures effectives, en majorant davantage les heures supplémentaires, et engagerons le passage à la **semaine de 32 heures**, en commençant par les métiers pénibles et le travail de nuit. Travailler moins, c’est travailler tou·tes, mieux partager l’emploi et retrouver du temps pour vivre, s’engager et prendre soin des autres.`,
              en: `We will make the 35-hour week a reality, with higher overtime rates, and begin the move to a **32-hour week**, starting with arduous jobs and night work. Working less means everyone can work, jobs are shared more fairly and people regain time to live, get involved and care for others.`,
              es: `Haremos efectiva la semana de 35 horas, con un mayor recargo de las horas extraordinarias, e iniciaremos el paso a la **semana de 32 horas**, empezando por los oficios penosos y el trabajo nocturno. Trabajar menos es trabajar todos y todas, repartir mejor el empleo y recuperar tiempo para vivir, comprometerse y cuidar de los demás.`,
            },
          },
        ],
      },
      {
        title: {
          fr: 'Une fiscalité juste',
          en: 'Fair taxation',
          es: 'Una fiscalidad justa',
        },
        measures: [
          {
            title: {
              fr: 'Un impôt sur le revenu plus progressif',
              en: 'A more progressive income tax',
              es: 'Un impuesto sobre la renta más progresivo',
            },
            text: {
              fr: `Nous porterons le nombre de tranches de l’impôt sur le revenu de cinq à **quatorze**, pour que chacun·e contribue selon ses moyens : les revenus modestes et moyens paieront moins, les plus hauts revenus davantage. Les revenus du capital seront imposés comme ceux du travail, et les niches fiscales inefficaces ou injustes seront supprimées.`,
              en: `We will increase the number of income tax brackets from five to **fourteen**, so that everyone contributes according to their means: low and middle incomes will pay less, the highest incomes more. Income from capital will be taxed like income from work, and ineffective or unfair tax loopholes will be abolished.`,
              es: `Aumentaremos los tramos del impuesto sobre la renta de cinco a **catorce**, para que cada cual contribuya según sus medios: las rentas modestas y medias pagarán menos y las más altas, más. Las rentas del capital tributarán como las del trabajo, y se suprimirán las deducciones fiscales ineficaces o injustas.`,
            },
          },
          {
            title: {
              fr: 'Rétablir l’ISF avec un volet climatique',
              en: 'Restoring the wealth tax with a climate component',
              es: 'Restablecer el impuesto sobre el patrimonio con un componente climático',
            },
            text: {
              fr: `L’impôt de solidarité sur la fortune, supprimé en 2018 et remplacé par un simple impôt sur la fortune immobilière, sera rétabli et renforcé. Il comportera un **volet climatique** tenant compte de l’empreinte carbone des patrimoines financiers : plus un patrimoine finance des activités polluantes, plus il sera taxé.`,
              en: `The solidarity tax on wealth, abolished in 2018 and replaced by a mere tax on real-estate wealth, will be restored and strengthened. It will include a **climate component** based on the carbon footprint of financial assets: the more a fortune finances polluting activities, the more heavily it will be taxed.`,
              es: `El impuesto de solidaridad sobre la fortuna, suprimido en 2018 y sustituido por un simple impuesto sobre el patrimonio inmobiliario, será restablecido y reforzado. Incluirá un **componente climático** que tendrá en cuenta la huella de carbono de los patrimonios financieros: cuanto más financie un patrimonio actividades contaminantes, más tributará.`,
            },
          },
          {
            title: {
              fr: 'Combattre l’évasion fiscale',
              en: 'Fighting tax evasion',
              es: 'Combatir la evasión fiscal',
            },
            text: {
              fr: `Nous instaurerons un **impôt universel** : les contribuables de nationalité française qui s’installent à l’étranger pour échapper à l’impôt paieront en France la différence avec ce qu’ils et elles acquittent dans leur pays de résidence. Nous renforcerons les effectifs de l’administration fiscale et imposerons les multinationales sur les bénéfices réellement réalisés en France.`,
              en: `We will introduce a **universal tax**: French nationals who move abroad to avoid tax will pay in France the difference between what they would owe here and what they pay in their country of residence. We will increase staff numbers in the tax administration and tax multinationals on the profits they actually make in France.`,
              es: `Implantaremos un **impuesto universal**: los contribuyentes de nacionalidad francesa que se instalen en el extranjero para eludir impuestos pagarán en Francia la diferencia con lo que abonan en su país de residencia. Reforzaremos la plantilla de la administración tributaria y gravaremos a las multinacionales por los beneficios que obtienen realmente en Francia.`,
            },
          },
          {
            title: {
              fr: 'Limiter les écarts de rémunération',
              en: 'Capping pay gaps',
              es: 'Limitar las diferencias salariales',
            },
            text: {
              fr: `Dans chaque entreprise, l’écart entre le salaire le plus bas et la rémunération la plus élevée sera limité de **1 à 20**. Il n’est pas acceptable qu’un·e dirigeant·e gagne en quelques jours ce qu’un·e salarié·e gagne en un an. Les salarié·es obtiendront des droits nouveaux, dont un droit de veto suspensif de leurs représentant·es sur les plans de licenciement.`,
              en: `In every company, the gap between the lowest wage and the highest pay will be capped at **1 to 20**. It is unacceptable for an executive to earn in a few days what an employee earns in a year. Employees will gain new rights, including a suspensive veto for their representatives over redundancy plans.`,
              es: `En cada empresa, la diferencia entre el salario más bajo y la remuneración más alta se limitará de **1 a 20**. No es aceptable que un directivo gane en pocos días lo que una persona asalariada gana en un año. Las plantillas obtendrán nuevos derechos, entre ellos un veto suspensivo de sus representantes sobre los planes de despidos.`,
            },
          },
        ],
      },
    ],
  },
  {
    number: 4,
    slug: 'services-publics-et-biens-communs',
    themes: ['services-publics'],
    title: {
      fr: 'Protéger les biens communs et les services publics',
      en: 'Protecting common goods and public services',
    },
    intro: {
      fr: `Les services publics sont le patrimoine de celles et ceux qui n’en ont pas. Des années de suppressions de postes, de fermetures et de privatisations ont dégradé l’hôpital, l’école et les transports, et éloigné l’État de nombreux territoires.

Nous voulons les reconstruire et **sortir du marché les biens communs** indispensables à la vie : l’eau, l’énergie, la santé, le logement.`,
      en: `Public services are the wealth of those who have none. Years of job cuts, closures and privatisation have damaged hospitals, schools and transport, and taken the state away from many areas.

We want to rebuild them and **take the common goods** that life depends on **out of the market**: water, energy, health and housing.`,
    },
    sections: [
      {
        title: {
          fr: 'Reconstruire les services publics',
          en: 'Rebuilding public services',
        },
        measures: [
          {
            title: {
              fr: 'Sauver l’hôpital public',
              en: 'Saving public hospitals',
            },
            text: {
              fr: `Nous recruterons massivement des soignant·es et des personnels hospitaliers, rouvrirons des lits et mettrons fin à la tarification à l’activité, qui pousse à la rentabilité au détriment du soin. Des centres de santé publics seront ouverts dans les déserts médicaux, et la Sécurité sociale remboursera à 100 % les soins prescrits, en intégrant les complémentaires santé.`,
              en: `We will recruit large numbers of nurses, doctors and hospital staff, reopen beds and end activity-based funding, which pushes hospitals towards profitability at the expense of care. Public health centres will open in areas short of doctors, and the national health insurance will reimburse 100% of prescribed care, absorbing supplementary health insurance.`,
            },
          },
          {
            title: {
              fr: 'Une école réellement gratuite',
              en: 'Truly free schooling',
            },
            text: {
              fr: `Nous réduirons le nombre d’élèves par classe, recruterons et formerons des enseignant·es et revaloriserons leurs salaires. La gratuité de l’école deviendra réelle : cantine, fournitures, transports et activités périscolaires seront pris en charge. Nous reviendrons sur les réformes qui ont accentué le tri social, comme la sélection à l’entrée de l’université organisée par Parcoursup.`,
              en: `We will reduce class sizes, recruit and train teachers and raise their pay. Free schooling will become a reality: school meals, supplies, transport and after-school activities will be covered. We will reverse the reforms that have increased social sorting, such as the selection for university entrance organised through Parcoursup.`,
            },
          },
          {
            title: {
              fr: 'Un service public à moins de trente minutes',
              en: 'A public service within thirty minutes',
            },
            text: {
              fr: `Chaque habitant·e doit pouvoir accéder en moins de trente minutes aux services publics essentiels : bureau de poste, école, maternité ou centre de santé, gare ou transport public, services sociaux. Nous mettrons fin aux fermetures décidées selon des logiques comptables et rouvrirons des guichets tenus par des agent·es, car le tout-numérique exclut des millions de personnes.`,
              en: `Everyone should be able to reach essential public services within thirty minutes: post office, school, maternity unit or health centre, station or public transport, social services. We will stop closures decided on accounting grounds and reopen counters staffed by public employees, because digital-only services exclude millions of people.`,
            },
          },
        ],
      },
      {
        title: {
          fr: 'Sortir les biens communs du marché',
          en: 'Taking common goods out of the market',
        },
        measures: [
          {
            title: {
              fr: 'L’eau, un bien commun gratuit pour les premiers mètres cubes',
              en: 'Water as a common good, free for the first cubic metres',
            },
            text: {
              fr: `L’eau n’est pas une marchandise. Nous garantirons la **gratuité des premiers mètres cubes** indispensables à une vie digne, avec une tarification progressive pour les usages de confort. Nous accompagnerons le retour en régie publique des services d’eau et d’assainissement, et protégerons les nappes phréatiques contre les pollutions et l’accaparement.`,
              en: `Water is not a commodity. We will guarantee **free access to the first cubic metres** needed for a decent life, with progressive pricing for non-essential uses. We will support the return of water and sanitation services to public management, and protect groundwater from pollution and private appropriation.`,
            },
          },
          {
            title: {
              fr: 'Un pôle public de l’énergie',
              en: 'A public energy group',
            },
            text: {
              fr: `L’énergie est un besoin vital et un outil indispensable de la planification écologique. Nous transformerons EDF, désormais détenue à 100 % par l’État, en établissement public soustrait à la logique de rentabilité, et renationaliserons Engie pour constituer un **pôle public de l’énergie**. Nous garantirons un tarif réglementé et interdirons les coupures d’énergie dans les résidences principales toute l’année.`,
              en: `Energy is a vital need and an essential tool of ecological planning. We will turn EDF, now wholly owned by the state, into a public body free from the pursuit of profit, and renationalise Engie to create a **public energy group**. We will guarantee a regulated tariff and ban energy cut-offs in people’s main homes all year round.`,
            },
          },
          {
            title: {
              fr: 'Le droit au logement pour tou·tes',
              en: 'The right to housing for all',
            },
            text: {
              fr: `Nous construirons **200 000 logements publics par an**, aux normes écologiques les plus exigeantes, et généraliserons l’encadrement des loyers à la baisse dans les zones tendues. Nous appliquerons la loi de réquisition des logements vacants détenus par les grands propriétaires et garantirons qu’aucune expulsion n’ait lieu sans solution de relogement.`,
              en: `We will build **200,000 public homes a year** to the highest environmental standards, and extend rent controls that bring rents down in high-pressure areas. We will enforce the law on requisitioning empty homes owned by large landlords and ensure that no eviction takes place without rehousing.`,
            },
          },
        ],
      },
    ],
  },
  {
    number: 5,
    slug: 'egalite-reelle',
    themes: ['egalites'],
    title: {
      fr: 'L’égalité réelle',
      en: 'Real equality',
    },
    intro: {
      fr: `La République proclame l’égalité, mais la réalité reste marquée par les discriminations. Selon que l’on est une femme, que l’on porte un nom à consonance étrangère, que l’on vit avec un handicap ou que l’on est une personne LGBTI, les droits ne s’exercent pas de la même façon.

Nous voulons faire de l’égalité **une réalité concrète**, garantie par la loi et par des moyens.`,
      en: `The Republic proclaims equality, but reality is still marked by discrimination. Depending on whether you are a woman, have a foreign-sounding name, live with a disability or are LGBTI, rights are not exercised in the same way.

We want to make equality **a concrete reality**, guaranteed by law and backed by resources.`,
    },
    sections: [
      {
        title: {
          fr: 'Égalité entre les femmes et les hommes',
          en: 'Equality between women and men',
        },
        measures: [
          {
            title: {
              fr: 'L’égalité salariale, enfin',
              en: 'Equal pay at last',
            },
            text: {
              fr: `À poste égal, les femmes restent moins payées que les hommes, et l’écart est plus grand encore sur l’ensemble de la carrière. Nous sanctionnerons réellement les entreprises qui ne respectent pas l’égalité salariale, revaloriserons les métiers à prédominance féminine comme le soin, l’éducation et le nettoyage, et lutterons contre le temps partiel imposé.`,
              en: `For the same job, women are still paid less than men, and the gap is even wider over a whole career. We will genuinely penalise companies that fail to ensure equal pay, raise the value of female-dominated jobs such as care, education and cleaning, and fight imposed part-time work.`,
            },
          },
          {
            title: {
              fr: 'Un milliard d’euros contre les violences sexistes et sexuelles',
              en: 'One billion euros against sexist and sexual violence',
            },
            text: {
              fr: `En réponse aux alertes des associations féministes, nous consacrerons **au moins un milliard d’euros par an** à la lutte contre les violences faites aux femmes : hébergement d’urgence, formation des policier·es et des magistrat·es, juridictions spécialisées, soutien aux associations, et éducation à l’égalité et à la vie affective dès l’école.`,
              en: `In response to the warnings of feminist organisations, we will devote **at least one billion euros a year** to fighting violence against women: emergency housing, training for police officers and judges, specialised courts, support for associations, and education in equality and relationships from school onwards.`,
            },
          },
          {
            title: {
              fr: 'Un congé de naissance égal pour les deux parents',
              en: 'Equal birth leave for both parents',
            },
            text: {
              fr: `Pour partager réellement les tâches parentales et cesser de pénaliser la carrière des mères, nous créerons un congé de naissance de même durée pour chacun des deux parents, bien rémunéré et en partie obligatoire. Nous créerons aussi un service public de la petite enfance afin de garantir une solution d’accueil à chaque enfant.`,
              en: `To share parenting genuinely and stop penalising mothers’ careers, we will create birth leave of the same length for each parent, well paid and partly compulsory. We will also create a public early-childhood service to guarantee a childcare place for every child.`,
            },
          },
        ],
      },
      {
        title: {
          fr: 'Contre toutes les discriminations',
          en: 'Against all discrimination',
        },
        measures: [
          {
            title: {
              fr: 'En finir avec les contrôles au faciès',
              en: 'Ending racial profiling',
            },
            text: {
              fr: `Les contrôles d’identité discriminatoires humilient et abîment la relation entre la police et la population. Nous instaurerons un **récépissé** remis lors de chaque contrôle et indiquant son motif, et créerons une autorité indépendante chargée d’enquêter sur les manquements des forces de l’ordre. Nous renforcerons aussi les moyens du Défenseur des droits.`,
              en: `Discriminatory identity checks humiliate people and damage the relationship between the police and the public. We will introduce a **receipt** given at every check, stating its reason, and create an independent authority to investigate misconduct by law enforcement. We will also increase the resources of the Defender of Rights.`,
            },
          },
          {
            title: {
              fr: 'Garantir les droits des personnes LGBTI',
              en: 'Guaranteeing LGBTI rights',
            },
            text: {
              fr: `Nous permettrons le changement de la mention du sexe à l’état civil sur simple déclaration en mairie, libre et gratuit, et garantirons un accès effectif à la PMA pour toutes, sur tout le territoire. Nous interdirons les opérations non nécessaires sur les enfants intersexes et soutiendrons les associations qui accompagnent les jeunes LGBTI rejeté·es par leur famille.`,
              en: `We will allow people to change the sex recorded in their civil status by simple declaration at the town hall, freely and at no cost, and guarantee effective access to assisted reproduction for all women throughout the country. We will ban unnecessary surgery on intersex children and support associations helping LGBTI young people rejected by their families.`,
            },
          },
          {
            title: {
              fr: 'Le droit de vote des étranger·es aux élections locales',
              en: 'Votes for foreign residents in local elections',
            },
            text: {
              fr: `Les résident·es étranger·es qui vivent, travaillent et paient leurs impôts en France doivent pouvoir participer aux décisions de leur commune. Les citoyen·nes de l’Union européenne votent déjà aux élections municipales ; nous étendrons ce droit de vote aux élections locales à toutes et tous les étranger·es résidant régulièrement en France.`,
              en: `Foreign residents who live, work and pay taxes in France should be able to take part in the decisions of their town. Citizens of the European Union already vote in municipal elections; we will extend the right to vote in local elections to all foreign nationals legally resident in France.`,
            },
          },
          {
            title: {
              fr: 'Un pays accessible aux personnes handicapées',
              en: 'An accessible country for disabled people',
            },
            text: {
              fr: `Un demi-siècle après la loi d’orientation de 1975, trop de bâtiments, de transports et de services restent inaccessibles. Nous planifierons la mise en accessibilité avec des moyens et des sanctions réelles, porterons l’allocation aux adultes handicapés au niveau du seuil de pauvreté et garantirons un accompagnement humain à chaque élève qui en a besoin.`,
              en: `Half a century after the 1975 framework law on disability, too many buildings, transport systems and services remain inaccessible. We will plan accessibility work with real resources and penalties, raise the disabled adults’ allowance to the poverty line and guarantee human support for every pupil who needs it.`,
            },
          },
        ],
      },
    ],
  },
  {
    number: 6,
    slug: 'paix-et-independance',
    themes: ['international'],
    title: {
      fr: 'Une France indépendante au service de la paix',
      en: 'An independent France working for peace',
    },
    intro: {
      fr: `Guerres, crise climatique, exils forcés : les grands défis du siècle sont planétaires. La France doit y répondre par une **diplomatie indépendante**, fondée sur le droit international et la coopération entre les peuples, plutôt que par l’alignement sur une puissance ou la course aux armements.`,
      en: `Wars, the climate crisis, forced exile: the great challenges of the century are global. France must respond with an **independent diplomacy**, grounded in international law and cooperation between peoples, rather than alignment with a great power or an arms race.`,
    },
    sections: [
      {
        title: {
          fr: 'La paix par le droit international',
          en: 'Peace through international law',
        },
        measures: [
          {
            title: {
              fr: 'Quitter le commandement intégré de l’OTAN',
              en: 'Leaving NATO’s integrated command',
            },
            text: {
              fr: `La France a réintégré en 2009 le commandement militaire intégré de l’OTAN, qu’elle avait quitté en 1966. Cette décision l’aligne sur les choix stratégiques des États-Unis. Nous en sortirons à nouveau, puis organiserons un retrait progressif de l’alliance, au profit de coopérations de défense décidées souverainement et d’alliances au service de la paix.`,
              en: `In 2009 France rejoined NATO’s integrated military command, which it had left in 1966. That decision aligns it with the strategic choices of the United States. We will leave it again, then organise a gradual withdrawal from the alliance, in favour of sovereign defence cooperation and alliances that serve peace.`,
            },
          },
          {
            title: {
              fr: 'Faire de l’ONU le cadre du règlement des conflits',
              en: 'Making the UN the framework for resolving conflicts',
            },
            text: {
              fr: `Seule organisation universelle, l’ONU doit redevenir le cadre légitime de toute action internationale. Membre permanent du Conseil de sécurité, la France y défendra le règlement négocié des conflits, le respect des résolutions et la protection des populations civiles, et soutiendra la Cour pénale internationale pour que les crimes de guerre ne restent jamais impunis.`,
              en: `As the only universal organisation, the UN must once again be the legitimate framework for all international action. As a permanent member of the Security Council, France will defend negotiated settlements, respect for resolutions and the protection of civilians, and support the International Criminal Court so that war crimes never go unpunished.`,
            },
          },
          {
            title: {
              fr: 'Contrôler les ventes d’armes',
              en: 'Controlling arms sales',
            },
            text: {
              fr: `La France figure parmi les premiers exportateurs d’armes au monde. Nous soumettrons ces ventes au contrôle du Parlement et interdirons toute exportation vers des États qui violent le droit international humanitaire, conformément au traité sur le commerce des armes que la France a ratifié. Les industriels devront rendre compte de l’usage final de leurs matériels.`,
              en: `France is among the world’s leading arms exporters. We will put these sales under parliamentary scrutiny and ban all exports to states that violate international humanitarian law, in line with the Arms Trade Treaty that France has ratified. Manufacturers will have to account for the end use of their equipment.`,
            },
          },
        ],
      },
      {
        title: {
          fr: 'Une Europe et un monde solidaires',
          en: 'A Europe and a world built on solidarity',
        },
        measures: [
          {
            title: {
              fr: 'Désobéir aux règles européennes injustes',
              en: 'Disobeying unfair European rules',
            },
            text: {
              fr: `Les règles budgétaires et de concurrence des traités européens empêchent d’investir dans la bifurcation écologique et de protéger les services publics. Nous proposerons de les renégocier et, dans l’intervalle, nous n’appliquerons pas celles qui sont incompatibles avec nos engagements sociaux et écologiques et avec le mandat confié par le peuple.`,
              en: `The budget and competition rules of the European treaties prevent investment in the ecological shift and the protection of public services. We will propose renegotiating them and, in the meantime, we will not apply those that are incompatible with our social and environmental commitments and with the mandate given by the people.`,
            },
          },
          {
            title: {
              fr: 'Taxer la finance et annuler la dette des pays pauvres',
              en: 'Taxing finance and cancelling poor countries’ debt',
            },
            text: {
              fr: `Nous défendrons une véritable taxe internationale sur les transactions financières et l’annulation de la dette des pays les plus pauvres, dont beaucoup consacrent davantage au remboursement de leurs créanciers qu’à la santé ou à l’éducation. L’aide publique au développement sera portée à **0,7 % du revenu national brut**, objectif fixé par l’ONU depuis 1970.`,
              en: `We will champion a genuine international tax on financial transactions and the cancellation of the poorest countries’ debt, as many of them spend more on repaying creditors than on health or education. Official development assistance will be raised to **0.7% of gross national income**, the target set by the UN since 1970.`,
            },
          },
          {
            title: {
              fr: 'Accueillir dignement les exilé·es',
              en: 'Welcoming exiles with dignity',
            },
            text: {
              fr: `Personne ne quitte son pays par plaisir. Nous respecterons le droit d’asile, organiserons un accueil digne des personnes exilées et soutiendrons un mécanisme public de sauvetage en Méditerranée. Nous agirons sur les causes des départs (guerres, accords commerciaux inégaux, dérèglement climatique) et régulariserons les travailleur·euses sans papiers qui font tourner des secteurs entiers.`,
              en: `Nobody leaves their country for pleasure. We will uphold the right to asylum, organise a dignified welcome for exiles and support a public search-and-rescue mechanism in the Mediterranean. We will tackle the causes of departure (wars, unequal trade deals, climate breakdown) and regularise undocumented workers who keep whole industries running.`,
            },
          },
        ],
      },
    ],
  },
]
