// What a front-end team needs from a browser on another origin (issue #15 part 3): CORS for the
// sites in CORS_ORIGINS (reads, the corrections form, preflights), absolute media URLs out of the
// box, and a clear 400 for an unknown locale.
import { describe, expect, it } from 'vitest'

import { api, as, baseUrl } from '../helpers/api'

const SITE = 'https://www.hospital.example'

describe('CORS for the hospital sites', () => {
  it('should let a listed site read public content, on a cache miss and on a hit', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await api('/api/articles?limit=1&depth=0', { headers: { origin: SITE } })
      expect(res.status).toBe(200)
      expect(res.headers.get('access-control-allow-origin')).toBe(SITE)
      expect(res.headers.get('access-control-allow-credentials')).toBe('true')
      expect(res.headers.get('vary')).toMatch(/origin/i)
      expect(res.headers.get('access-control-expose-headers')).toMatch(/etag/i)
    }
  })

  it('should give no CORS headers to another site, and refuse its preflight', async () => {
    const res = await api('/api/articles?limit=1&depth=0', { headers: { origin: 'https://evil.example' } })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await fetch(`${baseUrl()}/api/corrections`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(preflight.status).toBe(403)
    expect((await preflight.json()).errors[0].code).toBe('cors-origin-refused')
  })

  it("should answer a listed site's preflight for the corrections form, and take the report", async () => {
    const preflight = await fetch(`${baseUrl()}/api/corrections`, {
      method: 'OPTIONS',
      headers: {
        origin: SITE,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/)
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/content-type/i)
    const article = (await api('/api/articles?limit=1&depth=0')).body.docs[0]
    const report = await api('/api/corrections', {
      method: 'POST',
      body: { article: article.id, message: '文中的参考文献年份似乎有误，请核对。' },
      headers: { origin: SITE },
    })
    // Taken — or refused by the per-address limit when earlier files of the suite used it up
    // from this same address; either way the site's script can read the answer.
    expect([201, 429], JSON.stringify(report.body)).toContain(report.status)
    expect(report.headers.get('access-control-allow-origin')).toBe(SITE)
  })
})

describe('absolute media URLs', () => {
  it("should give media URLs with the server's address when SERVER_URL is not set", async () => {
    // A demo article (the oldest published): its cover is a file the seed uploaded to disk.
    const article = (await api('/api/articles?limit=1&depth=1&where[cover][exists]=true&sort=publishedAt')).body.docs[0]
    expect(article.cover.url, JSON.stringify(article.cover).slice(0, 400)).toMatch(
      /^http:\/\/localhost:\d+\/api\/media\/file\//,
    )
    expect(article.cover.sizes.wechatCover.url).toMatch(/^http:\/\//)
  })
})

describe('locales', () => {
  it('should refuse an unknown locale instead of answering in the default one', async () => {
    for (const query of ['locale=fr', 'locale=zh', 'fallback-locale=xx']) {
      const res = await api(`/api/articles?limit=1&${query}`)
      expect(res.status, query).toBe(400)
      expect(res.body.errors[0].code).toBe('unknown-locale')
    }
    for (const query of ['locale=en', 'locale=zh-TW', 'locale=all', 'fallback-locale=none']) {
      expect((await api(`/api/articles?limit=1&${query}`)).status, query).toBe(200)
    }
    expect((await api('/api/articles?limit=1&locale=fr', { auth: await as.editor() })).status).toBe(400)
  })
})
