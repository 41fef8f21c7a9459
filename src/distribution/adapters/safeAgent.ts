// The connect-time guard for webhook deliveries: an undici Agent whose sockets only ever open to
// public addresses. The check sits in the lookup the socket itself uses (and again on the address
// it connected to), so a name that resolves to a public address when saved and to 127.0.0.1 when
// called (DNS rebinding) is still refused: the address judged is the address connected to.
import dns from 'node:dns'
import net, { type LookupFunction } from 'node:net'

import { Agent, buildConnector } from 'undici'

import { classifyAddress } from '../rules/webhookUrl'

/** The stable code of a refused target, at the start of the delivery's error text. */
export const TARGET_REFUSED = 'webhook-target-refused'

export class RefusedTargetError extends Error {
  readonly code = TARGET_REFUSED

  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(`${TARGET_REFUSED}: ${host} → ${address} (${range})`)
    this.name = 'RefusedTargetError'
  }
}

/** Every address a name resolves to; injectable so tests can play a rebinding DNS server. */
export type Resolver = (
  hostname: string,
  options: { family?: number | string; hints?: number },
) => Promise<dns.LookupAddress[]>

const systemResolver: Resolver = (hostname, { family, hints }) =>
  dns.promises.lookup(hostname, {
    all: true,
    ...(family !== undefined ? { family: family as number } : {}),
    ...(hints !== undefined ? { hints } : {}),
  })

type Settled = { error: NodeJS.ErrnoException } | { addresses: dns.LookupAddress[] }

const settle = async (resolve: Resolver, hostname: string, options: dns.LookupOptions): Promise<Settled> => {
  try {
    const addresses = await resolve(hostname, { family: options.family, hints: options.hints })
    if (addresses.length === 0)
      return { error: Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }) }
    // One non-public address refuses the name as a whole, so a mixed answer cannot slip one in.
    for (const { address } of addresses) {
      const verdict = classifyAddress(address)
      if (!verdict.allowed) return { error: new RefusedTargetError(hostname, address, verdict.range) }
    }
    return { addresses }
  } catch (error) {
    return { error: error as NodeJS.ErrnoException }
  }
}

/** A `net.connect` lookup that only hands out public addresses, in whichever form the socket asked for. */
export const guardedLookup =
  (resolve: Resolver = systemResolver): LookupFunction =>
  (hostname, options, callback) => {
    void settle(resolve, hostname, options).then((result) =>
      // Outside the promise, so an exception in the socket's callback is not swallowed.
      process.nextTick(() => {
        if ('error' in result) return callback(result.error, '')
        if (options.all) return callback(null, result.addresses)
        const [first] = result.addresses
        callback(null, first.address, first.family)
      }),
    )
  }

/**
 * An Agent for webhook deliveries that refuses non-public targets: IP literals before connecting
 * (the socket does no lookup for them), names in the socket's lookup, and, as a last check, the
 * remote address of every socket it opens.
 */
export const createGuardedAgent = ({
  resolve,
  connectTimeoutMs = 10_000,
}: { resolve?: Resolver; connectTimeoutMs?: number } = {}): Agent => {
  const connector = buildConnector({ lookup: guardedLookup(resolve), timeout: connectTimeoutMs })
  const connect: buildConnector.connector = (options, callback) => {
    const host = options.hostname.replace(/^\[(.*)\]$/, '$1')
    if (net.isIP(host)) {
      const verdict = classifyAddress(host)
      if (!verdict.allowed) return callback(new RefusedTargetError(host, verdict.address, verdict.range), null)
    }
    connector(options, (...args) => {
      const [error, socket] = args
      if (error) return callback(error, null)
      const remote = socket.remoteAddress ?? ''
      const verdict = classifyAddress(remote)
      if (verdict.allowed) return callback(null, socket)
      socket.destroy()
      callback(new RefusedTargetError(host, remote || '(unknown)', verdict.range), null)
    })
  }
  return new Agent({ connect })
}

/** The refusal behind a failed fetch (undici wraps the socket's error as `cause`), if that is what it was. */
export const refusalOf = (error: unknown): RefusedTargetError | null => {
  for (
    let current: unknown = error, depth = 0;
    current && depth < 5;
    current = (current as { cause?: unknown }).cause, depth++
  ) {
    if (current instanceof RefusedTargetError) return current
  }
  return null
}
