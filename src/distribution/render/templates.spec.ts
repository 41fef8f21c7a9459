import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { createTemplateStore } from './templates'

describe(createTemplateStore.name, () => {
  let dir: string
  const write = (file: string, content: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  const store = () =>
    createTemplateStore({
      templatesDir: dir,
      timeZone: 'Asia/Shanghai',
      families: { douyin: '_short-video', 'wechat-channels': '_short-video' },
    })

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'template-store-'))
    write('_shared/title.txt.hbs', 'shared {{title}}')
    write('_shared/sign-off.hbs', 'shared sign-off')
    write('_short-video/caption.txt.hbs', 'family caption {{> sign-off}}')
    write('_short-video/title.txt.hbs', 'family {{title}}')
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('should take a template from the family folder when the kind has none', () => {
    const douyin = store().forKind('douyin')
    expect(douyin.has('caption.txt')).toBe(true)
    expect(douyin.render('caption.txt', {})).toBe('family caption shared sign-off')
    expect(douyin.render('title.txt', { title: '冬季' })).toBe('family 冬季')
  })

  it('should take a template from _shared when neither the kind nor its family has it', () => {
    write('weibo/post.txt.hbs', '{{title}}')
    const weibo = store().forKind('weibo')
    expect(weibo.render('title.txt', { title: '冬季' })).toBe('shared 冬季')
    expect(weibo.has('caption.txt')).toBe(false)
  })

  it('should let a file in the kind folder win over the family and shared ones, from the next render on', () => {
    const templates = store()
    expect(templates.forKind('douyin').render('caption.txt', {})).toBe('family caption shared sign-off')
    write('douyin/caption.txt.hbs', 'own caption {{> sign-off}}')
    write('douyin/partials/sign-off.hbs', 'own sign-off')
    expect(templates.forKind('douyin').render('caption.txt', {})).toBe('own caption own sign-off')
    // The other kind of the family keeps the family's template and the shared partial.
    expect(templates.forKind('wechat-channels').render('caption.txt', {})).toBe('family caption shared sign-off')
  })

  it('should let a family partial override the shared one', () => {
    write('_short-video/partials/sign-off.hbs', 'family sign-off')
    expect(store().forKind('douyin').render('caption.txt', {})).toBe('family caption family sign-off')
  })

  it('should keep templates and partials of _shared apart', () => {
    write('weibo/post.txt.hbs', '{{> title.txt}}')
    const weibo = store().forKind('weibo')
    expect(weibo.has('sign-off')).toBe(false)
    expect(() => weibo.render('post.txt', { title: '冬季' })).toThrow(/title\.txt/)
  })

  it('should name every place it looked in when a template is missing everywhere', () => {
    expect(() => store().forKind('douyin').render('outro.txt', {})).toThrow(
      'missing template, looked in: templates/douyin/outro.txt.hbs, templates/_short-video/outro.txt.hbs, templates/_shared/outro.txt.hbs',
    )
    expect(() => store().forKind('weibo').render('post.txt', {})).toThrow(
      /缺少模板，已查找：templates\/weibo\/post\.txt\.hbs、templates\/_shared\/post\.txt\.hbs \//,
    )
  })
})
