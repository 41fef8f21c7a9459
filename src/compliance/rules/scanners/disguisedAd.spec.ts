import { describe, expect, it } from 'vitest'

import { scanDisguisedAd } from './disguisedAd'

describe(scanDisguisedAd.name, () => {
  it('should flag prices, discounts and sales incentives in articles and patient stories', () => {
    for (const text of [
      '膏方门诊特价199元',
      '体检套餐打8折',
      '限时优惠，先到先得',
      '种植牙仅需3980元',
      '扫码领取优惠券',
      '满1000减200',
    ]) {
      const findings = scanDisguisedAd(text, 'article')
      expect(findings.length).toBeGreaterThan(0)
      for (const f of findings) {
        expect(f.code).toBe('disguised-ad')
        expect(f.severity).toBe('warn')
        expect(text.slice(f.start, f.end)).toBe(f.match)
      }
    }
    expect(scanDisguisedAd('现在转发还能立减500元', 'patient-story')).toHaveLength(1)
  })

  it('should block prices in campaign pieces and warn in health education', () => {
    expect(scanDisguisedAd('种植牙立减2000元', 'campaign').map((f) => f.severity)).toEqual(['block'])
    expect(scanDisguisedAd('种植牙立减2000元', 'article').map((f) => f.severity)).toEqual(['warn'])
    expect(
      scanDisguisedAd('种植牙立减2000元', 'article', {
        article: 'block',
        'patient-story': 'warn',
        campaign: 'block',
      }).map((f) => f.severity),
    ).toEqual(['block'])
  })

  it('should flag booking and purchase links', () => {
    expect(scanDisguisedAd('点击预约专家门诊', 'article').map((f) => f.match)).toEqual(['点击预约'])
    expect(scanDisguisedAd('文末附挂号链接', 'article').map((f) => f.match)).toEqual(['挂号链接'])
    expect(scanDisguisedAd('请按时到医院预约复诊', 'article')).toEqual([])
  })

  it('should not flag fractures, reimbursement rates or free public screening', () => {
    for (const text of [
      '老年人跌倒后容易发生髋部骨折',
      '医保报销比例为70%，起付线为1000元',
      '适龄女性可免费进行两癌筛查',
      '请扫描二维码填写满意度调查',
    ]) {
      expect(scanDisguisedAd(text, 'article')).toEqual([])
    }
  })
})
