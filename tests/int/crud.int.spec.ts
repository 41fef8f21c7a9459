// Every collection's create/read/update/delete over REST for a role allowed to do it, and the
// same verbs refused for a role that is not.
import { describe, expect, it } from 'vitest'

import { api, as, type Persona } from '../helpers/api'
import {
  articleData,
  campaignData,
  channelData,
  consentData,
  kolData,
  storyData,
  taxonomyData,
  userData,
} from '../factories/content'

type Case = {
  collection: string
  writer: Persona
  deleter: Persona
  outsider: Persona
  data: () => Promise<Record<string, unknown>> | Record<string, unknown>
  patch: Record<string, unknown>
}

const cases: Case[] = [
  {
    collection: 'articles',
    writer: 'editor',
    deleter: 'admin',
    outsider: 'analyst',
    data: () => articleData(),
    patch: { summary: '更新后的摘要' },
  },
  {
    collection: 'patient-stories',
    writer: 'editor',
    deleter: 'admin',
    outsider: 'compliance',
    data: () => storyData(),
    patch: { pseudonym: '患者C' },
  },
  {
    collection: 'consents',
    writer: 'privacy',
    deleter: 'admin',
    outsider: 'editor',
    data: () => consentData(),
    patch: { status: 'revoked', revocationReason: '患者本人要求' },
  },
  {
    collection: 'campaigns',
    writer: 'editor',
    deleter: 'admin',
    outsider: 'analyst',
    data: () => campaignData(),
    patch: { status: 'active' },
  },
  {
    collection: 'kol-partners',
    writer: 'editor',
    deleter: 'admin',
    outsider: 'publisher',
    data: () => kolData(),
    patch: { status: 'paused' },
  },
  {
    collection: 'channels',
    writer: 'publisher',
    deleter: 'admin',
    outsider: 'editor',
    data: () => channelData(),
    patch: { enabled: false },
  },
  {
    collection: 'departments',
    writer: 'admin',
    deleter: 'admin',
    outsider: 'editor',
    data: taxonomyData.departments,
    patch: { description: '说明' },
  },
  {
    collection: 'topics',
    writer: 'admin',
    deleter: 'admin',
    outsider: 'editor',
    data: taxonomyData.topics,
    patch: { reReviewMonths: 6 },
  },
  {
    collection: 'audiences',
    writer: 'editor',
    deleter: 'admin',
    outsider: 'analyst',
    data: taxonomyData.audiences,
    patch: { lifecycleStage: 'older-adult' },
  },
  {
    collection: 'doctors',
    writer: 'editor',
    deleter: 'admin',
    outsider: 'analyst',
    data: taxonomyData.doctors,
    patch: { bio: '长期从事高血压的社区防治工作。' },
  },
  {
    collection: 'users',
    writer: 'admin',
    deleter: 'admin',
    outsider: 'editor',
    data: () => userData(),
    patch: { name: '改名' },
  },
]

describe.each(cases)('$collection', ({ collection, writer, deleter, outsider, data, patch }) => {
  it(`should let ${writer} create, read and update, and ${deleter} delete`, async () => {
    const auth = await as[writer]()
    const created = await api(`/api/${collection}`, { method: 'POST', body: await data(), auth })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id

    const read = await api(`/api/${collection}/${id}`, { auth })
    expect(read.status).toBe(200)
    expect(read.body.id).toBe(id)

    const updated = await api(`/api/${collection}/${id}`, { method: 'PATCH', body: patch, auth })
    expect(updated.status, JSON.stringify(updated.body)).toBe(200)
    for (const [key, value] of Object.entries(patch)) expect(updated.body.doc[key]).toEqual(value)

    const deleted = await api(`/api/${collection}/${id}`, { method: 'DELETE', auth: await as[deleter]() })
    expect(deleted.status).toBe(200)
    expect((await api(`/api/${collection}/${id}`, { auth: await as.admin() })).status).toBe(404)
  })

  it(`should refuse ${outsider} creating, updating or deleting`, async () => {
    const before = await api(`/api/${collection}?limit=0`, { auth: await as.admin() })
    const refused = await api(`/api/${collection}`, { method: 'POST', body: await data(), auth: await as[outsider]() })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toBeTruthy()
    const after = await api(`/api/${collection}?limit=0`, { auth: await as.admin() })
    expect(after.body.totalDocs).toBe(before.body.totalDocs)

    const created = await api(`/api/${collection}`, { method: 'POST', body: await data(), auth: await as[writer]() })
    const id = created.body.doc.id
    expect(
      (await api(`/api/${collection}/${id}`, { method: 'PATCH', body: patch, auth: await as[outsider]() })).status,
    ).toBe(403)
    expect((await api(`/api/${collection}/${id}`, { method: 'DELETE', auth: await as[outsider]() })).status).toBe(403)
    expect((await api(`/api/${collection}/${id}`, { auth: await as.admin() })).status).toBe(200)
  })

  it('should refuse anonymous writes', async () => {
    const refused = await api(`/api/${collection}`, { method: 'POST', body: await data() })
    expect(refused.status).toBe(403)
  })
})
