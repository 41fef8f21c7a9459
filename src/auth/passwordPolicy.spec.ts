import { describe, expect, it } from 'vitest'

import { PASSWORD_MIN_LENGTH, passwordProblem } from './passwordPolicy'

describe(passwordProblem.name, () => {
  it('should refuse a password shorter than 12 characters, however random', () => {
    expect(passwordProblem('x7#Qp!2vLm9')).toEqual({ code: 'password-too-short', min: PASSWORD_MIN_LENGTH })
    expect(passwordProblem('')).toEqual({ code: 'password-too-short', min: PASSWORD_MIN_LENGTH })
  })

  it('should count characters, not UTF-16 units', () => {
    // 11 astral characters are 22 UTF-16 units but still too short.
    expect(passwordProblem('😀'.repeat(11))?.code).toBe('password-too-short')
  })

  it('should refuse common passwords, keyboard walks, repeats and sequences of 12 or more characters', () => {
    for (const common of [
      'password1234',
      '123456789012',
      'qwertyuiop123',
      'iloveyou1234',
      'letmein12345',
      '1q2w3e4r5t6y',
      'passwordpassword',
      '111111111111',
      'abcdefghijkl',
      'test-password',
    ]) {
      expect(passwordProblem(common), common).toEqual({ code: 'password-too-common' })
    }
  })

  it("should refuse a password built from the account's own e-mail or name", () => {
    expect(passwordProblem('editor@demo.hospital', ['editor@demo.hospital', '宣传编辑'])).toEqual({
      code: 'password-too-common',
    })
    expect(passwordProblem('zhangweiradiology', ['zhangwei@demo.hospital', 'radiology'])).toEqual({
      code: 'password-too-common',
    })
    // The same password is fine for someone else.
    expect(passwordProblem('zhangweiradiology')).toBeUndefined()
  })

  it('should accept long passphrases and the demo and test passwords', () => {
    for (const good of [
      'demo-password-2026',
      'test-password-2026',
      'correct horse battery staple',
      '医院宣传内容平台2026',
      'a-long-password',
    ]) {
      expect(passwordProblem(good), good).toBeUndefined()
    }
  })
})
