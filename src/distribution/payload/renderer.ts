// The process's one renderer: templates compiled once, recompiled when a file changes on disk.
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { createRenderer } from '../render/index'
import type { Rendering } from '../rules/types'
import { env, ROOT_DIR } from '@/env'
import type { Channel } from '@/payload-types'
import { channelSettings } from './channels'
import { type ContentSnapshot, renderInputCached } from './contentSnapshot'

export const TEMPLATES_DIR = path.join(ROOT_DIR, 'templates')

let renderer: ReturnType<typeof createRenderer> | undefined

export const renderForChannel = async (
  req: PayloadRequest,
  snapshot: ContentSnapshot,
  channel: Channel,
  options: { distributionId: string; campaignId?: string | number | null },
): Promise<Rendering> => {
  renderer ??= createRenderer({ templatesDir: TEMPLATES_DIR, timeZone: env.timezone })
  const input = await renderInputCached(req, snapshot, options)
  return await renderer.render(input, channelSettings(channel))
}
