// What a REST query string may say, checked once before Payload reads it: Payload passes an
// unparseable page, a date it cannot read or an object where a value goes straight to the
// database, which answers 500. Pure: the caller says what kind each field path is.

export type FieldKind = 'date' | 'number' | 'point' | 'relationship' | 'other'

export type QueryProblem =
  | { code: 'duplicate-query-parameter'; name: string }
  | { code: 'invalid-query'; details: string }
  | { code: 'unknown-locale'; locale: string }

/** Payload's where operators (payload/src/types/constants.ts). */
export const WHERE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
  'near',
  'within',
  'intersects',
])

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])

/** page × limit stays inside a 64-bit OFFSET on every database. */
export const MAX_PAGE_OR_LIMIT = 2_147_483_647
export const MAX_WHERE_DEPTH = 8

// Plain parameters that take one string each.
const SCALAR_PARAMS = [
  'locale',
  'fallback-locale',
  'fallbackLocale',
  'draft',
  'trash',
  'pagination',
  'depth',
  'page',
  'limit',
]

type Loose = Record<string, unknown>
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The first plain (bracket-less) parameter named twice in a raw query string, e.g. `limit=1&limit=2`. */
export const duplicatedParameter = (search: string): string | undefined => {
  const seen = new Set<string>()
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue
    const rawKey = part.split('=')[0]
    let key: string
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '))
    } catch {
      key = rawKey
    }
    if (key.includes('[')) continue
    if (seen.has(key)) return key
    seen.add(key)
  }
  return undefined
}

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return text.length > 60 ? `${text.slice(0, 60)}…` : text
}

const isScalar = (value: unknown): value is string | number | boolean =>
  ['string', 'number', 'boolean'].includes(typeof value)

// qs turns a[0]=x into an array, and indices past its array limit into an object with numeric keys.
const asList = (value: unknown): unknown[] | undefined => {
  if (Array.isArray(value)) return value
  if (isObject(value) && Object.keys(value).every((key) => /^\d+$/.test(key))) return Object.values(value)
  return undefined
}

const isDate = (value: unknown) => typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Date.parse(value))
const isNumber = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))

const checkValue = (
  path: string,
  operator: string,
  value: unknown,
  kind: FieldKind | undefined,
): string | undefined => {
  const at = `where[${path}][${operator}]`
  if (GEO_OPERATORS.has(operator)) {
    if (kind !== 'point') return `${at}: ${operator} works on point fields only`
    if (operator === 'near') {
      const parts = typeof value === 'string' ? value.split(',') : []
      if (parts.length < 2 || parts.length > 4 || !parts.every(isNumber))
        return `${at}=${show(value)}: expected "lng,lat[,max,min]"`
    } else if (!isObject(value)) return `${at}: expected a GeoJSON object`
    return undefined
  }
  if (operator === 'exists') {
    if (!['true', 'false', true, false].includes(value as string)) return `${at}=${show(value)}: expected true or false`
    return undefined
  }
  let values: unknown[]
  if (LIST_OPERATORS.has(operator)) {
    const list = asList(value)
    if (list) values = list
    else if (typeof value === 'string') values = value.split(',')
    else return `${at}: expected a list of values`
  } else {
    values = [value]
  }
  for (const item of values) {
    if (!isScalar(item)) return `${at}: expected a value, not ${show(item)}`
    if (TEXT_OPERATORS.has(operator)) continue
    if (kind === 'date' && !isDate(item)) return `${at}=${show(item)}: not a date`
    if (kind === 'number' && !isNumber(item)) return `${at}=${show(item)}: not a number`
  }
  return undefined
}

const checkWhere = (
  node: unknown,
  kindOf: (path: string) => FieldKind | undefined,
  depth: number,
): string | undefined => {
  if (!isObject(node)) return `where: expected conditions, not ${show(node)}`
  if (depth > MAX_WHERE_DEPTH) return `where: nested deeper than ${MAX_WHERE_DEPTH} and/or levels`
  for (const [key, constraint] of Object.entries(node)) {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') {
      const list = asList(constraint)
      if (!list) return `where[${key}]: expected a list of conditions`
      for (const child of list) {
        const problem = checkWhere(child, kindOf, depth + 1)
        if (problem) return problem
      }
      continue
    }
    if (!isObject(constraint))
      return `where[${key}]=${show(constraint)}: a field needs an operator, e.g. where[${key}][equals]=…`
    const kind = kindOf(key)
    for (const [operator, value] of Object.entries(constraint)) {
      if (!WHERE_OPERATORS.has(operator)) return `where[${key}][${operator}]: unknown operator`
      const problem = checkValue(key, operator, value, kind)
      if (problem) return problem
    }
  }
  return undefined
}

const checkInteger = (name: string, value: unknown, min: number): string | undefined => {
  if (typeof value !== 'string' || !/^\d+$/.test(value)) return `${name}=${show(value)}: expected a whole number`
  const number = Number(value)
  if (number < min || number > MAX_PAGE_OR_LIMIT)
    return `${name}=${show(value)}: expected ${min} to ${MAX_PAGE_OR_LIMIT}`
  return undefined
}

/** The first problem with a parsed query (as Payload parses it, with qs), or undefined. */
/** Besides the configured locales: every locale at once (reads), and no fallback. */
const LOCALE_WORDS = new Set(['all', '*'])
const FALLBACK_WORDS = new Set(['none', 'null', 'false', 'all', '*'])

export const checkQuery = (
  query: Loose,
  kindOf: (path: string) => FieldKind | undefined,
  locales?: readonly string[],
): QueryProblem | undefined => {
  const problem = (details: string): QueryProblem => ({ code: 'invalid-query', details })
  for (const name of SCALAR_PARAMS) {
    if (name in query && typeof query[name] !== 'string')
      return problem(`${name}: expected one value, not ${show(query[name])}`)
  }
  // Payload answers an unknown locale with its default one, silently: say so instead.
  if (locales) {
    if (typeof query.locale === 'string' && !locales.includes(query.locale) && !LOCALE_WORDS.has(query.locale))
      return { code: 'unknown-locale', locale: show(query.locale) }
    for (const name of ['fallback-locale', 'fallbackLocale']) {
      const value = query[name]
      if (typeof value === 'string' && !locales.includes(value) && !FALLBACK_WORDS.has(value))
        return { code: 'unknown-locale', locale: show(value) }
    }
  }
  if ('page' in query) {
    const bad = checkInteger('page', query.page, 1)
    if (bad) return problem(bad)
  }
  if ('limit' in query) {
    const bad = checkInteger('limit', query.limit, 0)
    if (bad) return problem(bad)
  }
  if ('depth' in query) {
    const bad = checkInteger('depth', query.depth, 0)
    if (bad) return problem(bad)
  }
  if ('sort' in query) {
    const sort = query.sort
    const list = typeof sort === 'string' ? [sort] : asList(sort)
    if (!list || !list.every((item) => typeof item === 'string'))
      return problem(`sort: expected field names, not ${show(sort)}`)
  }
  if ('where' in query) {
    const bad = checkWhere(query.where, kindOf, 0)
    if (bad) return problem(bad)
  }
  return undefined
}
