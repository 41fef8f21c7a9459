// The distribution renderer: one content version through one channel's Handlebars templates,
// then UTM tagging, then the channel's constraints. Templates are compiled once per file and
// recompiled when the file changes on disk. Pure of Payload: the caller builds RenderInput.
import type { ChannelKind } from '../rules/vocabulary'
import { checkConstraints, checkVideo, limitsFor } from '../rules/constraints'
import type { ChannelSettings, MediaRef, RenderInput, Rendering } from '../rules/types'
import { utmParamsFor } from '../rules/utm'
import { baseContext } from './context'
import { renderEmail } from './email'
import type { KindRenderer } from './kind'
import { renderSms } from './sms'
import { createTemplateStore, type TemplateFamilies } from './templates'
import { renderVideoScript } from './videoScript'
import { renderWeb } from './web'
import { renderWechatArticle } from './wechatArticle'
import { renderWeibo } from './weibo'
import { renderXiaohongshu } from './xiaohongshu'

/** Each kind's builder; its templates are in `templates/<kind>/`, its family's folder and `templates/_shared/`. */
export const KIND_RENDERERS: Record<ChannelKind, KindRenderer> = {
  'wechat-article': renderWechatArticle,
  'wechat-channels': renderVideoScript,
  douyin: renderVideoScript,
  weibo: renderWeibo,
  xiaohongshu: renderXiaohongshu,
  sms: renderSms,
  email: renderEmail,
  website: renderWeb,
  webhook: renderWeb,
}

/**
 * Kinds one builder serves share their templates: what `templates/<kind>/` lacks comes from the
 * family's folder (then `_shared/`), and a file of the same name in the kind's folder overrides it.
 */
export const TEMPLATE_FAMILIES: TemplateFamilies = {
  douyin: '_short-video',
  'wechat-channels': '_short-video',
  website: '_site',
  webhook: '_site',
} satisfies Partial<Record<ChannelKind, string>>

export type RendererOptions = {
  /** The directory holding `_shared/`, the family folders (`_site/` …) and the kinds' own folders. */
  templatesDir: string
  /** Where dates are shown (last reviewed, references accessed): the hospital's zone. */
  timeZone?: string
}

export const createRenderer = ({ templatesDir, timeZone = 'Asia/Shanghai' }: RendererOptions) => {
  const store = createTemplateStore({ templatesDir, timeZone, families: TEMPLATE_FAMILIES })

  /** Renders one piece for one channel: the exact output to deliver, its fields, and every rule it breaks. */
  const render = async (input: RenderInput, channel: ChannelSettings): Promise<Rendering> => {
    const kind = channel.kind
    const builder = KIND_RENDERERS[kind]
    if (!builder) throw new Error(`未知的渠道类型“${kind}” / unknown channel kind "${kind}"`)
    const limits = limitsFor(kind, channel.limits)
    const media = new Map<string, MediaRef>()
    for (const m of [...input.images, ...(input.cover ? [input.cover] : [])]) media.set(String(m.id), m)
    const output = await builder({
      input,
      channel,
      limits,
      base: baseContext(input, channel, timeZone),
      templates: store.forKind(kind),
      utm: utmParamsFor(kind, {
        medium: channel.utmMedium,
        campaign: input.campaign?.slug,
        distributionId: input.distributionId,
      }),
      timeZone,
      resolveMedia: (id) => media.get(id) ?? null,
    })
    return {
      ...output,
      violations: [...checkConstraints(kind, output, limits), ...checkVideo(kind, input.video, limits)],
    }
  }

  return { render }
}

export type Renderer = ReturnType<typeof createRenderer>
