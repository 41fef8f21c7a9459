// The master key as configured: what a start does with a missing, malformed or development key.
// (A key that fits no stored data key is refused at start: tests/int/privacy.int.spec.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest'

const load = async (env: Record<string, string | undefined>) => {
  vi.resetModules()
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value)
  return import('./keyring')
}

describe('masterKeys', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('should refuse to run in production without DATA_KEY', async () => {
    const { masterKeys } = await load({ NODE_ENV: 'production', DATA_KEY: '' })
    expect(() => masterKeys()).toThrow(/DATA_KEY must be set when NODE_ENV=production/)
  })

  it('should refuse a malformed key, current or previous, naming the variable', async () => {
    const current = await load({ NODE_ENV: 'test', DATA_KEY: 'too-short' })
    expect(() => current.masterKeys()).toThrow(/DATA_KEY must be 32 random bytes/)
    const previous = await load({ NODE_ENV: 'test', DATA_KEY: 'a'.repeat(64), DATA_KEY_PREVIOUS: 'b'.repeat(10) })
    expect(() => previous.masterKeys()).toThrow(/DATA_KEY_PREVIOUS must be 32 random bytes/)
  })

  it('should use the development key outside production, and say so', async () => {
    const { masterKeys } = await load({ NODE_ENV: 'test', DATA_KEY: '' })
    expect(masterKeys().development).toBe(true)
    const configured = await load({ NODE_ENV: 'test', DATA_KEY: 'c'.repeat(64), DATA_KEY_PREVIOUS: 'd'.repeat(64) })
    const keys = configured.masterKeys()
    expect(keys.development).toBe(false)
    expect(keys.previous).toHaveLength(1)
    expect(keys.current.id).not.toBe(keys.previous[0].id)
    // A database made with the development key moves to a real one through a rotation.
    const fromDevelopment = await load({ NODE_ENV: 'test', DATA_KEY: 'c'.repeat(64), DATA_KEY_PREVIOUS: 'development' })
    const development = await load({ NODE_ENV: 'test', DATA_KEY: '' })
    expect(fromDevelopment.masterKeys().previous[0].id).toBe(development.masterKeys().current.id)
  })
})
