// GET /api/openapi.json: the OpenAPI 3.1 description of the public delivery API, built from the
// collections' own field config so it cannot drift from what the API answers. Fields readers
// cannot see (those with a read rule, which are staff-only here) are left out.
import type { Endpoint, FlattenedField, Payload } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { type PublicCollection, type PublicField, buildOpenApi } from '../rules/openapi'

const PUBLIC: { slug: string; schemaName: string; title: string }[] = [
  { slug: SLUGS.articles, schemaName: 'Article', title: '科普文章 Articles' },
  { slug: SLUGS.patientStories, schemaName: 'PatientStory', title: '患者故事 Patient stories' },
  { slug: SLUGS.departments, schemaName: 'Department', title: '科室 Departments' },
  { slug: SLUGS.topics, schemaName: 'Topic', title: '健康主题 Topics' },
  { slug: SLUGS.audiences, schemaName: 'Audience', title: '目标人群 Audiences' },
  { slug: SLUGS.doctors, schemaName: 'Doctor', title: '专家 Doctors' },
  { slug: SLUGS.media, schemaName: 'Media', title: '媒体 Media' },
]

const describeFields = (fields: FlattenedField[]): PublicField[] =>
  fields
    .filter(
      (field) =>
        'name' in field && field.type !== 'join' && !(field.access && 'read' in field.access && field.access.read),
    )
    .filter((field) => !(field.admin && 'hidden' in field.admin && field.admin.hidden))
    .map((field) => ({
      name: field.name,
      type: field.type,
      localized: 'localized' in field ? Boolean(field.localized) : false,
      hasMany: 'hasMany' in field ? Boolean(field.hasMany) : false,
      relationTo: 'relationTo' in field ? (field.relationTo as string | string[]) : undefined,
      options:
        'options' in field
          ? field.options.map((option) => (typeof option === 'string' ? option : option.value))
          : undefined,
      fields: 'flattenedFields' in field ? describeFields(field.flattenedFields) : undefined,
    }))

let cached: { key: string; body: string } | null = null

export const openApiDocument = (payload: Payload): Record<string, unknown> => {
  const localization = payload.config.localization
  const collections: PublicCollection[] = PUBLIC.map(({ slug, schemaName, title }) => {
    const config = payload.collections[slug as keyof typeof payload.collections].config
    return { slug, schemaName, title, upload: Boolean(config.upload), fields: describeFields(config.flattenedFields) }
  })
  return buildOpenApi({
    serverUrl: payload.config.serverURL,
    version: '1.0.0',
    locales: localization ? localization.localeCodes : [],
    idType: payload.db.defaultIDType === 'number' ? 'number' : 'text',
    collections,
  })
}

export const openApiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) => {
    const key = req.payload.config.serverURL
    if (!cached || cached.key !== key) cached = { key, body: JSON.stringify(openApiDocument(req.payload), null, 2) }
    return new Response(cached.body, {
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' },
    })
  },
}
