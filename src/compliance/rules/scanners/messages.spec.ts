import { describe, expect, it } from 'vitest'

import { bannedClaimMessage, FINDING_MESSAGES, findingMessage } from './messages'
import { FINDING_CODES } from './types'

describe(findingMessage.name, () => {
  it('should have a Chinese and an English message for every code', () => {
    for (const code of FINDING_CODES) {
      expect(findingMessage(code, 'zh')).toMatch(/[\u4e00-\u9fff]/)
      expect(findingMessage(code, 'en')).toMatch(/^[\x20-\x7e]+$/)
    }
    expect(Object.keys(FINDING_MESSAGES).sort()).toEqual([...FINDING_CODES].sort())
  })

  it('should default to Chinese', () => {
    expect(findingMessage('pii-id-number')).toBe('疑似身份证号码，发布前请删除或脱敏')
  })
})

describe(bannedClaimMessage.name, () => {
  it('should name the category and the matched words', () => {
    expect(bannedClaimMessage('cure-rate', '治愈率95%')).toBe(
      '含违规医疗宣传用语，请修改或删除（治愈率/有效率：“治愈率95%”）',
    )
    expect(bannedClaimMessage('absolute', 'NO.1', 'en')).toContain('absolute wording')
  })
})
