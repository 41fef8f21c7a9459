import { describe, expect, it } from 'vitest'

import { checkRole } from './checkRole'
import { STAFF_ROLES } from './roles'

describe(checkRole.name, () => {
  it('should pass a user holding one of the allowed roles', () => {
    expect(checkRole(['editor', 'publisher'], { roles: ['publisher'] })).toBe(true)
  })
  it('should refuse a user holding none of them', () => {
    expect(checkRole(['privacy-officer'], { roles: ['editor', 'medical-reviewer'] })).toBe(false)
  })
  it('should refuse anonymous requests and users without roles', () => {
    expect(checkRole(['editor'], null)).toBe(false)
    expect(checkRole(['editor'], undefined)).toBe(false)
    expect(checkRole(['editor'], { roles: null })).toBe(false)
    expect(checkRole(['editor'], { roles: [] })).toBe(false)
  })
  it('should never count an api-client as staff', () => {
    expect(STAFF_ROLES).not.toContain('api-client')
    expect(checkRole(STAFF_ROLES, { roles: ['api-client'] })).toBe(false)
    expect(checkRole(STAFF_ROLES, { roles: ['analyst'] })).toBe(true)
  })
})
