// Media on S3: a server configured for an S3-protocol endpoint on loopback (s3rver) stores the
// original and every size in the bucket, and deleting the document removes them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { fileUrl } from '../helpers/api'
import { bandedJpeg, uploadForm } from '../helpers/images'
import { makeClip } from '../helpers/videos'
import { type RunningServer, startServerProcess } from '../../scripts/lib/serverProcess'
import { createTestDatabase, type TestDatabase } from '../../scripts/lib/testDatabase'

const BUCKET = 'cms-media-test'

describe('S3 storage', () => {
  let s3rver: S3rver
  let s3: S3Client
  let server: RunningServer
  let database: TestDatabase
  let directory: string
  let token: string

  const objectKeys = async () => {
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))
    return (listed.Contents ?? []).map((object) => object.Key!).sort()
  }

  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'))
    s3rver = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    })
    const { port } = await s3rver.run()
    const endpoint = `http://127.0.0.1:${port}`
    s3 = new S3Client({
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    })
    database = await createTestDatabase(inject('dbKind'), 's3')
    server = await startServerProcess({
      DATABASE_URI: database.uri,
      SEED_DEMO: '0',
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    })
    const first = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 's3@test.hospital',
        password: 'a-long-password',
        name: '存储管理员',
        roles: ['admin'],
      }),
    })
    token = (await first.json()).token
  })

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
    await s3rver?.close()
    fs.rmSync(directory, { recursive: true, force: true })
  })

  it('should put the original and every size in the bucket, and remove them on delete', async () => {
    const created = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: uploadForm(await bandedJpeg(), 'cover.jpg', 'image/jpeg', { alt: '存储测试图' }),
    })
    const body = await created.json()
    if (created.status !== 201) console.log(server.output().slice(-6000))
    expect(created.status, JSON.stringify(body)).toBe(201)
    const doc = body.doc
    const expected = [doc.filename, ...Object.values(doc.sizes).map((size: any) => size.filename)]
      .map((name) => `media/${name}`)
      .sort()
    expect(expected).toHaveLength(6)
    expect(await objectKeys()).toEqual(expected)

    // The stored object is the real image: read it back through the API (as staff: a file of no
    // public content is not public).
    const file = await fetch(fileUrl(doc.sizes.wechatCover.url, server.url), {
      headers: { authorization: `JWT ${token}` },
    })
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))

    const deleted = await fetch(`${server.url}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}` },
    })
    expect(deleted.status).toBe(200)
    expect(await objectKeys()).toEqual([])
  })

  it("should put a video and its poster frame's original and sizes in the bucket, and remove them all with the video", async () => {
    const clip = await makeClip()
    const created = await fetch(`${server.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: uploadForm(clip, 'demo.mp4', 'video/mp4', { alt: '存储测试视频' }),
    })
    const body = await created.json()
    expect(created.status, JSON.stringify(body)).toBe(201)
    const { doc } = body
    const poster = doc.poster
    expect(poster).toMatchObject({ mimeType: 'image/jpeg', width: 320, height: 568 })
    // Sizes larger than the 320×568 frame are not made (Payload does not enlarge).
    const sizes = Object.values(poster.sizes)
      .map((size: any) => size.filename)
      .filter(Boolean)
    expect(sizes.length).toBeGreaterThan(0)
    const expected = [doc.filename, poster.filename, ...sizes].map((name) => `media/${name}`).sort()
    expect(await objectKeys()).toEqual(expected)
    const read = async (url: string) =>
      Buffer.from(
        await (await fetch(fileUrl(url, server.url), { headers: { authorization: `JWT ${token}` } })).arrayBuffer(),
      )
    expect((await read(doc.url)).equals(clip)).toBe(true)
    expect((await read(poster.sizes.thumbnail.url)).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]))

    const deleted = await fetch(`${server.url}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}` },
    })
    expect(deleted.status).toBe(200)
    expect(await objectKeys()).toEqual([])
  })
})
