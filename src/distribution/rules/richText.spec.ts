import { describe, expect, it } from 'vitest'

import {
  escapeHtml,
  inlineStyles,
  lexicalToBlocks,
  lexicalToHtml,
  lexicalToText,
  safeHref,
  STYLE_MAPS,
} from './richText'

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const paragraph = (...children: object[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, children })
const heading = (tag: string, t: string) => ({ type: 'heading', tag, children: [text(t)] })
const item = (...children: object[]) => ({ type: 'listitem', children })
const list = (listType: string, ...items: object[]) => ({
  type: 'list',
  listType,
  tag: listType === 'number' ? 'ol' : 'ul',
  children: items,
})
const link = (url: string, t: string, extra: object = {}) => ({
  type: 'link',
  fields: { url, linkType: 'custom', ...extra },
  children: [text(t)],
})
const state = (...children: object[]) => ({ root: { type: 'root', children } })

const article = state(
  heading('h2', '为什么冬天血压高'),
  paragraph(
    text('寒冷使'),
    text('血管收缩', 1),
    text('，'),
    text('早晚', 2),
    text('各测一次。'),
    { type: 'linebreak' },
    text('记录', 8),
    text('数值', 4),
    text('mmHg', 16),
  ),
  list('bullet', item(text('静坐五分钟')), item(text('袖带与心脏同高'), list('bullet', item(text('坐姿'))))),
  list('number', item(text('第一次')), item(text('第二次'))),
  { type: 'quote', children: [text('规律测量比单次更重要。')] },
  paragraph(text('详见'), link('https://h.cn/g?a=1&b=2', '指南', { newTab: true }), text('或'), {
    type: 'autolink',
    fields: { url: 'https://who.int' },
    children: [text('https://who.int')],
  }),
)

describe(lexicalToHtml.name, () => {
  it('should render semantic HTML for headings, paragraphs, formats, lists, quotes and links', () => {
    expect(lexicalToHtml(article).html).toBe(
      '<h2>为什么冬天血压高</h2>' +
        '<p>寒冷使<strong>血管收缩</strong>，<em>早晚</em>各测一次。<br><u>记录</u><s>数值</s><code>mmHg</code></p>' +
        '<ul><li>静坐五分钟</li><li>袖带与心脏同高<ul><li>坐姿</li></ul></li></ul>' +
        '<ol><li>第一次</li><li>第二次</li></ol>' +
        '<blockquote>规律测量比单次更重要。</blockquote>' +
        '<p>详见<a href="https://h.cn/g?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">指南</a>或<a href="https://who.int">https://who.int</a></p>',
    )
  })
  it('should combine format bits', () => {
    expect(lexicalToHtml(state(paragraph(text('重要', 1 | 2 | 8)))).html).toBe(
      '<p><strong><em><u>重要</u></em></strong></p>',
    )
  })
  it('should escape text and attribute values', () => {
    const html = lexicalToHtml(
      state(paragraph(text('<script>alert(1)</script> & "引号"')), paragraph(link('https://h.cn/"><script>', '链接'))),
    ).html
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot;')
    expect(html).toContain('href="https://h.cn/&quot;&gt;&lt;script&gt;"')
  })
  it('should drop links that could run code and keep their text', () => {
    for (const url of ['javascript:alert(1)', ' JaVa\nScript:alert(1)', 'data:text/html,x', 'vbscript:x']) {
      expect(lexicalToHtml(state(paragraph(link(url, '点我')))).html).toBe('<p>点我</p>')
    }
  })
  it('should put an inline style on every block for WeChat and no class anywhere', () => {
    const { html } = lexicalToHtml(article, { styles: STYLE_MAPS.wechat })
    for (const [, tag, attributes] of html.matchAll(/<([a-z0-9]+)([^>]*)>/g)) {
      if (['strong', 'em', 'u', 's', 'br'].includes(tag)) continue
      expect(attributes, tag).toMatch(/ style="[^"]+"/)
    }
    expect(html).not.toContain('class=')
  })
  it('should keep paragraph alignment only where styles are inline', () => {
    const centered = state({ ...paragraph(text('居中')), format: 'center' })
    expect(lexicalToHtml(centered, { styles: STYLE_MAPS.wechat }).html).toContain('text-align:center;')
    expect(lexicalToHtml(centered).html).toBe('<p>居中</p>')
  })
  it('should give WeChat uploads a media id and no src, and list them', () => {
    const body = state(
      { type: 'upload', relationTo: 'media', value: 7 },
      { type: 'upload', relationTo: 'media', value: { id: 8, url: 'https://cdn/8.jpg', alt: '血压计' } },
    )
    const resolveMedia = (id: string) =>
      id === '7' ? { id: '7', alt: '<示意图>', url: 'https://cdn/7.jpg', sizes: {} } : null
    const { html, uploads } = lexicalToHtml(body, { styles: STYLE_MAPS.wechat, images: 'media-id', resolveMedia })
    expect(html).toContain('<img data-media-id="7" alt="&lt;示意图&gt;" style=')
    expect(html).toContain('<img data-media-id="8" alt="血压计" style=')
    expect(html).not.toMatch(/\ssrc=/)
    expect(uploads).toEqual([
      { mediaId: '7', url: 'https://cdn/7.jpg', alt: '<示意图>' },
      { mediaId: '8', url: 'https://cdn/8.jpg', alt: '血压计' },
    ])
  })
  it('should give other channels an img src, and skip an upload without a safe URL', () => {
    const body = state(
      { type: 'upload', relationTo: 'media', value: { id: 8, url: 'https://cdn/8.jpg', alt: '图' } },
      { type: 'upload', relationTo: 'media', value: { id: 9, url: 'javascript:x' } },
    )
    expect(lexicalToHtml(body).html).toBe('<p><img src="https://cdn/8.jpg" alt="图"></p>')
  })
  it('should render the text of unknown nodes and never throw on odd input', () => {
    const odd = state(
      { type: 'mystery', children: [text('未知节点的文字')] },
      { type: 'block', fields: { blockType: 'cta' } },
      { type: 'horizontalrule' },
      { type: 'widget', children: [paragraph(text('内层段落'))] },
    )
    expect(lexicalToHtml(odd).html).toBe('<p>未知节点的文字</p><hr><p>内层段落</p>')
    for (const input of [
      null,
      undefined,
      42,
      'text',
      [],
      {},
      { root: null },
      { root: { children: 'x' } },
      { root: { children: [null, 1, { type: 'text' }] } },
    ]) {
      expect(() => lexicalToHtml(input)).not.toThrow()
      expect(() => lexicalToText(input)).not.toThrow()
    }
  })
  it('should stop at absurd nesting instead of overflowing the stack', () => {
    let node: object = text('深')
    for (let i = 0; i < 10_000; i++) node = { type: 'wrapper', children: [node] }
    expect(() => lexicalToHtml(state(node))).not.toThrow()
    expect(() => lexicalToText(state(node))).not.toThrow()
  })
})

describe(lexicalToText.name, () => {
  it('should separate blocks with a blank line, mark lists and keep line breaks', () => {
    expect(lexicalToText(article)).toBe(
      [
        '为什么冬天血压高',
        '寒冷使血管收缩，早晚各测一次。\n记录数值mmHg',
        '• 静坐五分钟\n• 袖带与心脏同高\n  • 坐姿',
        '1. 第一次\n2. 第二次',
        '规律测量比单次更重要。',
        '详见指南（https://h.cn/g?a=1&b=2）或https://who.int',
      ].join('\n\n'),
    )
  })
  it('should take a compact separator and hide link URLs on request', () => {
    expect(
      lexicalToText(state(paragraph(text('甲')), paragraph(link('https://h.cn', '乙'))), {
        blockSeparator: '\n',
        linkUrls: false,
      }),
    ).toBe('甲\n乙')
  })
  it('should not escape (plain text is not HTML) and skip images', () => {
    expect(lexicalToText(state(paragraph(text('a < b & c')), { type: 'upload', value: 1 }))).toBe('a < b & c')
  })
  it('should mark check lists', () => {
    expect(lexicalToText(state(list('check', { ...item(text('测量')), checked: true }, item(text('记录')))))).toBe(
      '☑ 测量\n☐ 记录',
    )
  })
})

describe(lexicalToBlocks.name, () => {
  it('should list headings, paragraphs, lists, quotes and images in order', () => {
    const blocks = lexicalToBlocks(
      state(heading('h3', '标题'), paragraph(text('段落')), list('number', item(text('一')), item(text('二'))), {
        type: 'upload',
        value: { id: 5, alt: '图' },
      }),
    )
    expect(blocks).toEqual([
      { type: 'heading', level: 3, text: '标题' },
      { type: 'paragraph', text: '段落' },
      { type: 'list', ordered: true, items: ['一', '二'], text: '1. 一\n2. 二' },
      { type: 'image', mediaId: '5', alt: '图', text: '图' },
    ])
  })
  it('should skip empty paragraphs', () => {
    expect(lexicalToBlocks(state(paragraph(), paragraph(text('  '))))).toEqual([])
  })
})

describe(inlineStyles.name, () => {
  it('should style unstyled elements, keep a template’s own style and drop classes', () => {
    expect(
      inlineStyles('<section class="x"><p>甲</p><p style="color:red">乙</p><img src="/a.png" /></section>', {
        p: 'margin:0;',
        section: 'padding:0;',
        img: 'width:100%;',
      }),
    ).toBe(
      '<section style="padding:0;"><p style="margin:0;">甲</p><p style="color:red">乙</p><img src="/a.png" style="width:100%;" /></section>',
    )
  })
})

describe(safeHref.name, () => {
  it('should allow web, mail, phone, anchors and relative links only', () => {
    expect(safeHref('https://h.cn')).toBe('https://h.cn')
    expect(safeHref('mailto:a@h.cn')).toBe('mailto:a@h.cn')
    expect(safeHref('#refs')).toBe('#refs')
    expect(safeHref('/articles/x')).toBe('/articles/x')
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref('\u0001javascript:alert(1)')).toBeNull()
    expect(safeHref('')).toBeNull()
    expect(safeHref(42)).toBeNull()
  })
})

describe(escapeHtml.name, () => {
  it('should escape the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    )
  })
})
