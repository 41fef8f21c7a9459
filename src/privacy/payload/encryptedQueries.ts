// Where-queries and sorts on encrypted fields (issue #13): equality goes through the keyed hash,
// anything else is a 400. Someone whose field access hides the value gets Payload's own refusal
// of the path, so a hash can never be used to test a guess at a name they may not read.
import type { CollectionBeforeOperationHook, CollectionSlug, FieldAccess, Where } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { blindIndex } from '@/privacy/rules/envelope'
import { EncryptedQueryError, mentionsFields, rewriteEncryptedWhere } from '@/privacy/rules/encryptedWhere'
import { hashFieldOf } from './encryptedFields'
import { indexKey } from './keyring'

type Options = {
  slug: CollectionSlug
  fields: string[]
  hashed: string[]
  readAccess: Record<string, FieldAccess | undefined>
}

const sortsBy = (sort: unknown, fields: string[]): string | undefined => {
  let list: unknown[] = []
  if (Array.isArray(sort)) list = sort
  else if (typeof sort === 'string') list = sort.split(',')
  const keys = list.map((key) => String(key).trim().replace(/^-/, ''))
  return keys.find((key) => fields.includes(key))
}

export const encryptedQueries =
  ({ slug, fields, hashed, readAccess }: Options): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (!['read', 'count', 'update', 'delete'].includes(operation)) return args
    const query = args as { where?: Where; sort?: unknown; overrideAccess?: boolean }
    const language = pickLanguage(req.i18n?.language)
    const sorted = sortsBy(query.sort, fields)
    if (sorted)
      throw new CodedError('encrypted-field-query', 400, language, { field: sorted, operator: 'sort' }, sorted)
    if (!query.where || !mentionsFields(query.where, fields)) return args
    // REST and GraphQL leave it unset (access applies); the Local API sets it true by default.
    if (!query.overrideAccess) {
      for (const field of fields) {
        const access = readAccess[field]
        // Payload refuses the path itself for those who may not read it.
        if (access && mentionsFields(query.where, [field]) && !(await access({ req }))) return args
      }
    }
    try {
      query.where = (await rewriteEncryptedWhere(query.where, fields, async (field, values) => {
        if (!hashed.includes(field)) throw new EncryptedQueryError(field, 'equals')
        const key = await indexKey(req.payload)
        const found = await req.payload.db.find({
          collection: slug,
          where: { [hashFieldOf(field)]: { in: values.map((value) => blindIndex(key, `${slug}.${field}`, value)) } },
          pagination: false,
          req,
        })
        return found.docs.map((doc) => doc.id)
      })) as Where
    } catch (error) {
      if (error instanceof EncryptedQueryError)
        throw new CodedError(
          'encrypted-field-query',
          400,
          language,
          { field: error.field, operator: error.operator },
          error.field,
        )
      throw error
    }
    return args
  }
