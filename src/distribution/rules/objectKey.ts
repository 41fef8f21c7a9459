// Where a rendering is stored on S3 or in the outbox: `<prefix>/<channel>/<yyyy-mm-dd>/<slug>.<ext>`,
// built from segments that cannot climb out of the prefix or produce odd keys. Pure.

export type ObjectKeyInput = {
  /** The channel's configured prefix, may be empty or contain slashes (`hospital/wechat/`). */
  prefix?: string | null
  /** The channel's segment: see channelSegment. */
  channel: string
  /** yyyy-mm-dd of the delivery. */
  date: string
  slug: string
  /** Extension without the dot. */
  ext: string
}

// File systems cap a name at 255 bytes; the slug gets most of that, the extension the rest.
const MAX_SLUG_BYTES = 200

const truncateUtf8 = (text: string, maxBytes: number): string => {
  let bytes = 0
  let out = ''
  for (const char of text) {
    bytes += Buffer.byteLength(char)
    if (bytes > maxBytes) break
    out += char
  }
  return out
}

/**
 * One safe path segment from content data: letters (any script), digits, `-`, `_` and `.`;
 * anything else becomes `-`. Never empty, never `.`/`..`, never starting with a dot (hidden files,
 * and the outbox's own temp files start with one).
 */
export const safeSegment = (text: string, fallback = '_'): string => {
  const cleaned = truncateUtf8(
    text
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}\-_.]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[-.]+|[-.]+$/g, ''),
    MAX_SLUG_BYTES,
  )
  return cleaned === '' ? fallback : cleaned
}

/** The channel's segment: kind and id, which stay put when the channel is renamed. */
export const channelSegment = (channel: { id: string; kind: string }): string =>
  safeSegment(`${channel.kind}-${channel.id}`)

/** Prefix segments come from configuration: a `..` there is an error to show, not something to repair. */
const prefixSegments = (prefix: string | null | undefined): string[] => {
  const segments = (prefix ?? '').split('/').filter((segment) => segment !== '')
  for (const segment of segments) {
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point of this check
    if (segment === '.' || segment === '..' || segment.includes('\\') || /[\u0000-\u001f]/.test(segment)) {
      throw new Error(
        `对象前缀 "${prefix}" 不安全 / The object prefix "${prefix}" is unsafe: no ".", "..", backslashes or control characters`,
      )
    }
  }
  return segments
}

export const objectKey = ({ prefix, channel, date, slug, ext }: ObjectKeyInput): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    throw new Error(`日期格式应为 yyyy-mm-dd / The date must be yyyy-mm-dd, got "${date}"`)
  if (!/^[a-z0-9]{1,16}$/i.test(ext)) throw new Error(`文件扩展名无效 / The file extension "${ext}" is invalid`)
  return [
    ...prefixSegments(prefix),
    safeSegment(channel),
    date,
    `${safeSegment(slug, 'untitled')}.${ext.toLowerCase()}`,
  ].join('/')
}
