// Checks a REST request's query string (and the form body of a method-override GET, which
// Payload reads as one) against src/http/queryRules.ts before Payload sees it, with the field
// kinds taken from the collection's config so a date filter gets a date.
import type { RequestHandler } from 'express'
import type { FlattenedField, Payload } from 'payload'
import * as qs from 'qs-esm'

import { type FieldKind, checkQuery, duplicatedParameter } from './queryRules'
import { sendError } from './sendError'

const KINDS: Partial<Record<FlattenedField['type'], FieldKind>> = {
  date: 'date',
  number: 'number',
  point: 'point',
  relationship: 'relationship',
  upload: 'relationship',
}

/** The kind of a dotted field path in a list of Payload fields, or undefined when it cannot tell. */
export const fieldKindIn =
  (fields: FlattenedField[]) =>
  (path: string): FieldKind | undefined => {
    let current: FlattenedField[] | undefined = fields
    const segments = path.split('.')
    for (let i = 0; i < segments.length; i++) {
      const field: FlattenedField | undefined = current?.find((f) => f.name === segments[i])
      if (!field) return undefined
      const last = i === segments.length - 1
      if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
        if (last) return 'other'
        current = field.flattenedFields
        continue
      }
      // Past a relationship the path belongs to another collection; blocks vary per block type.
      if (!last) return undefined
      return KINDS[field.type] ?? 'other'
    }
    return undefined
  }

const TIMESTAMPS = new Set(['createdAt', 'updatedAt'])

const configOf = (payload: Payload, isGlobal: boolean, slug: string | undefined) => {
  if (isGlobal) return payload.config.globals.find((g) => g.slug === slug)
  return slug ? payload.collections[slug as keyof typeof payload.collections]?.config : undefined
}

const kindLookup = (payload: Payload, pathname: string): ((path: string) => FieldKind | undefined) => {
  const [, , first, second, third] = pathname.split('/')
  const isGlobal = first === 'globals'
  const slug = isGlobal ? second : first
  const config = configOf(payload, isGlobal, slug)
  if (!config) return () => undefined
  const inFields = fieldKindIn(config.flattenedFields)
  const versions = (isGlobal ? third : second) === 'versions'
  return (path) => {
    if (TIMESTAMPS.has(path)) return 'date'
    if (!versions) return inFields(path)
    return path.startsWith('version.') ? inFields(path.slice('version.'.length)) : undefined
  }
}

// Parsed the way Payload's createPayloadRequest parses it, so what is checked is what Payload reads.
const parse = (search: string) =>
  qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })

export const validateQuery =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const searches = [req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '']
    const override = String(
      req.headers['x-payload-http-method-override'] ?? req.headers['x-http-method-override'] ?? '',
    )
    if (
      req.method === 'POST' &&
      override.toUpperCase() === 'GET' &&
      /^application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '') &&
      Buffer.isBuffer(req.body)
    ) {
      searches.push(req.body.toString('utf8'))
    }
    const kindOf = kindLookup(payload, req.path)
    const localization = payload.config.localization
    const locales = localization ? localization.localeCodes : undefined
    for (const search of searches) {
      if (!search) continue
      const duplicate = duplicatedParameter(search)
      if (duplicate) {
        sendError(req, res, 400, 'duplicate-query-parameter', { name: duplicate.slice(0, 40) })
        return
      }
      const problem = checkQuery(parse(search), kindOf, locales)
      if (problem?.code === 'invalid-query') {
        sendError(req, res, 400, 'invalid-query', { details: problem.details })
        return
      }
      if (problem?.code === 'unknown-locale') {
        sendError(req, res, 400, 'unknown-locale', { locale: problem.locale, locales: (locales ?? []).join(', ') })
        return
      }
    }
    next()
  }
