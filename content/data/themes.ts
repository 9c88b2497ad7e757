import type { ThemeSeed } from '../types'

/**
 * The eight themes used to classify every resource of the hub.
 * Colours are dark enough to carry white text (contrast ratio ≥ 4.5:1 with #ffffff).
 */
export const themes: ThemeSeed[] = [
  {
    slug: 'ecologie',
    name: {
      fr: 'Écologie et planification écologique',
      en: 'Ecology and ecological planning',
      es: 'Ecología y planificación ecológica',
      de: 'Ökologie und ökologische Planung',
    },
    description: {
      fr: 'Climat, énergie, biodiversité, eau, agriculture : organiser la bifurcation écologique par la planification démocratique et la règle verte, sans laisser personne sur le bord du chemin.',
      en: 'Climate, energy, biodiversity, water and farming: organising the ecological transition through democratic planning and the “green rule”, leaving no one behind.',
      es: 'Clima, energía, biodiversidad, agua y agricultura: organizar la bifurcación ecológica mediante la planificación democrática y la «regla verde», sin dejar a nadie atrás.',
      de: 'Klima, Energie, Artenvielfalt, Wasser und Landwirtschaft: den ökologischen Umbau durch demokratische Planung und die „grüne Regel“ gestalten, ohne jemanden zurückzulassen.',
    },
    colour: '#1d6b3a',
  },
  {
    slug: 'democratie',
    name: {
      fr: 'Démocratie et 6e République',
      en: 'Democracy and the Sixth Republic',
      es: 'Democracia y VI República',
      de: 'Demokratie und Sechste Republik',
    },
    description: {
      fr: 'Comprendre les institutions de la Ve République et ce qui les bloque, pour défendre une Assemblée constituante, le référendum d’initiative citoyenne et de nouveaux droits pour le peuple.',
      en: 'Understanding the institutions of the Fifth Republic and what blocks them, in order to argue for a constituent assembly, the citizens’ initiative referendum and new rights for the people.',
      es: 'Entender las instituciones de la V República y lo que las bloquea, para defender una Asamblea constituyente, el referéndum de iniciativa ciudadana y nuevos derechos para el pueblo.',
      de: 'Die Institutionen der Fünften Republik und ihre Blockaden verstehen, um für eine verfassunggebende Versammlung, das Bürgerinitiativ-Referendum und neue Rechte für das Volk einzutreten.',
    },
    colour: '#5a2d82',
  },
  {
    slug: 'economie-travail',
    name: {
      fr: 'Économie, travail et salaires',
      en: 'Economy, work and wages',
      es: 'Economía, trabajo y salarios',
    },
    description: {
      fr: 'Salaires, retraites, fiscalité, dette publique : les clés pour décrypter les discours économiques dominants et défendre le partage des richesses.',
      en: 'Wages, pensions, taxation and public debt: the keys to decoding mainstream economic discourse and making the case for sharing wealth.',
      es: 'Salarios, pensiones, fiscalidad y deuda pública: las claves para descifrar los discursos económicos dominantes y defender el reparto de la riqueza.',
    },
    colour: '#b0261e',
  },
  {
    slug: 'services-publics',
    name: {
      fr: 'Services publics, santé, éducation',
      en: 'Public services, health and education',
      es: 'Servicios públicos, sanidad y educación',
    },
    description: {
      fr: 'Hôpital, école, Sécurité sociale, transports, énergie : défendre et reconstruire les services publics, patrimoine de celles et ceux qui n’en ont pas.',
      en: 'Hospitals, schools, social security, transport and energy: defending and rebuilding public services, the common wealth of those who have none.',
      es: 'Hospitales, escuela, seguridad social, transporte y energía: defender y reconstruir los servicios públicos, patrimonio de quienes no tienen patrimonio.',
    },
    colour: '#1f4f8f',
  },
  {
    slug: 'egalites',
    name: {
      fr: 'Égalités et lutte contre les discriminations',
      en: 'Equality and the fight against discrimination',
      es: 'Igualdad y lucha contra las discriminaciones',
    },
    description: {
      fr: 'Égalité femmes-hommes, lutte contre le racisme, l’antisémitisme, les LGBTIphobies et le validisme : l’égalité des droits ne se négocie pas.',
      en: 'Gender equality and the fight against racism, antisemitism, anti-LGBTI hatred and ableism: equal rights are not up for negotiation.',
      es: 'Igualdad entre mujeres y hombres, lucha contra el racismo, el antisemitismo, la LGTBIfobia y el capacitismo: la igualdad de derechos no se negocia.',
    },
    colour: '#9c1d5c',
  },
  {
    slug: 'international',
    name: {
      fr: 'Paix et relations internationales',
      en: 'Peace and international relations',
      es: 'Paz y relaciones internacionales',
      de: 'Frieden und internationale Beziehungen',
    },
    description: {
      fr: 'Une France indépendante et altermondialiste, au service de la paix, du droit international et de la coopération entre les peuples.',
      en: 'An independent, alter-globalist France working for peace, international law and cooperation between peoples.',
      es: 'Una Francia independiente y altermundialista, al servicio de la paz, del derecho internacional y de la cooperación entre los pueblos.',
      de: 'Ein unabhängiges, globalisierungskritisches Frankreich im Dienst des Friedens, des Völkerrechts und der Zusammenarbeit zwischen den Völkern.',
    },
    colour: '#0c6570',
  },
  {
    slug: 'medias-numerique',
    name: {
      fr: 'Médias et numérique',
      en: 'Media and digital',
      es: 'Medios y mundo digital',
    },
    description: {
      fr: 'Concentration des médias, fabrique de l’information, réseaux sociaux et libertés numériques : comprendre pour mieux s’en servir et s’en défendre.',
      en: 'Media ownership, how news is made, social networks and digital freedoms: understanding them to use them better and protect ourselves.',
      es: 'Concentración de los medios, fabricación de la información, redes sociales y libertades digitales: entender para usarlos mejor y protegerse.',
    },
    colour: '#37474f',
  },
  {
    slug: 'militer',
    name: {
      fr: 'S’organiser et agir',
      en: 'Organise and take action',
      es: 'Organizarse y actuar',
    },
    description: {
      fr: 'Prendre la parole, animer un groupe d’action, tenir une table, faire du porte-à-porte : les savoir-faire pratiques de l’action militante.',
      en: 'Public speaking, running an action group, staffing a market stall, door-to-door canvassing: the practical know-how of activism.',
      es: 'Hablar en público, animar un grupo de acción, montar una mesa en el mercado, hacer puerta a puerta: los saberes prácticos de la militancia.',
    },
    colour: '#b4410b',
  },
]
