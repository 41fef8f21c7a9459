// 企业微信 group robot: staff notices as a text message to the webhook in WECOM_WEBHOOK_URL. The
// robot answers 200 with {errcode, errmsg}; anything but errcode 0 is a failure.
import { env } from '@/env'
import type { Notice } from '../rules/messages'

export const wecomEnabled = () => Boolean(env.wecomWebhookUrl)

export const sendWecom = async (notice: Notice): Promise<void> => {
  const response = await fetch(env.wecomWebhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ msgtype: 'text', text: { content: `${notice.subject}\n${notice.text}` } }),
    signal: AbortSignal.timeout(env.webhookTimeoutMs),
    redirect: 'error',
  })
  const body = (await response.json().catch(() => null)) as { errcode?: number; errmsg?: string } | null
  if (!response.ok || body?.errcode !== 0)
    throw new Error(`企业微信 webhook answered ${response.status} ${body?.errcode ?? ''} ${body?.errmsg ?? ''}`.trim())
}
