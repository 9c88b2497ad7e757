import type { AstroGlobal } from 'astro'

import { useTranslations } from '../i18n'
import type { Entry } from './content'
import type { LocaleCode } from '../../publication/locales'
import type { ResourcePageType } from '../../publication/registry'

/** The resource types that have a page each (layouts/Detail.astro), routed by resourceRoutes (routes.ts). */
export type DetailType = ResourcePageType

/** What a detail page renders from: its language, its strings, and its entry (`detailPage<'videos'>(Astro)`). */
export function detailPage<Type extends DetailType>(astro: Pick<AstroGlobal, 'params' | 'props'>) {
  const locale = astro.params.lang as LocaleCode
  return { locale, t: useTranslations(locale), entry: astro.props.entry as Entry<Type> }
}
