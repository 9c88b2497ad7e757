import type { ActionGroupSeed } from '../types'

/**
 * Demo action groups: ten local ones in ten departments (La Réunion included, for a time zone
 * other than Paris's) and two thematic ones. Contact addresses are the groups' own, at example.org.
 */
export const actionGroups: ActionGroupSeed[] = [
  {
    slug: 'paris-20e-belleville',
    name: 'Paris 20e – Belleville',
    kind: 'local',
    place: { city: 'Paris', postcode: '75020', department: '75', latitude: 48.8716, longitude: 2.385 },
    themes: ['democratie', 'egalites'],
    contactEmail: 'paris20@example.org',
    socialLinks: [{ label: 'Mastodon', url: 'https://mastodon.example.org/@paris20' }],
    description: {
      fr: 'Le groupe se retrouve chaque mardi soir au café associatif de la rue des Envierges. **Porte-à-porte dans les cités du quartier, tables sur le marché de Belleville, réunions publiques** : chacun·e vient avec le temps qu’il ou elle a.\n\nNous menons en ce moment une campagne pour les droits des locataires face aux hausses de charges.',
      en: 'The group meets every Tuesday evening at the community café on rue des Envierges. **Door-to-door in the estates of the neighbourhood, stalls at the Belleville market, public meetings**: everyone brings the time they have.\n\nWe are currently running a campaign for tenants’ rights in the face of rising service charges.',
      es: 'El grupo se reúne todos los martes por la tarde en el café asociativo de la calle des Envierges. **Puerta a puerta en los barrios, mesas en el mercado de Belleville, reuniones públicas**: cada persona aporta el tiempo que tiene.\n\nAhora mismo llevamos una campaña por los derechos de los inquilinos frente a la subida de los gastos de comunidad.',
    },
  },
  {
    slug: 'saint-denis',
    name: 'Saint-Denis',
    kind: 'local',
    place: { city: 'Saint-Denis', postcode: '93200', department: '93', latitude: 48.9362, longitude: 2.3574 },
    themes: ['services-publics', 'egalites'],
    contactEmail: 'saint-denis@example.org',
    description: {
      fr: 'À Saint-Denis, le groupe défend l’hôpital Delafontaine, les écoles du centre-ville et les lignes de bus que l’on veut supprimer. Nous organisons des réunions d’immeuble et une permanence tous les samedis matin devant la basilique.',
      en: 'In Saint-Denis, the group stands up for Delafontaine hospital, the town-centre schools and the bus routes that are threatened with closure. We hold meetings in residential blocks and a stall every Saturday morning outside the basilica.',
      ar: 'في سان دوني، يدافع الفريق عن مستشفى دولافونتين وعن مدارس وسط المدينة وعن خطوط الحافلات المهدَّدة بالإلغاء. ننظّم لقاءات داخل العمارات، ونلتقي بالسكان كل يوم سبت صباحًا أمام الكاتدرائية.',
    },
  },
  {
    slug: 'lyon-croix-rousse',
    name: 'Lyon – Croix-Rousse',
    kind: 'local',
    place: { city: 'Lyon', postcode: '69004', department: '69', latitude: 45.7745, longitude: 4.832 },
    themes: ['ecologie', 'economie-travail'],
    contactEmail: 'lyon-croixrousse@example.org',
    socialLinks: [{ label: 'PeerTube', url: 'https://videos.example.org/c/lyon-croixrousse' }],
    description: {
      fr: 'Sur les pentes et le plateau, le groupe travaille sur la planification écologique concrète : rénovation des logements, transports en commun, circuits courts. Nous proposons aussi chaque mois une formation ouverte aux nouveaux et nouvelles.',
      en: 'On the slopes and the plateau, the group works on ecological planning in practice: insulating homes, public transport, short supply chains. Every month we also run a training session open to newcomers.',
      es: 'En las cuestas y en la meseta, el grupo trabaja sobre la planificación ecológica en concreto: rehabilitación de viviendas, transporte público, circuitos cortos. Cada mes proponemos además una formación abierta a quienes acaban de llegar.',
    },
  },
  {
    slug: 'marseille-quartiers-nord',
    name: 'Marseille – Quartiers Nord',
    kind: 'local',
    place: { city: 'Marseille', postcode: '13015', department: '13', latitude: 43.3596, longitude: 5.3626 },
    themes: ['services-publics', 'egalites'],
    contactEmail: 'marseille-nord@example.org',
    description: {
      fr: 'Le groupe des 14e et 15e arrondissements se bat pour des écoles rénovées, des transports qui desservent enfin les quartiers nord et l’accès aux soins. Nous tenons une table chaque vendredi au marché de Saint-Antoine.',
      en: 'The group for the 14th and 15th arrondissements fights for renovated schools, public transport that finally serves the northern districts, and access to healthcare. We have a stall every Friday at the Saint-Antoine market.',
      ar: 'يناضل فريق الدائرتين الرابعة عشرة والخامسة عشرة من أجل مدارس مرمَّمة، ونقل عام يخدم الأحياء الشمالية أخيرًا، والحق في العلاج. نلقاكم كل يوم جمعة في سوق سان أنطوان.',
    },
  },
  {
    slug: 'lille-fives',
    name: 'Lille – Fives',
    kind: 'local',
    place: { city: 'Lille', postcode: '59800', department: '59', latitude: 50.631, longitude: 3.088 },
    themes: ['economie-travail'],
    contactEmail: 'lille-fives@example.org',
    description: {
      fr: 'Dans l’ancien quartier ouvrier de Fives, le groupe soutient les salarié·es en lutte et parle salaires, retraites et logement avec les habitant·es, sur le marché de Wazemmes comme au pied des immeubles.',
      en: 'In the old working-class district of Fives, the group supports workers in dispute and talks wages, pensions and housing with residents, at the Wazemmes market as well as at the foot of the tower blocks.',
    },
  },
  {
    slug: 'toulouse-mirail',
    name: 'Toulouse – Mirail',
    kind: 'local',
    place: { city: 'Toulouse', postcode: '31100', department: '31', latitude: 43.575, longitude: 1.402 },
    themes: ['services-publics', 'democratie'],
    contactEmail: 'toulouse-mirail@example.org',
    description: {
      fr: 'Étudiant·es de l’université Jean-Jaurès et habitant·es du Mirail : le groupe organise des porte-à-porte, des ciné-débats et des réunions sur la VIe République.',
      en: 'Students from Jean-Jaurès university and residents of Le Mirail: the group organises door-to-door canvassing, film debates and meetings about a Sixth Republic.',
      es: 'Estudiantes de la universidad Jean-Jaurès y vecinos del Mirail: el grupo organiza puerta a puerta, cinefórums y reuniones sobre la VI República.',
    },
  },
  {
    slug: 'nantes-centre',
    name: 'Nantes Centre',
    kind: 'local',
    place: { city: 'Nantes', postcode: '44000', department: '44', latitude: 47.2184, longitude: -1.5536 },
    themes: ['ecologie'],
    contactEmail: 'nantes@example.org',
    description: {
      fr: 'Vélo, eau, terres agricoles : le groupe nantais porte l’écologie populaire dans les quartiers et sur les bords de Loire. Réunion de groupe un jeudi sur deux à la Maison des associations.',
      en: 'Cycling, water, farmland: the Nantes group takes grassroots ecology into the neighbourhoods and along the Loire. Group meeting every other Thursday at the Maison des associations.',
    },
  },
  {
    slug: 'grenoble',
    name: 'Grenoble',
    kind: 'local',
    place: { city: 'Grenoble', postcode: '38000', department: '38', latitude: 45.1885, longitude: 5.7245 },
    themes: ['ecologie', 'democratie'],
    contactEmail: 'grenoble@example.org',
    description: {
      fr: 'Entre montagnes et vallées, le groupe grenoblois s’intéresse à l’eau en régie publique, à la qualité de l’air et aux assemblées citoyennes. Nous accueillons volontiers les personnes qui n’ont jamais milité.',
      en: 'Between the mountains and the valleys, the Grenoble group works on publicly run water, air quality and citizens’ assemblies. People who have never been activists before are very welcome.',
    },
  },
  {
    slug: 'strasbourg',
    name: 'Strasbourg',
    kind: 'local',
    place: { city: 'Strasbourg', postcode: '67000', department: '67', latitude: 48.5734, longitude: 7.7521 },
    themes: ['international', 'democratie'],
    contactEmail: 'strasbourg@example.org',
    description: {
      fr: 'À deux pas du Parlement européen, le groupe strasbourgeois suit les traités de libre-échange et travaille avec des collectifs de l’autre côté du Rhin.',
      en: 'A stone’s throw from the European Parliament, the Strasbourg group follows free-trade treaties and works with groups on the other side of the Rhine.',
      de: 'Nur wenige Schritte vom Europäischen Parlament entfernt verfolgt die Straßburger Gruppe die Freihandelsabkommen und arbeitet mit Initiativen auf der anderen Rheinseite zusammen.',
    },
  },
  {
    slug: 'la-reunion-saint-denis',
    name: 'La Réunion – Saint-Denis',
    kind: 'local',
    place: { city: 'Saint-Denis', postcode: '97400', department: '974', latitude: -20.8823, longitude: 55.4504 },
    themes: ['services-publics', 'egalites'],
    contactEmail: 'reunion@example.org',
    description: {
      fr: 'Vie chère, eau potable, emploi des jeunes : le groupe de Saint-Denis de La Réunion fait entendre la voix des Outre-mer. Nos réunions se tiennent en français et en créole.',
      en: 'The high cost of living, drinking water, jobs for young people: the Saint-Denis group in La Réunion makes the voice of the overseas territories heard. Our meetings are held in French and in Creole.',
    },
  },
  {
    slug: 'ecologie-populaire',
    name: 'Écologie populaire',
    kind: 'thematic',
    themes: ['ecologie'],
    contactEmail: 'ecologie-populaire@example.org',
    socialLinks: [{ label: 'Mastodon', url: 'https://mastodon.example.org/@ecologiepopulaire' }],
    description: {
      fr: 'Ce groupe thématique réunit partout en France des militant·es qui veulent relier fin du monde et fin du mois. Il prépare des fiches, des formations en ligne et appuie les groupes locaux qui montent une action sur le climat.',
      en: 'This thematic group brings together activists all over France who want to link the end of the world with the end of the month. It prepares fact sheets and online training sessions, and backs local groups setting up climate actions.',
      es: 'Este grupo temático reúne, en toda Francia, a militantes que quieren unir el fin del mundo y el fin de mes. Prepara fichas y formaciones en línea, y apoya a los grupos locales que organizan acciones por el clima.',
    },
  },
  {
    slug: 'services-publics-en-lutte',
    name: 'Services publics en lutte',
    kind: 'thematic',
    themes: ['services-publics'],
    contactEmail: 'services-publics@example.org',
    description: {
      fr: 'Soignant·es, enseignant·es, cheminot·es, agent·es des finances publiques et usager·es : le groupe thématique met en lien celles et ceux qui défendent les services publics et co-organise des rassemblements avec les groupes locaux.',
      en: 'Health workers, teachers, railway workers, tax office staff and the people they serve: the thematic group connects those who defend public services and co-organises rallies with local groups.',
    },
  },
]
