import type { EventTypeSeed } from '../types'

/** The kinds of event the agenda filters by: a list editors keep, named in every language. */
export const eventTypes: EventTypeSeed[] = [
  {
    slug: 'reunion-publique',
    order: 1,
    name: {
      fr: 'Réunion publique',
      en: 'Public meeting',
      es: 'Reunión pública',
      de: 'Öffentliche Versammlung',
      it: 'Assemblea pubblica',
      pt: 'Reunião pública',
      ar: 'اجتماع عام',
    },
  },
  {
    slug: 'action-de-rue',
    order: 2,
    name: {
      fr: 'Action de rue',
      en: 'Street action',
      es: 'Acción en la calle',
      de: 'Straßenaktion',
      it: 'Azione in strada',
      pt: 'Ação de rua',
      ar: 'نشاط في الشارع',
    },
  },
  {
    slug: 'porte-a-porte',
    order: 3,
    name: {
      fr: 'Porte-à-porte',
      en: 'Door-to-door',
      es: 'Puerta a puerta',
      de: 'Haustürgespräche',
      it: 'Porta a porta',
      pt: 'Porta a porta',
      ar: 'زيارات من باب إلى باب',
    },
  },
  {
    slug: 'formation',
    order: 4,
    name: {
      fr: 'Session de formation',
      en: 'Training session',
      es: 'Sesión de formación',
      de: 'Schulung',
      it: 'Sessione di formazione',
      pt: 'Sessão de formação',
      ar: 'دورة تدريبية',
    },
  },
  {
    slug: 'rassemblement',
    order: 5,
    name: {
      fr: 'Rassemblement',
      en: 'Rally',
      es: 'Concentración',
      de: 'Kundgebung',
      it: 'Presidio',
      pt: 'Concentração',
      ar: 'تجمّع',
    },
  },
  {
    slug: 'reunion-en-ligne',
    order: 6,
    name: {
      fr: 'Réunion en ligne',
      en: 'Online meeting',
      es: 'Reunión en línea',
      de: 'Online-Treffen',
      it: 'Riunione online',
      pt: 'Reunião online',
      ar: 'اجتماع عبر الإنترنت',
    },
  },
]
