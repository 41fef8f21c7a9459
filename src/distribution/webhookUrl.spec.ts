import { describe, expect, it } from 'vitest'

import { validateWebhookUrl } from './webhookUrl'

const strict = { allowPrivate: false }
const lenient = { allowPrivate: true }

describe(validateWebhookUrl.name, () => {
  it('should accept a public https URL', () => {
    expect(validateWebhookUrl('https://hooks.example.com/cms?channel=wechat', strict)).toBeNull()
    expect(validateWebhookUrl('https://203.0.113.10:8443/hook', strict)).toBeNull()
    expect(validateWebhookUrl('https://[2001:db8::1]/hook', strict)).toBeNull()
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
  it('should refuse loopback, private, link-local and metadata hosts when private receivers are not allowed', () => {
    const blocked = [
      'https://localhost/',
      'https://LOCALHOST./',
      'https://api.localhost/',
      'https://127.0.0.1/',
      'https://127.8.9.10/',
      'https://2130706433/', // 127.0.0.1 as one number
      'https://0x7f.1/',
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
      'https://[fc00::1]/',
      'https://[fd12:3456::1]/',
      'https://[fe80::1]/',
      'https://[febf::1]/',
      'https://[::ffff:127.0.0.1]/',
      'https://[::ffff:10.0.0.1]/',
    ]
    for (const url of blocked) expect(validateWebhookUrl(url, strict), url).toMatch(/内网/)
    for (const url of blocked) expect(validateWebhookUrl(url.replace('https:', 'http:'), lenient), url).toBeNull()
  })
  it('should not refuse public neighbours of the private ranges', () => {
    for (const url of ['https://172.15.255.255/', 'https://172.32.0.1/', 'https://192.169.0.1/', 'https://11.0.0.1/', 'https://[fec0::1]/', 'https://[::ffff:8.8.8.8]/', 'https://localhost.example.com/']) {
      expect(validateWebhookUrl(url, strict), url).toBeNull()
    }
  })
})
