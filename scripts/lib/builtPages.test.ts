import { describe, expect, it } from 'vitest'

import {
  firstDifference,
  normalisePage,
  pageUrl,
  routeKind,
  samplePages,
  withoutAssetHashes,
  withoutIslandIds,
  withoutPreviewDigests,
  withoutScopeAttributes,
} from './builtPages'

describe('normalising a built page', () => {
  it('drops Vite content hashes from /_astro/ assets, in attributes and inline scripts alike', () => {
    expect(withoutAssetHashes('<script src="/_astro/page.Dx3kq1Zs.js"></script>')).toBe('<script src="/_astro/page.js"></script>')
    expect(withoutAssetHashes('component-url="/_astro/Search.B_1-aZ9q.js" import("/_astro/client.C0aBcDeF.js")')).toBe(
      'component-url="/_astro/Search.js" import("/_astro/client.js")',
    )
  })

  it('keeps names that carry no hash, and paths outside /_astro/', () => {
    expect(withoutAssetHashes('/_astro/fonts.css /media/photo.AbCdEfGh.jpg')).toBe('/_astro/fonts.css /media/photo.AbCdEfGh.jpg')
  })

  it('drops scoped-style attributes, with or without a value', () => {
    expect(withoutScopeAttributes('<nav class="breadcrumb" data-astro-cid-ab12cd34><a data-astro-cid-ef56="">x</a></nav>')).toBe(
      '<nav class="breadcrumb"><a>x</a></nav>',
    )
  })

  it('drops island ids, which hash the path of the checkout that built them', () => {
    expect(withoutIslandIds('<astro-island uid="Z1RQbGi" prefix="r1" component-url="/_astro/Search.js">')).toBe(
      '<astro-island uid="" prefix="r1" component-url="/_astro/Search.js">',
    )
  })

  it('sets stylesheets apart, inline or linked, and the CSP hashes of inline styles with them', () => {
    const page =
      "<head><meta http-equiv=\"content-security-policy\" content=\"script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-Xy+/9=' 'unsafe-inline'\">" +
      '<link rel="stylesheet" href="/_astro/Base.Dx3kq1Zs.css"><style>.a{color:red}</style><link rel="icon" href="/favicon.svg"></head>'
    expect(normalisePage(page)).toEqual({
      html:
        "<head><meta http-equiv=\"content-security-policy\" content=\"script-src 'self' 'sha256-abc='; style-src 'self' 'unsafe-inline'\">" +
        '<link rel="icon" href="/favicon.svg"></head>',
      styles: ['link /_astro/Base.css', 'style 28 bytes'],
      previews: [],
    })
  })

  it('sets tract preview digests aside, and lists the previews a page shows with them', () => {
    const page =
      '<img srcset="/media/tract-previews/481661975f8ce363f965-320.avif 320w, /media/tract-previews/481661975f8ce363f965-640.avif 640w">'
    expect(withoutPreviewDigests(page)).toBe('<img srcset="/media/tract-previews/320.avif 320w, /media/tract-previews/640.avif 640w">')
    expect(normalisePage(page).previews).toEqual([
      '/media/tract-previews/481661975f8ce363f965-320.avif',
      '/media/tract-previews/481661975f8ce363f965-640.avif',
    ])
  })

  it('makes a page equal to itself with its styles delivered another way', () => {
    const inline = '<html><head><style>.x{}</style></head><body><p class="lede" data-astro-cid-1a2b>Hi</p></body></html>'
    const linked = '<html><head><link rel="stylesheet" href="/_astro/index.AbCd1234.css"></head><body><p class="lede">Hi</p></body></html>'
    expect(normalisePage(inline).html).toBe(normalisePage(linked).html)
  })
})

describe('reporting', () => {
  it('says where two texts first differ', () => {
    expect(firstDifference('same', 'same')).toBeNull()
    expect(firstDifference('<p>one</p>', '<p>two</p>')).toBe('at 3: "<p>one</p>" ≠ "<p>two</p>"')
  })

  it('names pages by their URL', () => {
    expect(pageUrl('fr/trainings/intro/index.html')).toBe('/fr/trainings/intro/')
    expect(pageUrl('index.html')).toBe('/')
    expect(pageUrl('fr/404.html')).toBe('/fr/404.html')
  })
})

describe('choosing the pages to shoot', () => {
  it('groups pages by route kind, slugs aside', () => {
    expect(routeKind('/fr/')).toBe('fr home')
    expect(routeKind('/fr/videos/')).toBe('fr videos')
    expect(routeKind('/ar/videos/a-slug/')).toBe('ar videos/*')
    expect(routeKind('/fr/trainings/filter/kind-course/')).toBe('fr trainings/filter')
    expect(routeKind('/fr/visuals/filter/page-2/')).toBe('fr visuals/filter')
    expect(routeKind('/fr/trainings/intro/lesson-1/')).toBe('fr trainings/*/*')
    expect(routeKind('/404.html')).toBe('404.html')
  })

  it('takes the first page of each kind in the languages asked for, and the root pages', () => {
    const urls = ['/fr/videos/b/', '/fr/videos/a/', '/en/videos/a/', '/ar/videos/a/', '/fr/', '/', '/404.html', '/fr/404.html']
    expect(samplePages(urls, ['fr', 'ar'])).toEqual(['/', '/404.html', '/ar/videos/a/', '/fr/', '/fr/404.html', '/fr/videos/a/'])
  })
})
