import type { CollectionConfig } from 'payload'

import { admins, adminsField, adminsOrSelf } from '../../access/admins'
import { type Role, roles } from '../../access/roles'
import { env } from '../../../env'
import { hubT } from '../../i18n/hubT'
import { locales } from '../../../publication/locales'
import { settingsGroup } from '../shared'
import { limitLoginsAndPasswordResets, trustDeviceOnLogin } from './hooks/loginLimits'

const roleLabels: Record<Role, { fr: string; en: string }> = {
  admin: { fr: 'Administration', en: 'Admin' },
  editor: { fr: 'Édition', en: 'Editor' },
  translator: { fr: 'Traduction', en: 'Translator' },
  organiser: { fr: 'Animation de groupe', en: 'Group organiser' },
  treasurer: { fr: 'Trésorerie', en: 'Treasurer' },
}

/** Staff accounts. Only admins manage them; everyone may edit their own name and password. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { fr: 'Compte', en: 'User' }, plural: { fr: 'Comptes', en: 'Users' } },
  auth: {
    // Payload's own lock is per account, so anyone could lock a person out: failed logins are
    // limited per address and per device instead (hooks/loginLimits.ts). It stays enabled (its
    // columns are in the schema) at a count no one reaches.
    maxLoginAttempts: Number.MAX_SAFE_INTEGER,
    lockTime: 10 * 60 * 1000,
    // Over https the session cookie never travels in clear; plain http stays usable on a developer's machine.
    cookies: { secure: new URL(env.serverUrl).protocol === 'https:', sameSite: 'Lax' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: settingsGroup },
  hooks: { beforeOperation: [limitLoginsAndPasswordResets], afterLogin: [trustDeviceOnLogin] },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    read: adminsOrSelf,
    create: admins,
    update: adminsOrSelf,
    delete: admins,
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      access: { create: adminsField, update: adminsField },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      label: { fr: 'Rôle', en: 'Role' },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      access: { create: adminsField, update: adminsField },
      options: locales.map((locale) => ({ value: locale.code, label: locale.label })),
      label: { fr: 'Langues de traduction', en: 'Translation languages' },
      admin: { condition: (_, sibling) => sibling.role === 'translator' },
      validate: (
        value: string[] | null | undefined,
        { req, siblingData }: { req: Parameters<typeof hubT>[0]; siblingData: { role?: Role } },
      ) => siblingData.role !== 'translator' || (value?.length ?? 0) > 0 || hubT(req, 'translatorNeedsLocales'),
    },
    {
      // What an organiser may act on (cms/access/organisers.ts): their groups' events and registrations.
      name: 'groups',
      type: 'relationship',
      relationTo: 'action-groups',
      hasMany: true,
      access: { create: adminsField, update: adminsField },
      label: { fr: 'Groupes animés', en: 'Groups organised' },
      admin: { condition: (_, sibling) => sibling.role === 'organiser' },
      validate: (value: unknown, { req, siblingData }: { req: Parameters<typeof hubT>[0]; siblingData: { role?: Role } }) =>
        siblingData.role !== 'organiser' || (Array.isArray(value) && value.length > 0) || hubT(req, 'organiserNeedsGroups'),
    },
  ],
}
