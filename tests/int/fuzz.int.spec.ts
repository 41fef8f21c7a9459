// A bounded fuzz run over the request surface (issue #8): generated query strings, JSON bodies
// and GraphQL documents, as anonymous, the website API key and an editor. Nothing may answer
// 5xx, every error must be in the envelope, and refused creates must leave nothing behind. A
// fixed seed and run counts keep it repeatable; the summary line gives the figures for the README.
import fc from 'fast-check'
import * as qs from 'qs-esm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BAD_REQUESTS } from '../corpora/badRequests'
import { articleData } from '../factories/content'
import { type Auth, api, as } from '../helpers/api'
import { expectEnvelope, expectGraphqlErrors } from './envelopeAssertions'

const SEED = 20261126
const RUNS = { query: 2000, body: 1200, graphql: 1200 }
/** Node's default --max-http-header-size: the request line and headers together. */
const MAX_HEADER_BYTES = 16 * 1024
const tried: Record<string, number> = { query: 0, body: 0, graphql: 0, corpus: 0 }
const fiveHundreds: string[] = []

const personas = ['anonymous', 'apiClient', 'editor'] as const
const authOf = async (persona: (typeof personas)[number] | 'admin'): Promise<Auth> => as[persona]()

const check = (res: { status: number; body: any }, context: string, graphql = false) => {
  if (res.status >= 500) fiveHundreds.push(`${res.status} ${context}`)
  expect(res.status, `${context} → ${JSON.stringify(res.body)?.slice(0, 300)}`).toBeLessThan(500)
  // Node's HTTP parser answers a request line or headers over 16 KB itself (431, no body) before
  // any application code runs; that is the only error allowed outside the envelope.
  if (res.status === 431) return
  if (graphql) expectGraphqlErrors(res.body, context)
  else if (res.status >= 400) expectEnvelope(res.body, context)
}

// Values a client might send where anything is allowed: types, sizes, scripts and keys chosen to hurt.
const nastyScalar = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(
    '',
    ' ',
    'null',
    'undefined',
    'NaN',
    'Infinity',
    '-1',
    '0',
    '1e309',
    '99999999999999999999',
    'notadate',
    '2026-13-45',
    '0000-00-00',
    "' OR 1=1 --",
    '%00',
    '\u0000',
    '😀'.repeat(50),
    '１２３',
    'true',
    'false',
    '1,2',
    '[]',
    '{}',
  ),
  fc.integer(),
  fc.integer({ min: 10_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constant('x'.repeat(70_000)),
)
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']
const nastyKey = fc.oneof(
  fc.constantFrom(...PROTO_KEYS),
  fc.string({ maxLength: 10 }),
  fc.constantFrom('id', 'createdAt', 'updatedAt', '_status', 'workflow', 'root', 'children'),
)
const { nasty } = fc.letrec<{ nasty: unknown }>((tie) => ({
  nasty: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    nastyScalar,
    fc.array(tie('nasty'), { maxLength: 4 }),
    fc.dictionary(nastyKey, tie('nasty'), { maxKeys: 4 }),
  ),
}))

// --- query strings ---------------------------------------------------------------------------
const FIELDS = [
  'title',
  'slug',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'layer',
  'department',
  'department.name',
  'authors',
  'references.title',
  'id',
  '_status',
  'workflow.state',
  'version.title',
  'nosuch',
  '__proto__',
]
const OPERATORS = [
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
  'bogus',
]
const { where } = fc.letrec<{ where: unknown }>((tie) => ({
  where: fc.oneof(
    { depthSize: 'small' },
    fc.dictionary(
      fc.constantFrom(...FIELDS),
      fc.dictionary(
        fc.constantFrom(...OPERATORS),
        fc.oneof(nastyScalar, fc.array(nastyScalar, { maxLength: 3 }), nasty),
        { minKeys: 1, maxKeys: 2 },
      ),
      { minKeys: 1, maxKeys: 2 },
    ),
    fc.record({ or: fc.array(tie('where'), { maxLength: 3 }) }),
    fc.record({ and: fc.array(tie('where'), { maxLength: 3 }) }),
    nastyScalar,
  ),
}))
const numberish = fc.oneof(fc.nat({ max: 50 }).map(String), nastyScalar.map(String))
const queryArb = fc.record(
  {
    path: fc.constantFrom(
      '/api/articles',
      '/api/articles/count',
      '/api/articles/versions',
      '/api/patient-stories',
      '/api/media',
      '/api/doctors',
      '/api/corrections',
      '/api/articles/1',
    ),
    persona: fc.constantFrom(...personas),
    params: fc.record(
      {
        page: numberish,
        limit: numberish,
        depth: numberish,
        sort: fc.oneof(
          fc.constantFrom(...FIELDS).map((f) => `-${f}`),
          fc.constantFrom(...FIELDS),
          nastyScalar.map(String),
        ),
        locale: fc.constantFrom('zh', 'en', 'zh-Hant', 'all', '*', 'xx', ''),
        draft: fc.constantFrom('true', 'false', '1', 'maybe'),
        where,
      },
      { requiredKeys: [] },
    ),
    duplicate: fc.option(fc.constantFrom('page', 'limit', 'sort', 'locale', 'depth'), { nil: undefined }),
  },
  { requiredKeys: ['path', 'persona', 'params'] },
)

// --- GraphQL documents -----------------------------------------------------------------------
const GQL_FIELDS = [
  'id',
  'title',
  'slug',
  'summary',
  'layer',
  'createdAt',
  'publishedAt',
  '_status',
  'nosuch',
  'department { id name }',
  'references { id title }',
  'authors { id }',
  '__typename',
]
const gqlValue = fc.oneof(
  fc.integer().map(String),
  fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('true', 'null', '"notadate"', '{ equals: "x" }', '[1, 2]', '$v'),
)
const gqlArb = fc.record({
  persona: fc.constantFrom(...personas),
  fields: fc.subarray(GQL_FIELDS, { minLength: 1 }),
  args: fc.array(fc.tuple(fc.constantFrom('limit', 'page', 'sort', 'draft', 'locale', 'where', 'bogus'), gqlValue), {
    maxLength: 3,
  }),
  whereField: fc.constantFrom('title', 'createdAt', 'slug', 'nosuch'),
  whereOp: fc.constantFrom('equals', 'greater_than', 'in', 'like', 'near', 'exists'),
  fragment: fc.constantFrom('none', 'plain', 'nested', 'cycle', 'unknown-type'),
  variables: fc.option(fc.dictionary(fc.constantFrom('v', 'w', '__proto__'), nasty, { maxKeys: 2 }), {
    nil: undefined,
  }),
  root: fc.constantFrom('Articles', 'Article', 'PatientStories', 'Media', 'Users', 'nosuch'),
})
type Gql = typeof gqlArb extends fc.Arbitrary<infer T> ? T : never
const buildGraphql = (g: Gql) => {
  const args = g.args.map(([name, value]) =>
    name === 'where' ? `where: { ${g.whereField}: { ${g.whereOp}: ${value} } }` : `${name}: ${value}`,
  )
  const selection = g.fragment === 'none' ? g.fields.join(' ') : '...F'
  const fragments = {
    none: '',
    plain: `fragment F on Article { ${g.fields.join(' ')} }`,
    nested: `fragment F on Article { ...G } fragment G on Article { ${g.fields.join(' ')} }`,
    cycle: 'fragment F on Article { ...G } fragment G on Article { ...F }',
    'unknown-type': 'fragment F on Nothing { id }',
  }[g.fragment]
  const usesVar = g.args.some(([, v]) => v === '$v')
  const inner = g.root === 'Article' ? selection : `docs { ${selection} } totalDocs`
  const listArgs = args.length ? `(${args.join(', ')})` : ''
  const argText = g.root === 'Article' ? `(id: ${g.args[0]?.[1] ?? 1})` : listArgs
  return `${fragments} query Q${usesVar ? '($v: Int)' : ''} { ${g.root}${argText} { ${inner} } }`
}

// --- JSON bodies -----------------------------------------------------------------------------
let draftArticleId: number | string
const bodyArb = fc.record({
  target: fc.constantFrom(
    'create-article',
    'update-article',
    'create-correction',
    'workflow-submit',
    'workflow-approve',
    'workflow-reject',
    'workflow-withdraw',
    'workflow-publish',
  ),
  persona: fc.constantFrom(...personas),
  body: fc.oneof(
    fc.dictionary(
      fc.oneof(
        nastyKey,
        fc.constantFrom(
          'title',
          'slug',
          'body',
          'layer',
          'format',
          'references',
          'department',
          'authors',
          'article',
          'message',
          'stage',
          'versionHash',
          'comment',
          'reason',
          'channels',
        ),
      ),
      nasty,
      { maxKeys: 6 },
    ),
    fc.record(
      {
        title: nastyScalar,
        slug: nastyScalar,
        layer: nasty,
        references: fc.array(fc.dictionary(fc.constantFrom('id', 'title', 'source', 'url', 'accessedAt'), nasty), {
          maxLength: 3,
        }),
        body: nasty,
      },
      { requiredKeys: [] },
    ),
    fc.record(
      {
        article: fc.oneof(fc.integer({ min: 10_000_000 }), fc.integer({ max: -1 }), nasty),
        message: nastyScalar,
        kind: nasty,
      },
      { requiredKeys: [] },
    ),
    nasty,
  ),
  raw: fc.option(fc.constantFrom('deep', 'proto', 'truncated'), { nil: undefined, freq: 6 }),
})
const requestFor = (target: string): { method: string; path: string } => {
  if (target === 'create-article') return { method: 'POST', path: '/api/articles' }
  if (target === 'update-article') return { method: 'PATCH', path: `/api/articles/${draftArticleId}?draft=true` }
  if (target === 'create-correction') return { method: 'POST', path: '/api/corrections' }
  return { method: 'POST', path: `/api/articles/${draftArticleId}/workflow/${target.replace('workflow-', '')}` }
}
/** The body to send: a hand-written raw JSON string for the `raw` kinds, else the generated value. */
const rawBody = (kind: string | undefined, body: unknown): unknown => {
  if (kind === 'deep') return `${'['.repeat(3000)}${']'.repeat(3000)}`
  if (kind === 'proto') return '{"__proto__":{"roles":["admin"]},"constructor":{"prototype":{"polluted":true}}}'
  if (kind === 'truncated') return JSON.stringify(body ?? {}).slice(0, -1) || '{'
  return body === undefined ? null : body
}

const adminCount = async (path: string) => (await api(path, { auth: await as.admin() })).body.totalDocs as number

describe('fuzz', () => {
  let editorId: number | string
  let apiClientId: number | string
  beforeAll(async () => {
    const created = await api('/api/articles', { method: 'POST', body: await articleData(), auth: await as.editor() })
    draftArticleId = created.body.doc.id
    editorId = (await api('/api/users/me', { auth: await as.editor() })).body.user.id
    apiClientId = (await api('/api/users/me', { auth: await as.apiClient() })).body.user.id
  })

  afterAll(() => {
    const total = Object.values(tried).reduce((a, b) => a + b, 0)
    console.log(
      `fuzz summary: ${total} inputs tried (query strings ${tried.query}, JSON bodies ${tried.body}, GraphQL ${tried.graphql}, corpus ${tried.corpus}); ${fiveHundreds.length} × 5xx; seed ${SEED}`,
    )
  })

  it('should answer every corpus case with a 4xx in the envelope', async () => {
    for (const bad of BAD_REQUESTS) {
      tried.corpus++
      const res = await api(bad.path, {
        method: bad.method,
        body: bad.body,
        headers: bad.headers,
        auth: bad.persona ? await authOf(bad.persona) : undefined,
      })
      const graphql = bad.path === '/api/graphql'
      check(res, bad.name, graphql)
      if (graphql) expect(res.body.errors?.length, bad.name).toBeGreaterThan(0)
      else if (!bad.mayWrite) expect(res.status, bad.name).toBeGreaterThanOrEqual(400)
    }
  })

  it('should answer generated query strings without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(queryArb, async ({ path, persona, params, duplicate }) => {
        tried.query++
        let search = qs.stringify(params, { encode: true })
        if (duplicate) search += `&${duplicate}=1&${duplicate}=2`
        const url = `${path}?${search}`
        let res: Awaited<ReturnType<typeof api>>
        try {
          res = await api(url, { auth: await authOf(persona) })
        } catch (error) {
          // A request line past Node's header limit (16 KiB) is refused with 431 and the socket
          // closed at once; a client still writing it may see EPIPE or a reset before the 431.
          // That is a refusal, not a failure; anything else is.
          if (Buffer.byteLength(url) > MAX_HEADER_BYTES) return
          throw error
        }
        if (Buffer.byteLength(url) > MAX_HEADER_BYTES) expect([400, 414, 431]).toContain(res.status)
        check(res, `GET ${url.slice(0, 300)}`)
      }),
      { seed: SEED, numRuns: RUNS.query, endOnFailure: true },
    )
  })

  it('should answer generated JSON bodies without a 5xx, and leave nothing of a refused create', async () => {
    const articlesBefore = await adminCount('/api/articles?limit=0&draft=true')
    const correctionsBefore = await adminCount('/api/corrections?limit=0')
    const startedAt = new Date().toISOString()
    const created = { articles: [] as Array<number | string>, corrections: 0 }
    await fc.assert(
      fc.asyncProperty(bodyArb, async ({ target, persona, body, raw }) => {
        tried.body++
        const { method, path } = requestFor(target)
        const res = await api(path, { method, body: rawBody(raw, body) as never, auth: await authOf(persona) })
        check(res, `${method} ${path} ${JSON.stringify(body)?.slice(0, 200)}`)
        if (res.status === 201 && target === 'create-article') created.articles.push(res.body.doc.id)
        if (res.status === 201 && target === 'create-correction') created.corrections++
      }),
      { seed: SEED, numRuns: RUNS.body, endOnFailure: true },
    )
    expect(await adminCount('/api/articles?limit=0&draft=true')).toBe(articlesBefore + created.articles.length)
    expect(await adminCount('/api/corrections?limit=0')).toBe(correctionsBefore + created.corrections)
    const known = [draftArticleId, ...created.articles].join(',')
    // No version and no audit event about an article that a refused create left behind.
    expect(
      await adminCount(
        `/api/articles/versions?limit=0&where[createdAt][greater_than]=${startedAt}&where[parent][not_in]=${known}`,
      ),
    ).toBe(0)
    expect(
      await adminCount(
        `/api/audit-events?limit=0&where[createdAt][greater_than]=${startedAt}&where[targetCollection][equals]=articles&where[targetId][not_in]=${known}&where[actorId][in]=${editorId},${apiClientId}`,
      ),
    ).toBe(0)
  })

  it("should answer generated GraphQL documents without a 5xx, errors in GraphQL's shape", async () => {
    await fc.assert(
      fc.asyncProperty(gqlArb, async (g) => {
        tried.graphql++
        const query = buildGraphql(g)
        check(
          await api('/api/graphql', {
            method: 'POST',
            body: { query, variables: g.variables },
            auth: await authOf(g.persona),
          }),
          query.slice(0, 300),
          true,
        )
      }),
      { seed: SEED, numRuns: RUNS.graphql, endOnFailure: true },
    )
  })
})
