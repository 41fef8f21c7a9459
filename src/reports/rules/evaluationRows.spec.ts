import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { tagUrl } from '../../distribution/rules/utm'
import {
  attribute,
  candidateDistribution,
  parseAccountRow,
  parseBusinessRow,
  parseSocialRow,
  readUtm,
} from './evaluationRows'

const now = new Date('2026-09-30T04:00:00Z')

describe(parseAccountRow.name, () => {
  it('should fill missing counts with 0 and keep a negative follower growth', () => {
    expect(parseAccountRow({ account: 'gh_12ab', date: '2026-09-29', followers: 10, followerGrowth: -3 })).toEqual({
      row: {
        account: 'gh_12ab',
        date: '2026-09-29',
        channel: null,
        doctor: null,
        followers: 10,
        brandSearchVolume: 0,
        mentions: 0,
        categoryMentions: 0,
        followerGrowth: -3,
        sentiment: { positive: 0, neutral: 0, negative: 0 },
        nps: { promoters: 0, passives: 0, detractors: 0 },
      },
    })
  })

  it('should refuse each malformed field with its own code', () => {
    const problem = (raw: unknown) => {
      const result = parseAccountRow(raw)
      return 'problem' in result ? result.problem.code : null
    }
    expect(problem([])).toBe('metrics-bad-row')
    expect(problem({ account: 'a b', date: '2026-09-29' })).toBe('account-bad-account')
    expect(problem({ account: '医院公众号', date: '2026-09-31' })).toBe('metrics-bad-date')
    expect(problem({ account: 'a', date: '2026-09-29', channel: 'x y' })).toBe('account-bad-relation')
    expect(problem({ account: 'a', date: '2026-09-29', followers: 1.5 })).toBe('metrics-bad-count')
    expect(problem({ account: 'a', date: '2026-09-29', followerGrowth: '3' })).toBe('metrics-bad-count')
    expect(problem({ account: 'a', date: '2026-09-29', mentions: 3, categoryMentions: 2 })).toBe('account-bad-share')
    expect(problem({ account: 'a', date: '2026-09-29', nps: [] })).toBe('metrics-bad-count')
    expect(problem({ account: 'a', date: '2026-09-29', sentiment: { negative: -1 } })).toBe('metrics-bad-count')
  })
})

describe(readUtm.name, () => {
  it('should read back what the distribution engine writes on any link (property)', () => {
    const value = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== '')
    fc.assert(
      fc.property(
        fc.webUrl({ withFragments: true, withQueryParameters: true }).filter((url) => !/utm_/i.test(url)),
        value,
        value,
        fc.option(value, { nil: null }),
        fc.option(fc.integer({ min: 1, max: 1e9 }).map(String), { nil: null }),
        (url, source, medium, campaign, content) => {
          const tagged = tagUrl(url, { source, medium, campaign, content })
          expect(readUtm(tagged)).toEqual({ source, medium, campaign, content, term: null })
        },
      ),
    )
  })

  it('should keep the first of a repeated key, ignore empty values and the fragment', () => {
    expect(
      readUtm('https://a.cn/x?UTM_Campaign=a&utm_campaign=b&utm_content=&utm_term=%E8%A1%80%E5%8E%8B#utm_source=x'),
    ).toEqual({
      source: null,
      medium: null,
      campaign: 'a',
      content: null,
      term: '血压',
    })
    expect(readUtm('https://a.cn/x')).toEqual({ source: null, medium: null, campaign: null, content: null, term: null })
  })
})

describe(parseBusinessRow.name, () => {
  const base = { id: 'HIS-1', kind: 'appointment', occurredAt: '2026-09-29T10:00:00+08:00' }

  it('should take UTM from the landing page, explicit fields winning', () => {
    const result = parseBusinessRow(
      { ...base, landingPage: 'https://h.cn/book?utm_campaign=a&utm_content=12&utm_source=sms', utm_campaign: 'b' },
      { now },
    )
    expect(result).toEqual({
      row: {
        eventId: 'HIS-1',
        kind: 'appointment',
        occurredAt: '2026-09-29T02:00:00.000Z',
        distribution: null,
        landingPage: 'https://h.cn/book?utm_campaign=a&utm_content=12&utm_source=sms',
        utm: { source: 'sms', medium: null, campaign: 'b', content: '12', term: null },
      },
    })
  })

  it('should refuse bad ids, kinds, times, landing pages and UTM values', () => {
    const problem = (raw: Record<string, unknown>) => {
      const result = parseBusinessRow({ ...base, ...raw }, { now })
      return 'problem' in result ? result.problem.code : null
    }
    expect(problem({ id: '' })).toBe('business-bad-id')
    expect(problem({ kind: 'visit' })).toBe('business-bad-kind')
    expect(problem({ occurredAt: '2026-09-29' })).toBe('business-bad-time')
    expect(problem({ occurredAt: '2026-09-30T13:00:00+08:00' })).toBe('business-future-time')
    expect(problem({ landingPage: 'ftp://h.cn' })).toBe('business-bad-landing')
    expect(problem({ utm: { campaign: 1 } })).toBe('business-bad-utm')
    expect(problem({ utm: 'x' })).toBe('business-bad-utm')
    expect(problem({ distribution: 'a b' })).toBe('metrics-bad-distribution')
    expect(problem({})).toBeNull()
  })
})

describe(attribute.name, () => {
  const distribution = { id: 12, campaign: 3, channel: 4, contentCollection: 'articles', contentId: '7' }
  const utm = (fields: Partial<Record<'campaign' | 'content', string>>) => ({
    source: null,
    medium: null,
    term: null,
    campaign: fields.campaign ?? null,
    content: fields.content ?? null,
  })

  it('should prefer an explicit distribution, then utm_content, then utm_campaign', () => {
    expect(attribute({ distribution: '12', utm: utm({}) }, { distribution, campaignBySlug: null })).toMatchObject({
      attribution: { method: 'distribution', distribution: 12, campaign: 3, channel: 4, contentId: '7' },
    })
    expect(
      attribute(
        { distribution: null, utm: utm({ content: '12', campaign: 'x' }) },
        { distribution, campaignBySlug: 9 },
      ),
    ).toMatchObject({ attribution: { method: 'utm-content', campaign: 3 } })
    expect(
      attribute(
        { distribution: null, utm: utm({ content: 'banner', campaign: 'x' }) },
        { distribution: null, campaignBySlug: 9 },
      ),
    ).toEqual({
      attribution: {
        method: 'utm-campaign',
        distribution: null,
        campaign: 9,
        channel: null,
        contentCollection: null,
        contentId: null,
      },
    })
    expect(attribute({ distribution: null, utm: utm({}) }, { distribution: null, campaignBySlug: null })).toMatchObject(
      {
        attribution: { method: 'none', campaign: null },
      },
    )
  })

  it('should refuse an unknown explicit distribution and an unknown utm_campaign', () => {
    expect(attribute({ distribution: '99', utm: utm({}) }, { distribution: null, campaignBySlug: null })).toEqual({
      problem: { code: 'metrics-unknown-distribution', params: { id: '99' } },
    })
    expect(
      attribute({ distribution: null, utm: utm({ campaign: 'nope' }) }, { distribution: null, campaignBySlug: null }),
    ).toEqual({
      problem: { code: 'business-unknown-campaign', params: { slug: 'nope' } },
    })
  })

  it('should attribute a found distribution to its own campaign whatever the UTM says (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.integer(), { nil: null }),
        (campaign, slugHit) => {
          const result = attribute(
            { distribution: null, utm: utm({ content: '12', ...(campaign ? { campaign } : {}) }) },
            { distribution, campaignBySlug: slugHit },
          )
          expect(result).toMatchObject({ attribution: { distribution: 12, campaign: 3, channel: 4 } })
        },
      ),
    )
  })

  it('should name the explicit distribution before utm_content', () => {
    expect(candidateDistribution({ distribution: '5', utm: utm({ content: '12' }) })).toBe('5')
    expect(candidateDistribution({ distribution: null, utm: utm({ content: '12' }) })).toBe('12')
    expect(candidateDistribution({ distribution: null, utm: utm({ content: 'a b' }) })).toBeNull()
  })
})

describe(parseSocialRow.name, () => {
  it('should take a campaign by id or slug and check values against the indicator', () => {
    expect(
      parseSocialRow({
        campaign: 7,
        indicator: 'screening-uptake',
        date: '2026-09-01',
        baseline: 30,
        value: 45,
        sampleSize: 200,
      }),
    ).toEqual({
      row: {
        campaign: '7',
        indicator: 'screening-uptake',
        date: '2026-09-01',
        community: '',
        label: null,
        baseline: 30,
        value: 45,
        sampleSize: 200,
      },
    })
    expect(
      parseSocialRow({
        campaign: 'world-heart-day-2026',
        indicator: 'volunteer-hours',
        date: '2026-09-01',
        value: 300,
      }),
    ).toHaveProperty('row.campaign', 'world-heart-day-2026')
    const problem = (raw: Record<string, unknown>) => {
      const result = parseSocialRow({ campaign: 7, indicator: 'quiz-score', date: '2026-09-01', value: 70, ...raw })
      return 'problem' in result ? result.problem.code : null
    }
    expect(problem({ campaign: null })).toBe('social-bad-campaign')
    expect(problem({ indicator: 'bmi' })).toBe('social-bad-indicator')
    expect(problem({ date: '2026-9-1' })).toBe('metrics-bad-date')
    expect(problem({ value: 100.5 })).toBe('social-bad-value')
    expect(problem({ baseline: -1 })).toBe('social-bad-value')
    expect(problem({ value: Number.NaN })).toBe('social-bad-value')
    expect(problem({ sampleSize: 0 })).toBe('metrics-bad-count')
    expect(problem({ indicator: 'volunteer-hours', value: 250 })).toBeNull()
  })
})
