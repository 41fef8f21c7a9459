// Checks a channel's webhook URL before it is saved or called: https, no credentials or fragment,
// and (unless private receivers are allowed) no loopback, private, link-local or cloud-metadata
// address, so the CMS cannot be turned against its own network. Pure.

export type WebhookUrlOptions = {
  /** Development, tests and intranet receivers: http and private addresses allowed. */
  allowPrivate: boolean
}

// Hosts that are names, not literals, but always mean this machine or a metadata service.
const BLOCKED_NAMES = new Set(['localhost', 'metadata.google.internal', 'metadata'])

// [network, prefix length] per IPv4 block refused when private receivers are not allowed.
const BLOCKED_V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"; 0.0.0.0 reaches the local host on Linux
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT; Alibaba Cloud's metadata service is 100.100.100.200
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, incl. the 169.254.169.254 metadata service
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
]

const ipv4ToNumber = (address: string): number | null => {
  const parts = address.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return null
  return parts.reduce((value, part) => value * 256 + Number(part), 0)
}

const isBlockedV4 = (address: string): boolean => {
  const value = ipv4ToNumber(address)
  if (value === null) return false
  return BLOCKED_V4.some(([network, bits]) => {
    const size = 2 ** (32 - bits)
    return Math.floor(value / size) === Math.floor(ipv4ToNumber(network)! / size)
  })
}

/** Eight 16-bit groups of an IPv6 literal as the URL parser prints it (no zone, maybe with ::). */
const ipv6Groups = (address: string): number[] | null => {
  const [head, tail, ...rest] = address.split('::')
  if (rest.length > 0) return null
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : [])
  const left = parse(head)
  const right = parse(tail)
  const groups = tail === undefined ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right]
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null
}

const isBlockedV6 = (address: string): boolean => {
  const groups = ipv6Groups(address)
  if (!groups) return false
  const [first] = groups
  if (groups.every((group) => group === 0)) return true // ::
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return true // ::1
  if ((first & 0xfe00) === 0xfc00) return true // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return true // fe80::/10 link-local
  if ((first & 0xff00) === 0xff00) return true // multicast
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) reach the embedded IPv4 address.
  if (groups.slice(0, 5).every((group) => group === 0) && (groups[5] === 0xffff || groups[5] === 0)) {
    const embedded = `${groups[6] >> 8}.${groups[6] & 0xff}.${groups[7] >> 8}.${groups[7] & 0xff}`
    return isBlockedV4(embedded)
  }
  return false
}

const isBlockedHost = (hostname: string): boolean => {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  if (BLOCKED_NAMES.has(host) || host.endsWith('.localhost')) return true
  if (host.startsWith('[') && host.endsWith(']')) return isBlockedV6(host.slice(1, -1))
  return isBlockedV4(host)
}

/** Null when the URL may be used, else a message for the admin (Chinese, then English). */
export const validateWebhookUrl = (url: string, { allowPrivate }: WebhookUrlOptions): string | null => {
  const raw = url.trim()
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    return 'Webhook 地址不是有效的 URL / The webhook URL is not a valid URL'
  }
  if (parsed.protocol !== 'https:' && !(allowPrivate && parsed.protocol === 'http:')) {
    return allowPrivate
      ? 'Webhook 地址必须以 https:// 或 http:// 开头 / The webhook URL must start with https:// or http://'
      : 'Webhook 地址必须使用 https / The webhook URL must use https'
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return 'Webhook 地址不能包含用户名或密码，请改用签名密钥 / The webhook URL must not contain credentials; receivers verify the signature instead'
  }
  // `https://host/#` parses to an empty hash, so look at the text too.
  if (parsed.hash !== '' || raw.includes('#')) {
    return 'Webhook 地址不能包含 # 片段 / The webhook URL must not contain a #fragment'
  }
  if (parsed.hostname === '') return 'Webhook 地址缺少主机名 / The webhook URL has no host'
  // The URL parser has already normalised 0x7f.1, 2130706433 and the like to dotted IPv4.
  if (!allowPrivate && isBlockedHost(parsed.hostname)) {
    return 'Webhook 地址不能指向本机、内网、链路本地或云元数据地址 / The webhook URL must not point to loopback, private, link-local or cloud metadata addresses'
  }
  return null
}
