// The public delivery API's contract (issue #15 part 8): an OpenAPI 3.1 document that a real
// validator accepts, real answers that match its schemas, and the README's @payloadcms/sdk
// example, run as written against the server.
import { PayloadSDK } from '@payloadcms/sdk'
import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020'
import { beforeAll, describe, expect, it } from 'vitest'

import { api, as, baseUrl } from '../helpers/api'

type Doc = Record<string, any>

describe('GET /api/openapi.json', () => {
  let document: Doc
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true })

  beforeAll(async () => {
    const res = await api('/api/openapi.json')
    expect(res.status).toBe(200)
    document = res.body
    ajv.addSchema({ $id: 'api', components: document.components })
  })

  const conforms = (schemaName: string, value: unknown) => {
    const validate = ajv.compile({ $ref: `api#/components/schemas/${schemaName}` })
    expect(validate(value), `${schemaName}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true)
  }
  const conformsToList = (schemaName: string, value: Doc) => {
    expect(Array.isArray(value.docs)).toBe(true)
    expect(typeof value.totalDocs).toBe('number')
    for (const doc of value.docs) conforms(schemaName, doc)
  }

  it('should be a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(document)
    expect(result.valid, String(JSON.stringify(result.errors ?? null)).slice(0, 2000)).toBe(true)
    expect(document.openapi).toBe('3.1.0')
    for (const path of [
      '/api/articles',
      '/api/articles/{id}',
      '/api/articles/count',
      '/api/patient-stories',
      '/api/changes',
      '/api/search',
      '/api/corrections',
      '/api/graphql',
    ]) {
      expect(document.paths[path], path).toBeDefined()
    }
  })

  it('should describe no field readers cannot see', () => {
    const article = document.components.schemas.Article.properties
    for (const hidden of ['internalNotes', 'kolPartner', 'openCorrections', 'workflowPanel'])
      expect(article[hidden], hidden).toBeUndefined()
    const story = document.components.schemas.PatientStory.properties
    for (const hidden of ['consent', 'deidentification', 'internalNotes']) expect(story[hidden], hidden).toBeUndefined()
    expect(document.components.schemas.Consent).toBeUndefined()
  })

  it('should match what the API really answers, at every depth and in every locale form', async () => {
    for (const query of ['depth=0', 'depth=1', 'depth=2', 'locale=all&depth=0', 'locale=en&depth=1']) {
      conformsToList('Article', (await api(`/api/articles?limit=5&${query}`)).body)
    }
    const article = (await api('/api/articles?limit=1&depth=0')).body.docs[0]
    conforms('Article', (await api(`/api/articles/${article.id}`)).body)
    conformsToList('PatientStory', (await api('/api/patient-stories?limit=5&depth=1')).body)
    for (const [path, schema] of [
      ['departments', 'Department'],
      ['topics', 'Topic'],
      ['audiences', 'Audience'],
      ['doctors', 'Doctor'],
      ['media', 'Media'],
    ] as const) {
      conformsToList(schema, (await api(`/api/${path}?limit=5`)).body)
    }
    conformsToList('Article', (await api('/api/articles?limit=3', { auth: await as.apiClient() })).body)
    conforms('ErrorEnvelope', (await api('/api/articles/999999999')).body)
    conforms('ErrorEnvelope', (await api('/api/articles?locale=fr')).body)
  })

  it('should run the README example with @payloadcms/sdk', async () => {
    // The example from the README's "Public delivery" section, as a front-end developer pastes it.
    const sdk = new PayloadSDK({ baseURL: `${baseUrl()}/api` })
    const topic = (await sdk.find({ collection: 'topics', where: { slug: { equals: 'hypertension' } }, limit: 1 }))
      .docs[0]
    const latest = await sdk.find({
      collection: 'articles',
      where: { topics: { in: [topic.id] } },
      sort: '-publishedAt',
      limit: 10,
      depth: 1,
      locale: 'zh-CN',
    })
    expect(latest.docs.length).toBeGreaterThan(0)
    const one = await sdk.findByID({ collection: 'articles', id: latest.docs[0].id, depth: 1 })
    expect(one.title).toBe(latest.docs[0].title)
    const dates = latest.docs.map((doc) => Date.parse(String(doc.publishedAt)))
    expect([...dates].sort((a, b) => b - a)).toEqual(dates)
  })
})
