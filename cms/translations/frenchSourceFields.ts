import type { Field } from 'payload'

/** The component that shows the French source under a field (see its file). */
export const frenchSourceComponent = '/cms/components/translations/FrenchSource#FrenchSource'

/** The fields a translator writes text in: the French source is shown under those. */
const textTypes = new Set<Field['type']>(['text', 'textarea', 'richText'])

type TextLikeField = Extract<Field, { type: 'text' | 'textarea' | 'richText' }>

const withSource = (field: TextLikeField): Field => {
  const afterInput = field.admin?.components?.afterInput ?? []
  if (afterInput.includes(frenchSourceComponent)) return field
  return {
    ...field,
    admin: { ...field.admin, components: { ...field.admin?.components, afterInput: [...afterInput, frenchSourceComponent] } },
  } as Field
}

/**
 * Adds the French source under every text field translated per language, however deep (arrays,
 * groups, tabs, rows, collapsibles, blocks), keeping the components already there. A field inside
 * a localized group or tab counts as localized; hidden fields are left alone.
 */
export const withFrenchSource = (fields: Field[], insideLocalized = false): Field[] =>
  fields.map((field): Field => {
    const localized = insideLocalized || ('localized' in field && field.localized === true)
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: withFrenchSource(tab.fields, localized || ('localized' in tab && tab.localized === true)),
        })),
      }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: withFrenchSource(block.fields, localized) })),
      }
    }
    if ('fields' in field) return { ...field, fields: withFrenchSource(field.fields, localized) } as Field
    if (!localized || !textTypes.has(field.type)) return field
    const textField = field as TextLikeField
    return textField.hidden || textField.admin?.hidden ? field : withSource(textField)
  })
