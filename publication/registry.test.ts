import { describe, expect, it } from 'vitest'
import type { z } from 'zod'

import {
  facetsOf,
  listedTypes,
  publicTypeOf,
  publicTypes,
  referencedCollections,
  resourcePageTypes,
  searchableTypes,
  seoCollections,
  siteCollections,
  snapshotTypes,
} from './registry'
import { snapshotSchema } from './schema'

const types = Object.keys(publicTypes) as (keyof typeof publicTypes)[]

describe('registry of public types', () => {
  it('gives every snapshot type a schema', () => {
    for (const type of snapshotTypes) expect(snapshotSchema(type).shape, type).toHaveProperty('slug')
  })

  it('gives every resource the fields resources share', () => {
    for (const type of snapshotTypes.filter((type) => publicTypes[type].resource)) {
      for (const field of ['title', 'summary', 'themes', 'seo', 'image']) expect(snapshotSchema(type).shape, type).toHaveProperty(field)
    }
  })

  it('names distinct CMS collections and routes', () => {
    expect(new Set(types.map((type) => publicTypes[type].collection)).size).toBe(types.length)
    expect(new Set(types.map((type) => publicTypes[type].route)).size).toBe(types.length)
  })

  it('makes searchable, listed and SEO types snapshot types with a route', () => {
    const exported = new Set<string>(snapshotTypes)
    for (const type of [...searchableTypes, ...listedTypes, ...types.filter((type) => publicTypes[type].seo)]) {
      expect(exported.has(type), type).toBe(true)
      expect(publicTypes[type].route, type).toMatch(/^[a-z-]+$/)
    }
  })

  it('gives SEO fields only to types whose pages the public sees', () => {
    for (const type of types.filter((type) => publicTypes[type].seo)) expect(publicTypes[type].searchable, type).toBe(true)
  })

  it('offers as facet options exactly the values the schema allows', () => {
    for (const type of listedTypes) {
      const { shape } = snapshotSchema(type)
      for (const [name, facet] of facetsOf(type)) {
        const field = (shape as Record<string, z.ZodType>)[name] as z.ZodEnum | undefined
        expect(field?.options, `${type}.${name}`).toEqual(facet.options)
      }
    }
  })

  it('gives the agenda and the group directory pages of their own: no listing, no resource page, no SEO fields', () => {
    for (const type of ['events', 'groups'] as const) {
      expect(listedTypes, type).not.toContain(type)
      expect(resourcePageTypes, type).not.toContain(type)
      expect(seoCollections, type).not.toContain(publicTypes[type].collection)
    }
  })

  it('gives downloadable visuals a page each, which search results link (a listing page moves as visuals are added)', () => {
    expect(resourcePageTypes).toContain('visuals')
    expect(searchableTypes).toContain('visuals')
  })

  it('finds the public type of a CMS collection', () => {
    expect(publicTypeOf('action-groups')).toBe('groups')
    expect(publicTypeOf('tract-templates')).toBe('tracts')
    expect(publicTypeOf('registrations')).toBeUndefined()
  })

  it('maps events afresh when a group or an event type they name changes', () => {
    expect(referencedCollections).toEqual(expect.arrayContaining(['action-groups', 'event-types']))
  })

  it('rebuilds the site on a change to any collection it shows', () => {
    for (const type of snapshotTypes) expect(siteCollections).toContain(publicTypes[type].collection)
    for (const collection of [...seoCollections, ...referencedCollections]) expect(siteCollections).toContain(collection)
  })
})
