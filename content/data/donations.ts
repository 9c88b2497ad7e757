/**
 * Demo donations, so that a treasurer's dashboard and an organiser's group account show a month
 * of gifts on a fresh machine: invented people at example.org, dated days before the seed runs.
 * Seeded only where the demo accounts are (never on a real installation).
 */
export interface DonationSeed {
  daysAgo: number
  firstName: string
  lastName: string
  postcode: string
  city: string
  euros: number
  /** Euros per group slug; the rest goes to the national organisation. */
  shares?: Record<string, number>
  /** Refunded after it was paid (its shares reversed). */
  refunded?: boolean
}

export const demoDonations: DonationSeed[] = [
  {
    daysAgo: 29,
    firstName: 'Amina',
    lastName: 'Benali',
    postcode: '75020',
    city: 'Paris',
    euros: 30,
    shares: { 'paris-20e-belleville': 20 },
  },
  {
    daysAgo: 27,
    firstName: 'Julien',
    lastName: 'Moreau',
    postcode: '93200',
    city: 'Saint-Denis',
    euros: 50,
    shares: { 'saint-denis': 50 },
  },
  { daysAgo: 26, firstName: 'Claire', lastName: 'Fontaine', postcode: '69004', city: 'Lyon', euros: 100 },
  {
    daysAgo: 24,
    firstName: 'Yacine',
    lastName: 'Haddad',
    postcode: '13015',
    city: 'Marseille',
    euros: 20,
    shares: { 'marseille-quartiers-nord': 10 },
  },
  {
    daysAgo: 22,
    firstName: 'Sophie',
    lastName: 'Lambert',
    postcode: '75020',
    city: 'Paris',
    euros: 15,
    shares: { 'paris-20e-belleville': 15 },
  },
  {
    daysAgo: 21,
    firstName: 'Marc',
    lastName: 'Girard',
    postcode: '59800',
    city: 'Lille',
    euros: 40,
    shares: { 'lille-fives': 20, 'services-publics-en-lutte': 10 },
  },
  {
    daysAgo: 19,
    firstName: 'Inès',
    lastName: 'Carvalho',
    postcode: '93200',
    city: 'Saint-Denis',
    euros: 25,
    shares: { 'saint-denis': 10 },
    refunded: true,
  },
  { daysAgo: 17, firstName: 'Thomas', lastName: 'Leroy', postcode: '31100', city: 'Toulouse', euros: 60 },
  { daysAgo: 15, firstName: 'Léa', lastName: 'Nguyen', postcode: '44000', city: 'Nantes', euros: 10, shares: { 'nantes-centre': 10 } },
  {
    daysAgo: 13,
    firstName: 'Hugo',
    lastName: 'Petit',
    postcode: '38000',
    city: 'Grenoble',
    euros: 200,
    shares: { grenoble: 50, 'ecologie-populaire': 50 },
  },
  {
    daysAgo: 11,
    firstName: 'Fatou',
    lastName: 'Diop',
    postcode: '75020',
    city: 'Paris',
    euros: 35,
    shares: { 'paris-20e-belleville': 15, 'saint-denis': 10 },
  },
  { daysAgo: 9, firstName: 'Nicolas', lastName: 'Roux', postcode: '67000', city: 'Strasbourg', euros: 20, shares: { strasbourg: 20 } },
  {
    daysAgo: 7,
    firstName: 'Élodie',
    lastName: 'Marchand',
    postcode: '97400',
    city: 'Saint-Denis (La Réunion)',
    euros: 30,
    shares: { 'la-reunion-saint-denis': 30 },
  },
  {
    daysAgo: 5,
    firstName: 'Karim',
    lastName: 'Mansouri',
    postcode: '93200',
    city: 'Saint-Denis',
    euros: 45,
    shares: { 'saint-denis': 25 },
  },
  { daysAgo: 3, firstName: 'Pauline', lastName: 'Durand', postcode: '69004', city: 'Lyon', euros: 80, shares: { 'lyon-croix-rousse': 40 } },
  {
    daysAgo: 1,
    firstName: 'Samuel',
    lastName: 'Bernard',
    postcode: '75020',
    city: 'Paris',
    euros: 12,
    shares: { 'paris-20e-belleville': 12 },
  },
]
