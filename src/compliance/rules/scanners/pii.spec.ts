import { describe, expect, it } from 'vitest'

import { idCheckDigit, isValidResidentId15, isValidResidentId18, luhnValid, piiSeverity, scanPii } from './pii'
import type { ContentKind, FindingCode } from './types'

const codes = (text: string, options: Partial<Parameters<typeof scanPii>[1]> = {}) =>
  scanPii(text, { kind: 'article', ...options }).map((f) => f.code)

const expectOffsets = (text: string, kind: ContentKind = 'article') => {
  for (const f of scanPii(text, { kind })) expect(text.slice(f.start, f.end)).toBe(f.match)
}

describe(idCheckDigit.name, () => {
  it('should compute the GB 11643 check character', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X')
    expect(idCheckDigit('44010419850312123')).toBe('4')
    expect(idCheckDigit('32050219951230088')).toBe('X')
    expect(idCheckDigit('11010519900718004')).toBe('5')
  })

  it('should refuse anything but 17 digits', () => {
    expect(() => idCheckDigit('1234')).toThrow()
  })
})

describe(isValidResidentId18.name, () => {
  it('should accept IDs with a valid check digit and birth date, X in either case', () => {
    expect(isValidResidentId18('11010519491231002X')).toBe(true)
    expect(isValidResidentId18('11010519491231002x')).toBe(true)
    expect(isValidResidentId18('440104198503121234')).toBe(true)
    expect(isValidResidentId18('610113196002290848')).toBe(true)
  })

  it('should refuse a wrong check digit', () => {
    expect(isValidResidentId18('440104198503121235')).toBe(false)
    expect(isValidResidentId18('110105199007180046')).toBe(false)
  })

  it('should refuse an impossible or future birth date and an unknown province', () => {
    const withCheck = (first17: string) => first17 + idCheckDigit(first17)
    expect(isValidResidentId18(withCheck('44010419851312123'))).toBe(false) // month 13
    expect(isValidResidentId18(withCheck('61011319610229084'))).toBe(false) // 1961 is no leap year
    expect(isValidResidentId18(withCheck('44010421990101123'))).toBe(false) // 2199
    expect(isValidResidentId18(withCheck('44010418500101123'))).toBe(false) // before 1900
    expect(isValidResidentId18(withCheck('99010419850312123'))).toBe(false) // province 99
    expect(isValidResidentId18(withCheck('44010419850312123'))).toBe(true)
  })
})

describe(isValidResidentId15.name, () => {
  it('should accept a 15-digit ID with a plausible YYMMDD date', () => {
    expect(isValidResidentId15('440104850312123')).toBe(true)
  })

  it('should refuse an impossible date or an unknown province', () => {
    expect(isValidResidentId15('440104851332123')).toBe(false)
    expect(isValidResidentId15('440104850230123')).toBe(false)
    expect(isValidResidentId15('990104850312123')).toBe(false)
  })
})

describe(luhnValid.name, () => {
  it('should accept numbers passing the Luhn check', () => {
    expect(luhnValid('4111111111111111')).toBe(true)
    expect(luhnValid('6222021001123459')).toBe(true)
    expect(luhnValid('6217000020001234568')).toBe(true)
  })

  it('should refuse numbers failing it and non-digits', () => {
    expect(luhnValid('4111111111111112')).toBe(false)
    expect(luhnValid('6222021001123458')).toBe(false)
    expect(luhnValid('6222-0210')).toBe(false)
  })
})

describe(piiSeverity.name, () => {
  it('should always block ID, bank card, record number and patient name', () => {
    for (const code of ['pii-id-number', 'pii-bank-card', 'pii-record-number', 'pii-patient-name'] as FindingCode[]) {
      expect(piiSeverity(code, 'article')).toBe('block')
      expect(piiSeverity(code, 'campaign')).toBe('block')
    }
  })

  it('should block contact details in patient stories and warn elsewhere', () => {
    for (const code of ['pii-phone', 'pii-email', 'pii-landline'] as FindingCode[]) {
      expect(piiSeverity(code, 'patient-story')).toBe('block')
      expect(piiSeverity(code, 'article')).toBe('warn')
      expect(piiSeverity(code, 'campaign')).toBe('warn')
    }
  })
})

describe(scanPii.name, () => {
  it('should find an 18-character resident ID with a valid checksum, grouped or not', () => {
    expect(codes('身份证号440104198503121234。')).toEqual(['pii-id-number'])
    expect(codes('身份证：32050219951230088X')).toEqual(['pii-id-number'])
    expect(codes('身份证 440306 20010909 2475')).toEqual(['pii-id-number'])
  })

  it('should find a 15-digit old ID with a plausible date', () => {
    expect(codes('旧身份证号码是440104850312123')).toEqual(['pii-id-number'])
  })

  it('should ignore IDs with an invalid checksum or date, and IDs inside longer digit runs', () => {
    expect(codes('身份证号440104198503121235')).toEqual([])
    expect(codes('旧版身份证号440104851332123')).toEqual([])
    expect(codes('编号94401041985031212340')).toEqual([])
  })

  it('should find mobile numbers with prefixes, spaces and dashes', () => {
    for (const text of [
      '手机13812345678',
      '手机 138 1234 5678',
      '手机 138-1234-5678',
      '电话+86 138 1234 5678',
      '电话+86-139-8765-4321',
      '电话8613812345678',
      '电话0086 186 0000 5678',
      '电话（+86）13812345678',
      '手机１３９１２３４５６７８',
    ]) {
      expect(codes(text)).toEqual(['pii-phone'])
      expectOffsets(text)
    }
  })

  it('should not take a mobile number out of a longer number or a masked one', () => {
    expect(codes('流水号2138123456789')).toEqual([])
    expect(codes('手机号138****5678')).toEqual([])
    expect(codes('批准文号：国药准字H20263015')).toEqual([])
  })

  it('should find landlines with a dash, a space or parentheses', () => {
    for (const text of [
      '电话010-12345678',
      '座机(0755)8765 4321',
      '座机（0755）87654321',
      '座机0571 8823 4567',
      '电话0771-5321876',
    ]) {
      expect(codes(text)).toEqual(['pii-landline'])
      expectOffsets(text)
    }
  })

  it('should find e-mail addresses, full-width or upper-case ones too', () => {
    expect(codes('邮箱 liming1985@163.com，方便联系')).toEqual(['pii-email'])
    expect(codes('邮箱ZHANG.Wei@Example.COM')).toEqual(['pii-email'])
    expect(codes('邮箱ｌｉｍｉｎｇ＠１６３．ｃｏｍ')).toEqual(['pii-email'])
    expect(codes('关注@健康市中心')).toEqual([])
  })

  it('should find bank card numbers passing Luhn, grouped or not', () => {
    expect(codes('银行卡6222021001123459')).toEqual(['pii-bank-card'])
    expect(codes('账户 6217 0000 2000 1234 568')).toEqual(['pii-bank-card'])
    expect(codes('账户 6228-4800-1234-5678-903')).toEqual(['pii-bank-card'])
    expect(codes('卡号6222021001123458未通过校验')).toEqual([])
  })

  it('should find record numbers after their labels', () => {
    for (const text of [
      '病历号：MZ20260929001',
      '住院号 2026001234',
      '门诊号:2026091234',
      '医保卡号：A12345678',
      '社保卡号：H33010600123',
      '床号：12',
      '就诊卡号 JZ88020134',
      '患者ID: 0012345678',
      'No. 2026003345',
      '病案号为20260815007',
      '門診號：2026091234',
    ]) {
      expect(codes(text)).toEqual(['pii-record-number'])
      expectOffsets(text)
    }
  })

  it('should not take labels without an identifier or NO.1 for record numbers', () => {
    expect(codes('病历号可在就诊卡背面查看')).toEqual([])
    expect(codes('床号请以护士站白板为准')).toEqual([])
    expect(codes('口腔种植NO.1')).toEqual([])
  })

  it('should find patient names, also spaced or in traditional characters', () => {
    const options = { kind: 'patient-story' as const, patientNames: ['陈小华'] }
    for (const text of ['陈小华女士', '陈 小 华女士', '陳小華女士', '陈　小华女士', '陈·小华女士']) {
      const findings = scanPii(text, options)
      expect(findings.map((f) => [f.code, f.severity])).toEqual([['pii-patient-name', 'block']])
      expect(text.slice(findings[0].start, findings[0].end)).toBe(findings[0].match)
    }
    expect(scanPii('陈某某女士', options)).toEqual([])
    expect(scanPii('张伟', { kind: 'article', patientNames: ['張 偉'] }).map((f) => f.code)).toEqual([
      'pii-patient-name',
    ])
  })

  it('should never flag the published numbers, whatever their formatting', () => {
    const publishedNumbers = ['020-12345678', '12320', 'ts@hospital-example.cn']
    expect(codes('请致电020-12345678', { publishedNumbers })).toEqual([])
    expect(codes('请致电(020)1234 5678', { publishedNumbers })).toEqual([])
    expect(codes('咨询电话：020-12345678转8001', { publishedNumbers })).toEqual([])
    expect(codes('投诉邮箱：TS@hospital-example.cn', { publishedNumbers })).toEqual([])
    expect(codes('请致电020-87654321', { publishedNumbers })).toEqual(['pii-landline'])
  })

  it('should not flag dates, times, dosages, readings, percentages, years or service numbers', () => {
    for (const text of [
      '义诊时间2026-09-29 08:30-11:30',
      '2026年9月29日',
      '阿司匹林500mg，每次0.5毫克',
      '血压130/85mmHg',
      '空腹血糖7.0mmol/L',
      '患病率约为27.5%',
      '始建于1952年',
      '急救120，卫生热线12320，心理援助12356',
      '客服热线400-880-1200',
      '邮编510080',
      '条形码6901234567892',
      '心率60~100次/分',
    ]) {
      expect(codes(text)).toEqual([])
    }
  })

  it('should give severities by kind and Chinese messages', () => {
    const text = '手机13812345678，身份证号440104198503121234'
    const story = scanPii(text, { kind: 'patient-story' })
    expect(story.map((f) => [f.code, f.severity])).toEqual([
      ['pii-phone', 'block'],
      ['pii-id-number', 'block'],
    ])
    const article = scanPii(text, { kind: 'article' })
    expect(article.map((f) => f.severity)).toEqual(['warn', 'block'])
    expect(article[1].message).toBe('疑似身份证号码，发布前请删除或脱敏')
  })

  it('should report offsets into the original text for full-width and spaced input', () => {
    const text = '患者（手机：１３８ １２３４ ５６７８）身份证 440306 20010909 2475，住院号：ZY-2026-0815'
    const findings = scanPii(text, { kind: 'article' })
    expect(findings.map((f) => f.code)).toEqual(['pii-phone', 'pii-id-number', 'pii-record-number'])
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.match)
  })
})
