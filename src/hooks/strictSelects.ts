// Payload's own check of a select value looks only at strings and arrays: a number, a boolean or
// an object sent as a select value passes it and is stored (a `kind` of 5 became "5.0"). This
// plugin puts a type check in front of every select field's validation, in every collection and
// global, so the schema, not the shape of the client's JSON, decides what is accepted.
import type { Field, Plugin, SelectField } from 'payload'
import { validations } from 'payload'

type SelectValidate = (
  value: unknown,
  args: { req: { t: (key: string) => string } },
) => string | true | Promise<string | true>

/** The value's shape is right for the field: a string, or (hasMany) an array of strings. */
export const selectShapeIsValid = (value: unknown, hasMany: boolean): boolean => {
  if (value === undefined || value === null) return true
  if (hasMany) return Array.isArray(value) ? value.every((item) => typeof item === 'string') : typeof value === 'string'
  return typeof value === 'string'
}

const strict = (field: SelectField): SelectField => {
  const inner = (field.validate ?? validations.select) as unknown as SelectValidate
  const validate: SelectValidate = (value, args) => {
    if (!selectShapeIsValid(value, Boolean(field.hasMany))) return args.req.t('validation:invalidSelection')
    return inner(value, args)
  }
  return { ...field, validate: validate as unknown as SelectField['validate'] } as SelectField
}

const withStrictSelects = (fields: Field[]): Field[] =>
  fields.map((field) => {
    if (field.type === 'select') return strict(field)
    if (field.type === 'tabs')
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withStrictSelects(tab.fields) })) }
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) =>
          typeof block === 'string' ? block : { ...block, fields: withStrictSelects(block.fields) },
        ),
      }
    if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: withStrictSelects(field.fields) }
    return field
  })

export const strictSelects = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: withStrictSelects(collection.fields),
  })),
  globals: config.globals?.map((global) => ({ ...global, fields: withStrictSelects(global.fields) })),
})
