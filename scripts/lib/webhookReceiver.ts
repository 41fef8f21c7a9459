// A channel integrator's endpoint on loopback: verifies every request with the `standardwebhooks`
// package (not the product's code), records what arrived, and answers as each test scripts it.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { Webhook } from 'standardwebhooks'

export type Received = {
  id: string
  timestamp: string
  signatures: string[]
  body: any
  /** Which of the receiver's secrets verified the signature header, by index. */
  verifiedWith: number[]
  at: number
}

export type Reply = { status: number; headers?: Record<string, string>; delayMs?: number; body?: string }

export type Receiver = {
  url: string
  received: Received[]
  /** Distinct webhook-ids and how many times each came. */
  counts: () => Map<string, number>
  /** Scripted answers, first in first out; after they run out, `fallback`. */
  replies: Reply[]
  fallback: Reply
  secrets: string[]
  close: () => Promise<void>
}

export const startReceiver = async (secrets: string[], fallback: Reply = { status: 200 }): Promise<Receiver> => {
  const received: Received[] = []
  const receiver: Receiver = {
    url: '',
    received,
    replies: [],
    fallback,
    secrets,
    counts: () => {
      const counts = new Map<string, number>()
      for (const r of received) counts.set(r.id, (counts.get(r.id) ?? 0) + 1)
      return counts
    },
    close: async () => {},
  }
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const headers = {
        'webhook-id': String(req.headers['webhook-id'] ?? ''),
        'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
      }
      const verifiedWith = receiver.secrets.flatMap((secret, index) => {
        try {
          new Webhook(secret).verify(raw, headers)
          return [index]
        } catch {
          return []
        }
      })
      if (verifiedWith.length === 0) {
        res.writeHead(401).end('bad signature')
        return
      }
      received.push({
        id: headers['webhook-id'],
        timestamp: headers['webhook-timestamp'],
        signatures: headers['webhook-signature'].split(' '),
        body: JSON.parse(raw),
        verifiedWith,
        at: Date.now(),
      })
      const reply = receiver.replies.shift() ?? receiver.fallback
      const send = () => res.writeHead(reply.status, reply.headers ?? {}).end(reply.body ?? '')
      if (reply.delayMs) setTimeout(send, reply.delayMs)
      else send()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`
  receiver.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return receiver
}

/** Polls until the check passes or the time is up, then returns its last value. */
export const eventually = async <T>(
  read: () => Promise<T> | T,
  pass: (value: T) => boolean,
  timeoutMs = 30_000,
  everyMs = 250,
): Promise<T> => {
  const end = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (pass(value) || Date.now() > end) return value
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}
