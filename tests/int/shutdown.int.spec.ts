// SIGTERM: the server stops accepting, finishes the request in flight, closes the database and
// exits 0.
import { describe, expect, inject, it } from 'vitest'

import { startServerProcess } from '../../scripts/lib/serverProcess'
import { createTestDatabase } from '../../scripts/lib/testDatabase'

describe('graceful shutdown', () => {
  it('should finish a request in flight after SIGTERM, then exit 0', async () => {
    const database = await createTestDatabase(inject('dbKind'), 'shutdown')
    const server = await startServerProcess({ DATABASE_URI: database.uri, SEED_DEMO: '0' })
    try {
      const first = await fetch(`${server.url}/api/users/first-register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'first@test.hospital',
          password: 'a-long-password',
          name: '首位管理员',
          roles: ['admin'],
        }),
      })
      expect(first.status).toBe(200)

      // Send half a login body, signal the server, then send the rest.
      let release!: () => void
      const gate = new Promise<void>((resolve) => (release = resolve))
      const encoder = new TextEncoder()
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode('{"email":"first@test.hospital",'))
          await gate
          controller.enqueue(encoder.encode('"password":"a-long-password"}'))
          controller.close()
        },
      })
      const inFlight = fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit)
      await new Promise((resolve) => setTimeout(resolve, 300))
      const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve))
      server.child.kill('SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 300))
      release()

      const response = await inFlight
      expect(response.status).toBe(200)
      expect((await response.json()).token).toBeTruthy()
      expect(await exited).toBe(0)
      await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
      expect(server.output()).toContain('SIGTERM')
    } finally {
      await server.stop()
      await database.drop()
    }
  })
})
