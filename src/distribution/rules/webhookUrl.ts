// Which webhook receivers the CMS may call, so it cannot be turned against its own network: a URL
// check for save time (https, no credentials or fragment, no internal literal or name) and the
// address classifier the connect-time guard (adapters/safeAgent.ts) runs on every resolved
// address. Pure; the ranges come from ipaddr.js, with the few it does not name added here.
import ipaddr from 'ipaddr.js'

export type WebhookUrlOptions = {
  /** Set by an admin (WEBHOOK_ALLOW_PRIVATE=1) for intranet receivers and tests: http and private addresses allowed. */
  allowPrivate: boolean
}

/** Why an address may not be called: ipaddr.js's range name, or one of the extra ones below. */
export type AddressVerdict = { allowed: true; address: string } | { allowed: false; address: string; range: string }

const cidr = (text: string) => ipaddr.parseCIDR(text)

// IPv6 blocks ipaddr.js 2.x does not name (or names only as "reserved"), checked first.
const EXTRA_V6: [string, [ipaddr.IPv4 | ipaddr.IPv6, number]][] = [
  ['nat64', cidr('64:ff9b:1::/48')], // RFC 8215 local-use NAT64: reaches whatever the local translator does
  ['documentation', cidr('3fff::/20')], // RFC 9637
  ['documentation', cidr('2001:db8::/32')], // RFC 3849
  ['siteLocal', cidr('fec0::/10')], // deprecated, still routed inside some networks
]
// Deprecated IPv4-compatible ::a.b.c.d (after :: and ::1, which ipaddr.js names).
const IPV4_COMPATIBLE = cidr('::/96')
// Only global unicast (2000::/3) is ever a public receiver; anything else left over is refused.
const GLOBAL_UNICAST_V6 = cidr('2000::/3')
const RANGE_NAMES: Record<string, string> = { rfc6052: 'nat64', rfc6145: 'ipv4Translated' }

const judgeV4 = (address: ipaddr.IPv4): string | null => {
  const range = address.range()
  return range === 'unicast' ? null : range
}

const judgeV6 = (address: ipaddr.IPv6): string | null => {
  const extra = EXTRA_V6.find(([, block]) => address.match(block))
  if (extra) return extra[0]
  const range = address.range()
  if (range === '6to4') {
    // 2002:AABB:CCDD::/48 is the IPv4 address AA.BB.CC.DD behind a 6to4 relay: judged as that address.
    const [, high, low] = address.parts as [number, number, number]
    const inner = judgeV4(new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]))
    return inner === null ? null : `6to4(${inner})`
  }
  if (range !== 'unicast') return RANGE_NAMES[range] ?? range
  if (address.match(IPV4_COMPATIBLE)) return 'ipv4Compatible'
  return address.match(GLOBAL_UNICAST_V6) ? null : 'reserved'
}

/**
 * Whether a resolved or literal IP address may be called: public unicast only. Refuses loopback,
 * private, link-local, site/unique-local, unspecified, multicast, broadcast, carrier-grade NAT,
 * documentation, benchmarking and other reserved blocks, IPv4-mapped/-compatible/-translated
 * IPv6, NAT64 (64:ff9b::/96 and 64:ff9b:1::/48) and Teredo; a 6to4 address is judged by the IPv4
 * address inside it. Anything ipaddr.js cannot parse is refused too.
 */
export const classifyAddress = (text: string): AddressVerdict => {
  const address = text.trim().replace(/^\[(.*)\]$/, '$1')
  if (!ipaddr.isValid(address)) return { allowed: false, address, range: 'invalid' }
  const parsed = ipaddr.parse(address)
  // A zone id (fe80::1%eth0) only ever comes with link-local addresses; the range decides.
  const refused = parsed.kind() === 'ipv4' ? judgeV4(parsed as ipaddr.IPv4) : judgeV6(parsed as ipaddr.IPv6)
  return refused === null ? { allowed: true, address } : { allowed: false, address, range: refused }
}

// Names that are not literals but always mean this machine, the local network or a metadata service.
const BLOCKED_NAMES = new Set(['localhost', 'metadata', 'metadata.google.internal', 'instance-data'])
const BLOCKED_SUFFIXES = ['.localhost', '.local', '.localdomain', '.internal', '.intranet', '.lan', '.home.arpa']

/** Why a host (as `new URL` leaves it: lower case, IPv4 forms normalised, IPv6 in brackets) may not be called, or null. */
export const refusedHost = (hostname: string): string | null => {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (host.startsWith('[') || ipaddr.isValid(host)) {
    const verdict = classifyAddress(host)
    return verdict.allowed ? null : `${verdict.address}/${verdict.range}`
  }
  if (BLOCKED_NAMES.has(host) || BLOCKED_SUFFIXES.some((suffix) => host.endsWith(suffix))) return host
  // A single label (https://intranet/) is completed by the resolver's search domains: never a public host.
  if (!host.includes('.')) return `${host}/single-label`
  return null
}

export type WebhookUrlProblem = {
  /** `target`: the host is not a public receiver (code webhook-target-refused); `format`: anything else. */
  kind: 'format' | 'target'
  /** For the admin: Chinese, then English. */
  message: string
  /** For `target`: the refused host or address and why, e.g. `127.0.0.1/loopback`. */
  detail?: string
}

const format = (message: string): WebhookUrlProblem => ({ kind: 'format', message })

/** What is wrong with a webhook URL, or null when it may be saved and called. */
export const webhookUrlProblem = (url: string, { allowPrivate }: WebhookUrlOptions): WebhookUrlProblem | null => {
  const raw = url.trim()
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    return format('Webhook 地址不是有效的 URL / The webhook URL is not a valid URL')
  }
  if (parsed.protocol !== 'https:' && !(allowPrivate && parsed.protocol === 'http:')) {
    return format(
      allowPrivate
        ? 'Webhook 地址必须以 https:// 或 http:// 开头 / The webhook URL must start with https:// or http://'
        : 'Webhook 地址必须使用 https / The webhook URL must use https',
    )
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return format(
      'Webhook 地址不能包含用户名或密码，请改用签名密钥 / The webhook URL must not contain credentials; receivers verify the signature instead',
    )
  }
  // `https://host/#` parses to an empty hash, so look at the text too.
  if (parsed.hash !== '' || raw.includes('#'))
    return format('Webhook 地址不能包含 # 片段 / The webhook URL must not contain a #fragment')
  if (parsed.hostname === '') return format('Webhook 地址缺少主机名 / The webhook URL has no host')
  if (allowPrivate) return null
  // The URL parser has already turned 2130706433, 0x7f.1 and 017700000001 into 127.0.0.1. A name
  // is judged again by the address it resolves to, when the delivery connects.
  const refused = refusedHost(parsed.hostname)
  if (refused === null) return null
  return {
    kind: 'target',
    detail: refused,
    message: `Webhook 地址不能指向本机、内网、链路本地、保留或云元数据地址（${refused}）/ The webhook URL must not point to loopback, private, link-local, reserved or cloud metadata addresses (${refused})`,
  }
}

/** Null when the URL may be used, else a message for the admin (Chinese, then English). */
export const validateWebhookUrl = (url: string, options: WebhookUrlOptions): string | null =>
  webhookUrlProblem(url, options)?.message ?? null
