import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { classifyAddress, refusedHost, validateWebhookUrl, webhookUrlProblem } from './webhookUrl'

const strict = { allowPrivate: false }
const lenient = { allowPrivate: true }

/** [address, the range it is refused as] for one example in every block that must never be called. */
const REFUSED: [string, string][] = [
  ['0.0.0.0', 'unspecified'],
  ['0.1.2.3', 'unspecified'],
  ['10.0.0.1', 'private'],
  ['10.255.255.255', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.1', 'private'],
  ['127.0.0.1', 'loopback'],
  ['127.8.9.10', 'loopback'],
  ['169.254.169.254', 'linkLocal'], // cloud metadata
  ['100.64.0.1', 'carrierGradeNat'],
  ['100.100.100.200', 'carrierGradeNat'], // Alibaba Cloud metadata
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['240.0.0.1', 'reserved'],
  ['192.0.0.8', 'reserved'],
  ['192.0.2.10', 'reserved'], // TEST-NET-1
  ['198.51.100.7', 'reserved'], // TEST-NET-2
  ['203.0.113.10', 'reserved'], // TEST-NET-3
  ['198.18.0.1', 'reserved'], // benchmarking
  ['::', 'unspecified'],
  ['::1', 'loopback'],
  ['fe80::1', 'linkLocal'],
  ['febf::1', 'linkLocal'],
  ['fc00::1', 'uniqueLocal'],
  ['fd12:3456::1', 'uniqueLocal'],
  ['fec0::1', 'siteLocal'],
  ['ff02::1', 'multicast'],
  ['::ffff:127.0.0.1', 'ipv4Mapped'],
  ['::ffff:10.0.0.1', 'ipv4Mapped'],
  ['::ffff:8.8.8.8', 'ipv4Mapped'], // mapped is refused whatever it maps to: write the IPv4 address
  ['::7f00:1', 'ipv4Compatible'],
  ['::ffff:0:7f00:1', 'ipv4Translated'],
  ['64:ff9b::7f00:1', 'nat64'],
  ['64:ff9b::a9fe:a9fe', 'nat64'],
  ['64:ff9b::808:808', 'nat64'],
  ['64:ff9b:1::a00:1', 'nat64'],
  ['2002:7f00:1::1', '6to4(loopback)'],
  ['2002:a00:1::', '6to4(private)'],
  ['2002:a9fe:a9fe::', '6to4(linkLocal)'],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
  ['2001:db8::1', 'documentation'],
  ['3fff::1', 'documentation'],
  ['100::1', 'discard'],
  ['4000::1', 'reserved'],
]

const ALLOWED = [
  '8.8.8.8',
  '1.1.1.1',
  '93.184.215.14',
  '172.15.255.255',
  '172.32.0.1',
  '192.169.0.1',
  '11.0.0.1',
  '100.63.255.255',
  '100.128.0.1',
  '2606:4700:4700::1111',
  '2400:3200::1',
  '2002:808:808::1',
]

describe(classifyAddress.name, () => {
  it('should refuse every non-public block, naming it', () => {
    for (const [address, range] of REFUSED)
      expect(classifyAddress(address), address).toEqual({ allowed: false, address, range })
  })
  it('should allow public unicast addresses, including their neighbours of private blocks and 6to4 of a public address', () => {
    for (const address of ALLOWED) expect(classifyAddress(address), address).toEqual({ allowed: true, address })
  })
  it('should read numeric, hex and octal IPv4 forms as the address they are', () => {
    for (const form of ['2130706433', '0x7f.1', '0x7f000001', '017700000001', '0177.0.0.1', '127.1'])
      expect(classifyAddress(form), form).toMatchObject({ allowed: false, range: 'loopback' })
    expect(classifyAddress('3232235777')).toMatchObject({ allowed: false, range: 'private' }) // 192.168.1.1
  })
  it('should accept brackets and zone ids, and refuse what is not an address', () => {
    expect(classifyAddress('[::1]')).toMatchObject({ allowed: false, range: 'loopback' })
    expect(classifyAddress('fe80::1%eth0')).toMatchObject({ allowed: false, range: 'linkLocal' })
    for (const junk of ['', 'localhost', '1.2.3.4.5', '::g', '256.1.1.1'])
      expect(classifyAddress(junk).allowed, junk).toBe(false)
  })

  const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255))
  const dotted = ([a, b, c, d]: [number, number, number, number]) => `${a}.${b}.${c}.${d}`
  const isPrivateV4 = ([a, b]: [number, number, number, number]) =>
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127)

  it('should refuse every address of the loopback, private, link-local, CGNAT, multicast and reserved IPv4 blocks (property)', () => {
    fc.assert(fc.property(v4, (octets) => !isPrivateV4(octets) || !classifyAddress(dotted(octets)).allowed))
  })
  it('should judge an IPv4 address the same in its one-number and hex forms (property)', () => {
    fc.assert(
      fc.property(v4, (octets) => {
        const value = octets.reduce((sum, octet) => sum * 256 + octet, 0)
        const plain = classifyAddress(dotted(octets)).allowed
        return (
          classifyAddress(String(value)).allowed === plain &&
          classifyAddress(`0x${value.toString(16)}`).allowed === plain
        )
      }),
    )
  })
  it('should refuse the IPv4-mapped, NAT64 and 6to4 forms of every private IPv4 address (property)', () => {
    fc.assert(
      fc.property(v4.filter(isPrivateV4), ([a, b, c, d]) => {
        const high = ((a << 8) | b).toString(16)
        const low = ((c << 8) | d).toString(16)
        return [
          `::ffff:${high}:${low}`,
          `64:ff9b::${high}:${low}`,
          `64:ff9b:1::${high}:${low}`,
          `2002:${high}:${low}::1`,
        ].every((address) => !classifyAddress(address).allowed)
      }),
    )
  })
  it('should refuse every address in fc00::/7, fe80::/10, ff00::/8 and outside 2000::/3 (property)', () => {
    const group = fc.nat(0xffff)
    const tail = fc.array(group, { minLength: 7, maxLength: 7 })
    const address = (first: number, rest: number[]) => [first, ...rest].map((g) => g.toString(16)).join(':')
    fc.assert(
      fc.property(group, tail, (first, rest) => {
        const blocked =
          (first & 0xfe00) === 0xfc00 ||
          (first & 0xffc0) === 0xfe80 ||
          (first & 0xff00) === 0xff00 ||
          (first & 0xe000) !== 0x2000
        return !blocked || !classifyAddress(address(first, rest)).allowed
      }),
    )
  })
})

describe(refusedHost.name, () => {
  it('should refuse names that always mean this machine, the local network or a metadata service', () => {
    for (const host of [
      'localhost',
      'LOCALHOST.',
      'api.localhost',
      'printer.local',
      'metadata.google.internal',
      'metadata',
      'db.internal',
      'nas.lan',
      'router.home.arpa',
      'intranet',
    ]) {
      expect(refusedHost(host), host).not.toBeNull()
    }
  })
  it('should leave ordinary names to the connect-time check', () => {
    for (const host of ['hooks.example.com', 'localhost.example.com', '127.0.0.1.nip.io', 'xn--fiqs8s.cn'])
      expect(refusedHost(host), host).toBeNull()
  })
})

describe(validateWebhookUrl.name, () => {
  it('should accept a public https URL', () => {
    expect(validateWebhookUrl('https://hooks.example.com/cms?channel=wechat', strict)).toBeNull()
    expect(validateWebhookUrl('https://93.184.215.14:8443/hook', strict)).toBeNull()
    expect(validateWebhookUrl('https://[2606:4700:4700::1111]/hook', strict)).toBeNull()
  })
  it('should refuse what does not parse', () => {
    expect(validateWebhookUrl('not a url', lenient)).toMatch(/^Webhook 地址不是有效的 URL \/ /)
    expect(validateWebhookUrl('', lenient)).not.toBeNull()
  })
  it('should require https unless private receivers are allowed, and never other schemes', () => {
    expect(validateWebhookUrl('http://hooks.example.com/', strict)).toMatch(/https/)
    expect(validateWebhookUrl('http://hooks.example.com/', lenient)).toBeNull()
    expect(validateWebhookUrl('ftp://hooks.example.com/', lenient)).not.toBeNull()
    expect(validateWebhookUrl('file:///etc/passwd', lenient)).not.toBeNull()
  })
  it('should refuse credentials and fragments', () => {
    expect(validateWebhookUrl('https://user:pass@hooks.example.com/', strict)).toMatch(/用户名或密码/)
    expect(validateWebhookUrl('https://user@hooks.example.com/', lenient)).toMatch(/credentials/)
    expect(validateWebhookUrl('https://hooks.example.com/#x', strict)).toMatch(/fragment/)
    expect(validateWebhookUrl('https://hooks.example.com/#', strict)).toMatch(/fragment/)
  })
  it('should refuse loopback, private, link-local and metadata hosts in every literal form when private receivers are not allowed', () => {
    const blocked = [
      'https://localhost/',
      'https://LOCALHOST./',
      'https://api.localhost/',
      'https://127.0.0.1/',
      'https://127.8.9.10/',
      'https://127.1/',
      'https://2130706433/', // 127.0.0.1 as one number
      'https://0x7f.1/',
      'https://0x7f000001/',
      'https://017700000001/', // octal
      'https://0177.0.0.1/',
      'https://0/',
      'https://10.1.2.3/',
      'https://172.16.0.1/',
      'https://172.31.255.255/',
      'https://192.168.1.1/',
      'https://169.254.169.254/latest/meta-data/',
      'https://100.100.100.200/',
      'https://metadata.google.internal/',
      'https://0.0.0.0/',
      'https://[::1]/',
      'https://[::]/',
      'https://[0:0:0:0:0:0:0:1]/',
      'https://[fc00::1]/',
      'https://[fd12:3456::1]/',
      'https://[fe80::1]/',
      'https://[febf::1]/',
      'https://[fec0::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://[::ffff:7f00:1]/',
      'https://[::ffff:10.0.0.1]/',
      'https://[64:ff9b::127.0.0.1]/',
      'https://[64:ff9b:1::a00:1]/',
      'https://[2002:7f00:1::]/',
      'https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/',
      'https://[2001:db8::1]/',
    ]
    for (const url of blocked) {
      expect(validateWebhookUrl(url, strict), url).toMatch(/内网/)
      expect(webhookUrlProblem(url, strict), url).toMatchObject({ kind: 'target', detail: expect.any(String) })
    }
    for (const url of blocked) expect(validateWebhookUrl(url.replace('https:', 'http:'), lenient), url).toBeNull()
  })
  it('should not refuse public neighbours of the private ranges, nor names it cannot judge before DNS', () => {
    for (const url of [
      'https://172.15.255.255/',
      'https://172.32.0.1/',
      'https://192.169.0.1/',
      'https://11.0.0.1/',
      'https://[2002:808:808::1]/',
      'https://localhost.example.com/',
      'https://127.0.0.1.nip.io/',
    ]) {
      expect(validateWebhookUrl(url, strict), url).toBeNull()
    }
  })
  it('should tell a format problem from a refused target', () => {
    expect(webhookUrlProblem('http://hooks.example.com/', strict)).toMatchObject({ kind: 'format' })
    expect(webhookUrlProblem('https://127.0.0.1/', strict)).toMatchObject({
      kind: 'target',
      detail: '127.0.0.1/loopback',
    })
    expect(webhookUrlProblem('https://intranet/', strict)).toMatchObject({
      kind: 'target',
      detail: 'intranet/single-label',
    })
  })
})
