// Payload's stored Lexical editor state → the three shapes channels need: HTML (semantic, or
// inline-styled for WeChat and email), plain text, and a list of blocks for video shot lists.
// Every piece of text is escaped here; unknown nodes render their text and never throw. Pure.
import type { MediaRef } from './types'

/** The parts of a Lexical node this module reads; anything else on it is ignored. */
export type LexicalNode = {
  type?: string
  children?: unknown
  text?: unknown
  format?: unknown
  tag?: unknown
  listType?: unknown
  start?: unknown
  checked?: unknown
  url?: unknown
  fields?: unknown
  value?: unknown
  relationTo?: unknown
  [key: string]: unknown
}

/** Element name → inline CSS. WeChat and most mail clients drop <style> and classes. */
export type StyleMap = Partial<Record<string, string>>

const BODY_TEXT = 'font-size:16px;line-height:1.75;color:#333333;'

const WECHAT: StyleMap = {
  section: 'margin:0;padding:0;',
  p: `margin:0 0 16px;${BODY_TEXT}letter-spacing:0.5px;`,
  h1: 'margin:24px 0 12px;font-size:22px;font-weight:bold;line-height:1.4;color:#1a1a1a;',
  h2: 'margin:24px 0 12px;font-size:20px;font-weight:bold;line-height:1.4;color:#1a1a1a;',
  h3: 'margin:20px 0 10px;font-size:18px;font-weight:bold;line-height:1.4;color:#1a1a1a;',
  h4: 'margin:16px 0 8px;font-size:16px;font-weight:bold;line-height:1.5;color:#1a1a1a;',
  h5: 'margin:16px 0 8px;font-size:16px;font-weight:bold;line-height:1.5;color:#333333;',
  h6: 'margin:16px 0 8px;font-size:15px;font-weight:bold;line-height:1.5;color:#555555;',
  ul: `margin:0 0 16px;padding-left:24px;${BODY_TEXT}`,
  ol: `margin:0 0 16px;padding-left:24px;${BODY_TEXT}`,
  li: 'margin:0 0 6px;',
  blockquote: 'margin:0 0 16px;padding:8px 12px;border-left:3px solid #2b7de9;background-color:#f5f8fc;color:#555555;',
  pre: 'margin:0 0 16px;padding:12px;background-color:#f6f6f6;font-size:14px;line-height:1.6;white-space:pre-wrap;',
  code: 'font-family:Menlo,Consolas,monospace;font-size:14px;background-color:#f3f3f3;padding:0 4px;',
  a: 'color:#2b7de9;text-decoration:underline;',
  img: 'display:block;max-width:100%;height:auto;margin:0 auto;',
  hr: 'border:none;border-top:1px solid #e5e5e5;margin:24px 0;',
}

const MAIL_FONT = 'font-family:-apple-system,"PingFang SC","Microsoft YaHei",Arial,sans-serif;'

/** Per-channel style maps: WeChat and email inline every block; the website gets plain semantic HTML. */
export const STYLE_MAPS = {
  wechat: WECHAT,
  email: Object.fromEntries(
    Object.entries(WECHAT).map(([tag, css]) => [
      tag,
      ['p', 'ul', 'ol', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
        ? `${MAIL_FONT}${css}`
        : css,
    ]),
  ) as StyleMap,
  website: {} as StyleMap,
} satisfies Record<string, StyleMap>

export type Upload = { mediaId: string; url: string | null; alt: string }

export type HtmlOptions = {
  styles?: StyleMap
  /** 'src': `<img src>`; 'media-id': `<img data-media-id>` with no src, for channels that host images themselves (WeChat). */
  images?: 'src' | 'media-id'
  /** Finds an upload's URLs and alt text when the stored node holds only the media id. */
  resolveMedia?: (id: string) => MediaRef | null
}

export type RichBlock =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph' | 'quote' | 'code'; text: string }
  | { type: 'list'; ordered: boolean; items: string[]; text: string }
  | { type: 'image'; mediaId: string; alt: string; text: string }

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for HTML content and attribute values alike. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

/**
 * A link target that cannot run code: http(s), mailto:, tel:, anchors and relative paths.
 * Browsers ignore tabs, newlines and leading controls in a scheme (“java\nscript:”), so those go
 * before the scheme is looked at.
 */
export const safeHref = (raw: unknown): string | null => {
  if (typeof raw !== 'string') return null
  // eslint-disable-next-line no-control-regex -- stripping control characters is what defuses "java\nscript:"
  const url = raw.replace(/[\u0000-\u001f\u007f]/g, '').trim()
  if (url === '') return null
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)
  if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme[1].toLowerCase())) return null
  return url
}

/** An image source we link to: absolute http(s) or a path on our own server. */
const safeSrc = (raw: unknown): string | null => {
  const url = safeHref(raw)
  return url && (/^https?:\/\//i.test(url) || (url.startsWith('/') && !url.startsWith('//'))) ? url : null
}

const MAX_DEPTH = 64
const INLINE = new Set(['text', 'link', 'autolink', 'linebreak', 'tab', 'code-highlight'])

const asNode = (value: unknown): LexicalNode | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as LexicalNode) : null

const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children)
    ? (node.children as unknown[]).map(asNode).filter((n): n is LexicalNode => n !== null)
    : []

/** The root's children, from `{ root }`, a bare root node, or an array of nodes. */
const topNodes = (state: unknown): LexicalNode[] => {
  if (Array.isArray(state)) return state.map(asNode).filter((n): n is LexicalNode => n !== null)
  const node = asNode(state)
  if (!node) return []
  const root = asNode(node.root) ?? node
  return childrenOf(root)
}

const fieldsOf = (node: LexicalNode): Record<string, unknown> => asNode(node.fields) ?? {}

const linkUrl = (node: LexicalNode): unknown => fieldsOf(node).url ?? node.url

const checkMarker = (item: LexicalNode): string => (item.checked === true ? '☑ ' : '☐ ')

const headingLevel = (node: LexicalNode): number => {
  const match = /^h([1-6])$/.exec(typeof node.tag === 'string' ? node.tag : '')
  return match ? Number(match[1]) : 2
}

const isInlineOnly = (node: LexicalNode): boolean =>
  typeof node.text === 'string' || childrenOf(node).every((c) => INLINE.has(c.type ?? '') || typeof c.text === 'string')

/** An upload node's media id, URL and alt text, from the populated value or the resolver. */
const uploadOf = (node: LexicalNode, resolve?: (id: string) => MediaRef | null): Upload | null => {
  if (node.relationTo !== undefined && node.relationTo !== 'media') return null
  const populated = asNode(node.value)
  const rawId = populated ? populated.id : node.value
  if (typeof rawId !== 'string' && typeof rawId !== 'number') return null
  const mediaId = String(rawId)
  const ref = resolve?.(mediaId) ?? null
  const alt =
    [populated?.alt, ref?.alt, fieldsOf(node).alt].find((a): a is string => typeof a === 'string' && a !== '') ?? ''
  const url = ref?.url ?? (typeof populated?.url === 'string' ? populated.url : null)
  return { mediaId, url, alt }
}

const FORMAT_TAGS: [number, string][] = [
  [16, 'code'],
  [64, 'sup'],
  [32, 'sub'],
  [8, 'u'],
  [4, 's'],
  [2, 'em'],
  [1, 'strong'],
]

class HtmlWriter {
  readonly uploads: Upload[] = []

  constructor(private readonly options: HtmlOptions) {}

  private open(tag: string, attributes = '', extraStyle = ''): string {
    const css = (this.options.styles?.[tag] ?? '') + extraStyle
    return `<${tag}${attributes}${css ? ` style="${escapeHtml(css)}"` : ''}>`
  }

  private align(node: LexicalNode): string {
    // Alignment is kept only where styles are inline anyway; semantic HTML leaves it to the site's CSS.
    if (!this.options.styles || Object.keys(this.options.styles).length === 0) return ''
    const format = typeof node.format === 'string' ? node.format : ''
    return ['left', 'center', 'right', 'justify'].includes(format) ? `text-align:${format};` : ''
  }

  inline(nodes: LexicalNode[], depth: number): string {
    let out = ''
    for (const node of nodes) out += this.inlineNode(node, depth)
    return out
  }

  private inlineNode(node: LexicalNode, depth: number): string {
    if (depth > MAX_DEPTH) return ''
    switch (node.type) {
      case 'linebreak':
        return '<br>'
      case 'tab':
        return '\t'
      case 'link':
      case 'autolink': {
        const inner = this.inline(childrenOf(node), depth + 1)
        const href = safeHref(linkUrl(node))
        if (!href) return inner
        const target = fieldsOf(node).newTab === true ? ' target="_blank" rel="noopener noreferrer"' : ''
        return `${this.open('a', ` href="${escapeHtml(href)}"${target}`)}${inner}</a>`
      }
      default: {
        if (typeof node.text === 'string') {
          let html = escapeHtml(node.text)
          const format = typeof node.format === 'number' ? node.format : 0
          for (const [bit, tag] of FORMAT_TAGS)
            if (format & bit) html = `${tag === 'code' ? this.open('code') : `<${tag}>`}${html}</${tag}>`
          return html
        }
        return this.inline(childrenOf(node), depth + 1)
      }
    }
  }

  blocks(nodes: LexicalNode[], depth: number): string {
    let out = ''
    for (const node of nodes) out += this.block(node, depth)
    return out
  }

  private block(node: LexicalNode, depth: number): string {
    if (depth > MAX_DEPTH) return ''
    switch (node.type) {
      case 'paragraph': {
        const inner = this.inline(childrenOf(node), depth + 1)
        // Lexical keeps empty paragraphs as spacers; the styles already space blocks.
        return inner.trim() === '' ? '' : `${this.open('p', '', this.align(node))}${inner}</p>`
      }
      case 'heading': {
        const tag = `h${headingLevel(node)}`
        return `${this.open(tag, '', this.align(node))}${this.inline(childrenOf(node), depth + 1)}</${tag}>`
      }
      case 'quote':
        return `${this.open('blockquote')}${this.inline(childrenOf(node), depth + 1)}</blockquote>`
      case 'list':
        return this.list(node, depth)
      case 'code':
        return `${this.open('pre')}${this.open('code')}${this.inline(childrenOf(node), depth + 1)}</code></pre>`
      case 'horizontalrule':
        return this.open('hr')
      case 'upload':
        return this.image(node)
      default:
        if (INLINE.has(node.type ?? '') || isInlineOnly(node)) {
          const inner = this.inlineNode(node, depth)
          return inner.trim() === '' ? '' : `${this.open('p')}${inner}</p>`
        }
        return this.blocks(childrenOf(node), depth + 1)
    }
  }

  private list(node: LexicalNode, depth: number): string {
    const ordered = node.listType === 'number' || node.tag === 'ol'
    const tag = ordered ? 'ol' : 'ul'
    const start =
      ordered && typeof node.start === 'number' && node.start !== 1 ? ` start="${Math.trunc(node.start)}"` : ''
    let items = ''
    for (const item of childrenOf(node)) {
      const marker = node.listType === 'check' ? checkMarker(item) : ''
      const inner = childrenOf(item)
        .map((child) => (child.type === 'list' ? this.list(child, depth + 1) : this.inlineNode(child, depth + 1)))
        .join('')
      items += `${this.open('li')}${marker}${inner}</li>`
    }
    return `${this.open(tag, start)}${items}</${tag}>`
  }

  private image(node: LexicalNode): string {
    const upload = uploadOf(node, this.options.resolveMedia)
    if (!upload) return ''
    this.uploads.push(upload)
    const alt = ` alt="${escapeHtml(upload.alt)}"`
    if (this.options.images === 'media-id') {
      // No src: WeChat filters external images, so the integrator uploads this media first and
      // swaps in the URL WeChat returns.
      return `${this.open('p')}${this.open('img', ` data-media-id="${escapeHtml(upload.mediaId)}"${alt}`)}</p>`
    }
    const src = safeSrc(upload.url)
    return src ? `${this.open('p')}${this.open('img', ` src="${escapeHtml(src)}"${alt}`)}</p>` : ''
  }
}

/** HTML for a body, and the uploads it shows in order. */
export const lexicalToHtml = (state: unknown, options: HtmlOptions = {}): { html: string; uploads: Upload[] } => {
  const writer = new HtmlWriter(options)
  const html = writer.blocks(topNodes(state), 0)
  return { html, uploads: writer.uploads }
}

export type TextOptions = {
  /** Between blocks; a blank line by default, one newline for compact channels. */
  blockSeparator?: string
  /** Show a link's URL after its text (`文字（https://…）`), since plain text cannot hide it. */
  linkUrls?: boolean
}

const inlineText = (nodes: LexicalNode[], options: TextOptions, depth: number): string => {
  let out = ''
  for (const node of nodes) {
    if (depth > MAX_DEPTH) break
    if (node.type === 'linebreak') out += '\n'
    else if (node.type === 'tab') out += '\t'
    else if (node.type === 'link' || node.type === 'autolink') {
      const inner = inlineText(childrenOf(node), options, depth + 1)
      const href = safeHref(linkUrl(node))
      const web = href !== null && /^https?:/i.test(href)
      if (inner.trim() === '') out += web ? href : ''
      else out += options.linkUrls === false || !web || inner.trim() === href ? inner : `${inner}（${href}）`
    } else if (typeof node.text === 'string') out += node.text
    else out += inlineText(childrenOf(node), options, depth + 1)
  }
  return out
}

const listLines = (node: LexicalNode, options: TextOptions, depth: number): string[] => {
  const ordered = node.listType === 'number' || node.tag === 'ol'
  let n = ordered && typeof node.start === 'number' ? Math.trunc(node.start) : 1
  const lines: string[] = []
  const indent = '  '.repeat(depth)
  for (const item of childrenOf(node)) {
    const nested = childrenOf(item).filter((c) => c.type === 'list')
    const text = inlineText(
      childrenOf(item).filter((c) => c.type !== 'list'),
      options,
      depth + 1,
    ).trim()
    if (text !== '') {
      let marker = ordered ? `${n}. ` : '• '
      if (node.listType === 'check') marker = checkMarker(item)
      lines.push(`${indent}${marker}${text}`)
      n++
    }
    for (const list of nested) if (depth < MAX_DEPTH) lines.push(...listLines(list, options, depth + 1))
  }
  return lines
}

/** The body as blocks: what a shot list (and the plain text) is made from. */
export const lexicalToBlocks = (
  state: unknown,
  options: TextOptions & { resolveMedia?: (id: string) => MediaRef | null } = {},
): RichBlock[] => {
  const blocks: RichBlock[] = []
  const visit = (node: LexicalNode, depth: number) => {
    if (depth > MAX_DEPTH) return
    switch (node.type) {
      case 'heading': {
        const text = inlineText(childrenOf(node), options, depth + 1).trim()
        if (text) blocks.push({ type: 'heading', level: headingLevel(node), text })
        return
      }
      case 'paragraph':
      case 'quote':
      case 'code': {
        const text = inlineText(childrenOf(node), options, depth + 1).trim()
        if (text) blocks.push({ type: node.type, text })
        return
      }
      case 'list': {
        const lines = listLines(node, options, 0)
        if (lines.length)
          blocks.push({
            type: 'list',
            ordered: node.listType === 'number',
            items: lines.map((l) => l.trim().replace(/^(•|☐|☑|\d+\.)\s*/, '')),
            text: lines.join('\n'),
          })
        return
      }
      case 'upload': {
        const upload = uploadOf(node, options.resolveMedia)
        if (upload) blocks.push({ type: 'image', mediaId: upload.mediaId, alt: upload.alt, text: upload.alt })
        return
      }
      case 'horizontalrule':
        return
      default:
        if (INLINE.has(node.type ?? '') || isInlineOnly(node)) {
          const text = inlineText([node], options, depth).trim()
          if (text) blocks.push({ type: 'paragraph', text })
        } else for (const child of childrenOf(node)) visit(child, depth + 1)
    }
  }
  for (const node of topNodes(state)) visit(node, 0)
  return blocks
}

/** The body as plain text: blocks separated by a blank line, lists with • or numbers, no images. */
export const lexicalToText = (state: unknown, options: TextOptions = {}): string =>
  lexicalToBlocks(state, options)
    .filter((block) => block.type !== 'image')
    .map((block) => block.text)
    .join(options.blockSeparator ?? '\n\n')

const OPEN_TAG = /<([a-zA-Z][a-zA-Z0-9]*)((?:\s[^<>]*?)?)(\/?)>/g
const CLASS_ATTRIBUTE = /\sclass\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi

/**
 * Gives every element of a style map an inline style where the template left it without one, and
 * drops class attributes (WeChat discards them and any stylesheet they point to). Runs on HTML
 * this module and the templates produced: escaped text holds no `<`, so every match is a tag.
 */
export const inlineStyles = (
  html: string,
  styles: StyleMap,
  { stripClasses = true }: { stripClasses?: boolean } = {},
): string =>
  html.replace(OPEN_TAG, (tag, name: string, attributes: string, selfClosing: string) => {
    let attrs = stripClasses ? attributes.replace(CLASS_ATTRIBUTE, '') : attributes
    const css = styles[name.toLowerCase()]
    if (css && !/\sstyle\s*=/i.test(attrs)) attrs = `${attrs.trimEnd()} style="${escapeHtml(css)}"`
    return attrs === attributes ? tag : `<${name}${attrs}${selfClosing ? ' /' : ''}>`
  })
