// The OpenAPI 3.1 description of what front-end sites read: the public collections (built from
// their field lists, leaving out every field readers cannot see), the change feed, search, the
// corrections form and GraphQL. Pure: the shell passes plain field descriptions in.

export type PublicField = {
  name: string
  type: string
  localized?: boolean
  hasMany?: boolean
  relationTo?: string | string[]
  options?: string[]
  required?: boolean
  fields?: PublicField[]
}

export type PublicCollection = {
  slug: string
  schemaName: string
  title: string
  fields: PublicField[]
  upload?: boolean
}

type Schema = Record<string, unknown>

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` })

const envelopeRef = ref('ErrorEnvelope')

const relationTargets = (relationTo: PublicField['relationTo']): string[] => {
  if (Array.isArray(relationTo)) return relationTo
  return relationTo ? [relationTo] : []
}

const fieldSchema = (field: PublicField, idSchema: Schema, schemaOf: (slug: string) => string | undefined): Schema => {
  const one = (): Schema => {
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        return { type: ['string', 'null'] }
      case 'number':
        return { type: ['number', 'null'] }
      case 'checkbox':
        return { type: ['boolean', 'null'] }
      case 'date':
        return { type: ['string', 'null'], format: 'date-time' }
      case 'select':
      case 'radio':
        return { type: ['string', 'null'], ...(field.options?.length ? { enum: [...field.options, null] } : {}) }
      case 'richText':
        return { type: ['object', 'null'], description: 'Lexical editor state ({ root: { children: [...] } })' }
      case 'point':
        return { type: ['array', 'null'], items: { type: 'number' }, minItems: 2, maxItems: 2 }
      case 'relationship':
      case 'upload': {
        const populated = relationTargets(field.relationTo)
          .map(schemaOf)
          .filter((name): name is string => Boolean(name))
        // An id at depth 0 (or for a record readers may not see), the document when populated.
        return { anyOf: [idSchema, ...populated.map(ref), { type: 'null' }] }
      }
      case 'array':
        return {
          type: ['array', 'null'],
          items: objectSchema(field.fields ?? [], idSchema, schemaOf, { id: { type: ['string', 'null'] } }),
        }
      case 'group':
        return objectSchema(field.fields ?? [], idSchema, schemaOf)
      default:
        return {}
    }
  }
  const schema =
    field.hasMany && (field.type === 'relationship' || field.type === 'upload' || field.type === 'select')
      ? { type: ['array', 'null'], items: one() }
      : one()
  // With `locale=all`, a localised field is an object keyed by locale.
  return field.localized ? { anyOf: [schema, { type: 'object', additionalProperties: schema }] } : schema
}

function objectSchema(
  fields: PublicField[],
  idSchema: Schema,
  schemaOf: (slug: string) => string | undefined,
  extra: Record<string, Schema> = {},
): Schema {
  const properties: Record<string, Schema> = { ...extra }
  for (const field of fields) properties[field.name] = fieldSchema(field, idSchema, schemaOf)
  return { type: 'object', properties }
}

const listOf = (item: Schema): Schema => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'limit', 'page'],
  properties: {
    docs: { type: 'array', items: item },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    totalPages: { type: 'integer' },
    page: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: { type: ['integer', 'null'] },
    nextPage: { type: ['integer', 'null'] },
  },
})

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description:
          {
            400: 'Bad request',
            401: 'Unauthorized',
            403: 'Forbidden',
            404: 'Not found',
            415: 'Unsupported media type',
            429: 'Too many requests',
          }[status] ?? 'Error',
        content: { 'application/json': { schema: envelopeRef } },
      },
    ]),
  )

const json = (schema: Schema, description = 'OK') => ({
  description,
  headers: {
    ETag: { description: 'Strong validator; send it back as If-None-Match for a 304', schema: { type: 'string' } },
  },
  content: { 'application/json': { schema } },
})

export type OpenApiInput = {
  serverUrl: string
  version: string
  locales: string[]
  idType: 'number' | 'text'
  collections: PublicCollection[]
}

export const buildOpenApi = ({
  serverUrl,
  version,
  locales,
  idType,
  collections,
}: OpenApiInput): Record<string, unknown> => {
  const idSchema: Schema = idType === 'number' ? { type: 'integer' } : { type: 'string' }
  const schemaOf = (slug: string) => collections.find((c) => c.slug === slug)?.schemaName
  const schemas: Record<string, Schema> = {
    ErrorEnvelope: {
      type: 'object',
      required: ['errors'],
      properties: {
        errors: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            required: ['message', 'code'],
            properties: {
              message: { type: 'string' },
              code: {
                type: 'string',
                description: 'Stable machine code, e.g. not-found, invalid-query, unknown-locale',
              },
              field: { type: 'string' },
            },
          },
        },
      },
    },
    Change: {
      type: 'object',
      required: ['collection', 'id', 'type', 'at'],
      properties: {
        collection: { type: 'string', enum: ['articles', 'patient-stories'] },
        id: { type: ['string', 'integer'] },
        slug: { type: ['string', 'null'] },
        locale: { type: ['string', 'null'], enum: [...locales, null] },
        type: {
          type: 'string',
          enum: ['published', 'updated', 'removed'],
          description: '`removed` is a tombstone: withdrawn, past its re-review date, or its consent revoked or lapsed',
        },
        at: { type: 'string', format: 'date-time' },
      },
    },
    SearchHit: {
      type: 'object',
      required: ['collection', 'id', 'title'],
      properties: {
        collection: { type: 'string', enum: ['articles', 'patient-stories'] },
        id: { type: ['string', 'integer'] },
        slug: { type: ['string', 'null'] },
        locale: { type: 'string' },
        title: { type: 'string' },
        summary: { type: ['string', 'null'] },
        publishedAt: { type: ['string', 'null'], format: 'date-time' },
        highlights: {
          type: 'object',
          additionalProperties: { type: 'string', description: 'HTML-escaped text with the matches in <mark>' },
        },
        score: { type: 'number' },
      },
    },
  }
  const parameters = {
    locale: {
      name: 'locale',
      in: 'query',
      schema: { type: 'string', enum: [...locales, 'all'] },
      description:
        'Content locale (default zh-CN); `all` returns every locale of localised fields. Unknown locales answer 400 `unknown-locale`.',
    },
    fallbackLocale: { name: 'fallback-locale', in: 'query', schema: { type: 'string', enum: [...locales, 'none'] } },
    depth: {
      name: 'depth',
      in: 'query',
      schema: { type: 'integer', minimum: 0, maximum: 10 },
      description: 'How deep relationships are populated (default 2 for REST)',
    },
    limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0 } },
    page: { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
    sort: {
      name: 'sort',
      in: 'query',
      schema: { type: 'string' },
      description: 'A field name, `-` for descending, e.g. `-publishedAt`',
    },
    where: {
      name: 'where',
      in: 'query',
      style: 'deepObject',
      explode: true,
      schema: { type: 'object' },
      description: 'Payload query, e.g. `where[topics][in]=3` or `where[slug][equals]=winter-blood-pressure`',
    },
    id: { name: 'id', in: 'path', required: true, schema: { type: ['integer', 'string'] } },
  }
  const paths: Record<string, unknown> = {}
  for (const collection of collections) {
    const item = ref(collection.schemaName)
    schemas[collection.schemaName] = objectSchema(collection.fields, idSchema, schemaOf, {
      id: idSchema,
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
      ...(collection.upload
        ? {
            url: { type: ['string', 'null'], format: 'uri' },
            filename: { type: ['string', 'null'] },
            mimeType: { type: ['string', 'null'] },
            filesize: { type: ['number', 'null'] },
            width: { type: ['number', 'null'] },
            height: { type: ['number', 'null'] },
            sizes: { type: 'object' },
          }
        : {}),
    })
    const common = [parameters.locale, parameters.fallbackLocale, parameters.depth]
    paths[`/api/${collection.slug}`] = {
      get: {
        tags: [collection.title],
        summary: `List ${collection.title} readers may see`,
        parameters: [...common, parameters.where, parameters.limit, parameters.page, parameters.sort],
        responses: { 200: json(listOf(item)), 304: { description: 'Not modified' }, ...errors(400) },
      },
    }
    paths[`/api/${collection.slug}/{id}`] = {
      get: {
        tags: [collection.title],
        summary: `One ${collection.title} document`,
        parameters: [parameters.id, ...common],
        responses: { 200: json(item), 304: { description: 'Not modified' }, ...errors(400, 404) },
      },
    }
    paths[`/api/${collection.slug}/count`] = {
      get: {
        tags: [collection.title],
        summary: `How many ${collection.title} documents match`,
        parameters: [parameters.where, parameters.locale],
        responses: {
          200: json({ type: 'object', required: ['totalDocs'], properties: { totalDocs: { type: 'integer' } } }),
          ...errors(400),
        },
      },
    }
  }
  paths['/api/changes'] = {
    get: {
      tags: ['Change feed'],
      summary: 'What became public, changed or left since a cursor',
      parameters: [
        {
          name: 'since',
          in: 'query',
          schema: { type: 'string' },
          description: 'The `next` cursor of the previous page; omit to start from the beginning',
        },
        parameters.limit,
      ],
      responses: {
        200: json({
          type: 'object',
          required: ['changes', 'next'],
          properties: { changes: { type: 'array', items: ref('Change') }, next: { type: ['string', 'null'] } },
        }),
        ...errors(400),
      },
    },
  }
  paths['/api/search'] = {
    get: {
      tags: ['Search'],
      summary:
        'Full-text search over public titles, summaries and bodies (Simplified and Traditional Chinese fold together)',
      parameters: [
        { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 100 } },
        { name: 'collection', in: 'query', schema: { type: 'string', enum: ['articles', 'patient-stories'] } },
        parameters.locale,
        parameters.limit,
        parameters.page,
      ],
      responses: {
        200: json({
          type: 'object',
          required: ['docs'],
          properties: {
            docs: { type: 'array', items: ref('SearchHit') },
            totalDocs: { type: 'integer' },
            page: { type: 'integer' },
            limit: { type: 'integer' },
          },
        }),
        ...errors(400),
      },
    },
  }
  const tokenHeader = {
    name: 'X-Submission-Token',
    in: 'header',
    required: true,
    schema: { type: 'string' },
    description: 'The tracking token answered once by POST /api/submissions/submit',
  }
  paths['/api/submissions/form'] = {
    get: {
      tags: ['Submissions (投稿)'],
      summary:
        'What the public submission form needs: a signed proof-of-work challenge, the consent text in force with its SHA-256, the choices',
      responses: { 200: { description: 'The form', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  }
  paths['/api/submissions/submit'] = {
    post: {
      tags: ['Submissions (投稿)'],
      summary:
        'A public submission; a story or clip by a patient or family member carries the signed consent. pow.nonce: SHA-256 of `${token}:${nonce}` has `difficulty` leading zero bits',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['kind', 'submitterRole', 'title', 'body', 'name', 'contact', 'pow'],
              properties: {
                kind: { type: 'string', enum: ['story', 'clip', 'tip', 'proposal'] },
                submitterRole: { type: 'string', enum: ['patient', 'family', 'partner'] },
                title: { type: 'string', minLength: 4, maxLength: 60 },
                body: { type: 'string', minLength: 20, maxLength: 5000 },
                name: { type: 'string', maxLength: 40 },
                contact: { type: 'string', description: 'an e-mail address or a mainland mobile number' },
                organisation: { type: 'string', maxLength: 80 },
                department: idSchema,
                consent: {
                  type: 'object',
                  required: [
                    'agreed',
                    'patientName',
                    'patientAgeYears',
                    'uses',
                    'channels',
                    'months',
                    'signedName',
                    'textVersion',
                    'textHash',
                  ],
                  properties: {
                    agreed: { type: 'boolean', enum: [true] },
                    patientName: { type: 'string' },
                    patientAgeYears: { type: 'integer', minimum: 0, maximum: 130 },
                    guardianName: { type: 'string', description: 'required under 14; the guardian signs' },
                    guardianRelationship: { type: 'string' },
                    uses: { type: 'array', items: { type: 'string', enum: ['text', 'photos', 'voice', 'face'] } },
                    channels: { type: 'array', items: { type: 'string' } },
                    months: { type: 'integer', minimum: 1, maximum: 36 },
                    signedName: {
                      type: 'string',
                      description: "the signer's name as typed: the patient's, or the guardian's under 14",
                    },
                    textVersion: { type: 'string' },
                    textHash: { type: 'string' },
                  },
                },
                pow: {
                  type: 'object',
                  required: ['token', 'nonce'],
                  properties: { token: { type: 'string' }, nonce: { type: 'string' } },
                },
              },
            },
          },
        },
      },
      responses: {
        201: {
          description: 'Received: the reference and the tracking token (shown once)',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  reference: { type: 'string' },
                  token: { type: 'string' },
                  trackingUrl: { type: 'string' },
                },
              },
            },
          },
        },
        ...errors(400, 409, 415, 429),
      },
    },
  }
  paths['/api/submissions/track'] = {
    get: {
      tags: ['Submissions (投稿)'],
      summary:
        "The submitter's view: status, history, the note of a request for changes or a decline; never the contact",
      parameters: [tokenHeader],
      responses: {
        200: { description: 'The submission', content: { 'application/json': { schema: { type: 'object' } } } },
        ...errors(404),
      },
    },
  }
  paths['/api/submissions/track/revise'] = {
    post: {
      tags: ['Submissions (投稿)'],
      summary: 'The submitter answers a request for changes',
      parameters: [tokenHeader],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['title', 'body'],
              properties: { title: { type: 'string' }, body: { type: 'string' } },
            },
          },
        },
      },
      responses: {
        200: { description: 'Back with operations', content: { 'application/json': { schema: { type: 'object' } } } },
        ...errors(400, 404, 409),
      },
    },
  }
  paths['/api/submissions/track/feedback'] = {
    post: {
      tags: ['Submissions (投稿)'],
      summary: "The submitter's feedback, thanks or correction on their published piece, filed on it like a reader's",
      parameters: [tokenHeader],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['kind', 'message'],
              properties: {
                kind: { type: 'string', enum: ['feedback', 'thanks', 'correction'] },
                message: { type: 'string', minLength: 5, maxLength: 2000 },
              },
            },
          },
        },
      },
      responses: {
        201: { description: 'Filed', content: { 'application/json': { schema: { type: 'object' } } } },
        ...errors(400, 404, 409, 429),
      },
    },
  }
  paths['/api/corrections'] = {
    post: {
      tags: ['Corrections (信息纠错)'],
      summary:
        "A reader's correction, feedback or thanks on a published article or patient story, exactly one of them (rate-limited per address)",
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['message'],
              properties: {
                article: idSchema,
                story: idSchema,
                kind: { type: 'string', enum: ['correction', 'feedback', 'thanks'], default: 'correction' },
                message: { type: 'string', minLength: 5, maxLength: 2000 },
                contact: { type: 'string', maxLength: 100 },
              },
            },
          },
        },
      },
      responses: {
        201: { description: 'Accepted', content: { 'application/json': { schema: { type: 'object' } } } },
        ...errors(400, 415, 429),
      },
    },
  }
  paths['/api/graphql'] = {
    post: {
      tags: ['GraphQL'],
      summary: 'GraphQL: the same public content and rules as REST',
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: ['query'],
              properties: {
                query: { type: 'string' },
                variables: { type: 'object' },
                operationName: { type: 'string' },
              },
            },
          },
        },
      },
      responses: {
        200: {
          description: 'GraphQL result (errors carry `extensions.code`)',
          content: { 'application/json': { schema: { type: 'object' } } },
        },
      },
    },
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '医院宣传内容平台 · Public delivery API',
      version,
      description:
        'What hospital websites, mini programs and partner portals read. Every document here is exactly a version its reviewers signed and a publisher published. Responses carry strong ETags (send If-None-Match for a 304) and are compressed.',
    },
    servers: [{ url: serverUrl || '/' }],
    components: {
      schemas,
      securitySchemes: {
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '`users API-Key <key>` (optional for public reads)',
        },
      },
    },
    security: [{}, { apiKey: [] }],
    paths,
  }
}
