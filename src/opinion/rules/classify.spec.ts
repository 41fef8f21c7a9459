import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { classifyMention, maxSeverity, type MonitoringRule, sentimentOf } from './classify'

const rules: MonitoringRule[] = [
  { id: 'dispute', terms: ['医疗纠纷', '讨说法'], severityFloor: 'major' },
  { id: 'vaccine', terms: ['疫苗', '接种'] },
  { id: 'namesake', terms: ['示范医院招聘', '示范医院（旧址）'], exclude: true },
]
const context = {
  rules,
  hospitalNames: ['示范医院', '市示范医院'],
  doctorNames: ['周建华'],
  content: [{ collection: 'articles', id: 7, keys: ['home-blood-pressure-measurement', '家庭自测血压'] }],
}

describe(classifyMention.name, () => {
  it('should find the hospital and its doctors in traditional characters, full-width forms and with inserted spaces', () => {
    for (const text of ['示範醫院的護士很耐心', '周 建 华医生真负责', 'ｈｔｔｐ 示范医院 好评']) {
      expect(classifyMention({ text }, context).relevant, text).toBe(true)
    }
    expect(classifyMention({ text: '今天天气不错' }, context).relevant).toBe(false)
  })
  it('should leave out a namesake that an exclusion rule names', () => {
    expect(classifyMention({ text: '示范医院招聘护士若干名' }, context).relevant).toBe(false)
  })
  it('should link a mention to the piece it quotes or links', () => {
    const c = classifyMention(
      { text: '转发', url: 'https://www.hospital.example/articles/home-blood-pressure-measurement' },
      context,
    )
    expect(c.linkedContent).toEqual([{ collection: 'articles', id: 7 }])
    expect(c.relevant).toBe(true)
  })
  it('should suggest the severity by words, rules and engagement, never above general when positive', () => {
    expect(classifyMention({ text: '示范医院医疗事故致患者死亡，家属愤怒' }, context).suggestedSeverity).toBe(
      'critical',
    )
    expect(classifyMention({ text: '在示范医院被收红包，已举报' }, context).suggestedSeverity).toBe('major')
    expect(classifyMention({ text: '示范医院排队太久，失望', engagement: 60_000 }, context).suggestedSeverity).toBe(
      'critical',
    )
    expect(classifyMention({ text: '示范医院排队太久，失望', engagement: 10 }, context).suggestedSeverity).toBe(
      'general',
    )
    expect(classifyMention({ text: '示范医院门口有人讨说法' }, context)).toMatchObject({
      suggestedSeverity: 'major',
      matchedRules: ['dispute'],
    })
    expect(classifyMention({ text: '感谢示范医院，护士耐心专业', engagement: 90_000 }, context)).toMatchObject({
      sentiment: 'positive',
      suggestedSeverity: 'general',
    })
  })
  it('should read a negated word the other way', () => {
    expect(sentimentOf('医生一点也不耐心，不专业').sentiment).toBe('negative')
    expect(sentimentOf('没有乱收费，很满意').sentiment).toBe('positive')
  })
  it('should classify any text without throwing, and never suggest a severity for an irrelevant mention', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.option(fc.nat()), (text, engagement) => {
        const c = classifyMention({ text, engagement }, context)
        if (!c.relevant) expect(c.suggestedSeverity).toBe('general')
        expect(['negative', 'neutral', 'positive']).toContain(c.sentiment)
      }),
    )
    expect(maxSeverity('general', 'critical', 'major')).toBe('critical')
  })
})
