import type { ServerProps } from 'payload'

import { languagesShownTo } from '../../translations/documentStatus'
import { translationsText } from '../../translations/messages'

/** In the admin's navigation, for staff who see translations: the link to the Translations dashboard. Server component. */
export function TranslationsNavLink({ i18n, payload, user }: ServerProps) {
  if (!payload || !i18n || languagesShownTo(user).length === 0) return null
  return (
    <a href={`${payload.config.routes.admin}/translations`} className="nav__link" style={{ display: 'block', paddingBlock: '0.25rem' }}>
      {translationsText(i18n.language)('navLink')}
    </a>
  )
}
