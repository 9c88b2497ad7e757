import type { I18n, I18nClient } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'

import { adminDateFormat, adminTimeZone } from './adminDates'

/**
 * A date as the admin shows it, through Payload's own formatter (the list's and the document's),
 * in the editor's language: the same text on the dashboard, in a list and in a document.
 */
export const formatAdminDate = (date: Date | string, i18n: I18n<unknown, unknown> | I18nClient<unknown>): string =>
  formatDate({ date, i18n, pattern: adminDateFormat, timezone: adminTimeZone })
