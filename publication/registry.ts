import type { CollectionSlug } from 'payload'

import { sheetKind, trainingKind, trainingLevel } from './schema'

/**
 * Every public content type, once: what the CMS, the snapshot, the site and search
 * derive their lists from. Adding a type starts here (docs/ARCHITECTURE.md has the checklist).
 */
interface PublicTypeDefinition {
  /** The CMS collection its documents are read from. */
  collection: CollectionSlug
  /** Its first path segment on the site, after the language: `/fr/<route>/…`. */
  route: string
  /** Written to the snapshot, one JSON file per type, for the site and search. */
  snapshot: boolean
  /** A resource: the fields every resource shares (title, summary, themes, picture, SEO) and its own (schema.ts). */
  resource: boolean
  /** One page per document, `/<lang>/<route>/<slug>/`; without, its documents are anchors in one page. */
  pages: boolean
  searchable: boolean
  /** The CMS gives its documents SEO fields (title, description, picture for social networks). */
  seo: boolean
  /** Other types' entries show parts of its documents (names, pictures, files): a change to one starts the incremental snapshot afresh. */
  referenced: boolean
  /** An index page with filters: a theme filter, and one per facet, its options in display order. */
  listing: { facets: Record<string, Facet> } | null
}

interface Facet {
  options: readonly string[]
  /** The group of the site's interface strings naming each option (`levels.beginner`). */
  labels: string
}

// The order is the snapshot's: media.json lists files type by type in it.
export const publicTypes = {
  themes: {
    collection: 'themes',
    route: 'themes',
    snapshot: true,
    resource: false,
    pages: true,
    searchable: false,
    seo: false,
    referenced: true,
    listing: null,
  },
  trainings: {
    collection: 'trainings',
    route: 'trainings',
    snapshot: true,
    resource: true,
    pages: true,
    searchable: true,
    seo: true,
    referenced: false,
    listing: {
      facets: {
        level: { options: trainingLevel.options, labels: 'levels' },
        kind: { options: trainingKind.options, labels: 'trainingKinds' },
      },
    },
  },
  videos: {
    collection: 'videos',
    route: 'videos',
    snapshot: true,
    resource: true,
    pages: true,
    searchable: true,
    seo: true,
    referenced: true,
    listing: { facets: {} },
  },
  infographics: {
    collection: 'infographics',
    route: 'infographics',
    snapshot: true,
    resource: true,
    pages: true,
    searchable: true,
    seo: true,
    referenced: false,
    listing: { facets: {} },
  },
  sheets: {
    collection: 'sheets',
    route: 'sheets',
    snapshot: true,
    resource: true,
    pages: true,
    searchable: true,
    seo: true,
    referenced: false,
    listing: { facets: { kind: { options: sheetKind.options, labels: 'sheetKinds' } } },
  },
  bibliographies: {
    collection: 'bibliographies',
    route: 'bibliographies',
    snapshot: true,
    resource: true,
    pages: true,
    searchable: true,
    seo: true,
    referenced: false,
    listing: { facets: {} },
  },
  faqs: {
    collection: 'faqs',
    route: 'faq',
    snapshot: true,
    resource: true,
    pages: false,
    searchable: true,
    seo: true,
    referenced: false,
    listing: null,
  },
  programme: {
    collection: 'programme',
    route: 'programme',
    snapshot: true,
    resource: true,
    pages: false,
    searchable: true,
    seo: true,
    referenced: false,
    listing: null,
  },
  // A gallery of its own (site/lib/tractGallery.ts), not a listing.
  tracts: {
    collection: 'tract-templates',
    route: 'tracts',
    snapshot: true,
    resource: false,
    pages: true,
    searchable: true,
    seo: false,
    referenced: false,
    listing: null,
  },
  // Only those marked downloadable: a page each, which search results link (the listing's pages move as visuals are added).
  visuals: {
    collection: 'visuals',
    route: 'visuals',
    snapshot: true,
    resource: true,
    pages: true,
    searchable: true,
    seo: false,
    referenced: true,
    listing: { facets: {} },
  },
  // The agenda and the group directory are pages of their own, with their own filters: not listings.
  events: {
    collection: 'events',
    route: 'events',
    snapshot: true,
    resource: false,
    pages: true,
    searchable: true,
    seo: false,
    referenced: false,
    listing: null,
  },
  // Events show their organisers' names.
  groups: {
    collection: 'action-groups',
    route: 'groups',
    snapshot: true,
    resource: false,
    pages: true,
    searchable: true,
    seo: false,
    referenced: true,
    listing: null,
  },
} as const satisfies Record<string, PublicTypeDefinition>

/**
 * CMS collections that only hold what public types show (downloads, tract artwork, the names of
 * event types): a change to one rebuilds the site, and starts the incremental snapshot afresh.
 */
export const supportCollections = ['files', 'tract-artwork', 'event-types'] as const satisfies readonly CollectionSlug[]

type PublicTypes = typeof publicTypes
export type PublicType = keyof PublicTypes
type Flag = { [Key in keyof PublicTypeDefinition]: PublicTypeDefinition[Key] extends boolean ? Key : never }[keyof PublicTypeDefinition]
/** The public types whose `flag` is true. */
export type TypeWhere<F extends Flag> = { [Type in PublicType]: PublicTypes[Type][F] extends true ? Type : never }[PublicType]

const allTypes = Object.keys(publicTypes) as PublicType[]
const typesWhere = <F extends Flag>(flag: F) =>
  allTypes.filter((type): type is TypeWhere<F> => (publicTypes[type] as PublicTypeDefinition)[flag])
const collectionsOf = <Type extends PublicType>(types: readonly Type[]) =>
  types.map((type): PublicTypes[Type]['collection'] => publicTypes[type].collection)

export const snapshotTypes = typesWhere('snapshot')
export type SnapshotType = TypeWhere<'snapshot'>
export type ResourceType = TypeWhere<'resource'>
export const searchableTypes = typesWhere('searchable')
export type SearchableType = TypeWhere<'searchable'>
/** Resources with a page each: what theme pages, the RSS feed and resource cards show. */
export type ResourcePageType = TypeWhere<'resource'> & TypeWhere<'pages'>
export const resourcePageTypes = allTypes.filter((type): type is ResourcePageType => publicTypes[type].resource && publicTypes[type].pages)

export type ListedType = { [Type in PublicType]: PublicTypes[Type]['listing'] extends null ? never : Type }[PublicType]
export const listedTypes = allTypes.filter((type): type is ListedType => publicTypes[type].listing !== null)
export type FacetName = { [Type in ListedType]: keyof PublicTypes[Type]['listing']['facets'] }[ListedType]
/** A listed type's facets beside the theme, in display order. */
export const facetsOf = (type: ListedType) => Object.entries(publicTypes[type].listing.facets) as [name: FacetName, Facet][]

export const isSearchable = (type: string): type is SearchableType => (searchableTypes as readonly string[]).includes(type)

/** The public type whose documents a CMS collection holds, if any (`action-groups` → `groups`). */
export const publicTypeOf = (collection: string): PublicType | undefined =>
  allTypes.find((type) => publicTypes[type].collection === collection)

/** The CMS collection a snapshot type is read from. */
export const sourceCollection = <Type extends PublicType>(type: Type): PublicTypes[Type]['collection'] => publicTypes[type].collection

/** CMS collections whose documents get SEO fields. */
export const seoCollections = collectionsOf(typesWhere('seo'))
/** CMS collections whose changes the site shows: a change rebuilds it. */
export const siteCollections = [...collectionsOf(snapshotTypes), ...supportCollections]
/** CMS collections whose versions are the incremental snapshot's basis: other types' entries show parts of their documents. */
export const referencedCollections = [...collectionsOf(typesWhere('referenced')), ...supportCollections]
