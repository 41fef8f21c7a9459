// Tells a submitter that their piece moved: by e-mail when they left an address, and — for staff,
// who sent it from the admin — also in the 企业微信 group. A mobile number gets no message yet
// (the tracking link shows the status); the record says so. Run from the notifications queue, so
// a notice queued with a triage decision survives a crash and is retried on failure; the
// Message-ID is stable per notice, so a retried send is folded by the mail client.
import type { TaskConfig, TaskHandler } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { idOf } from '@/db/relationIds'
import { env } from '@/env'
import { sendMail } from '@/notifications/adapters/email'
import { sendWecom, wecomEnabled } from '@/notifications/adapters/wecom'
import { type SubmissionNoticeEvent, submissionNotice } from '@/notifications/rules/messages'
import { readPersonalFields } from '@/privacy/payload/systemRead'
import { publishedLink } from '@/submissions/payload/service'
import { contactKind } from '@/submissions/rules/submissionRules'

type Delivery = { event: string; channel: 'email' | 'wecom' | 'none'; at: string; ok: boolean; note?: string }

export const notifySubmitterHandler: TaskHandler<'notifySubmitter'> = async ({ input, req, job }) => {
  const submission = await req.payload.findByID({
    collection: SLUGS.submissions,
    id: input.submissionId,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (!submission) return { output: { sent: 0 } }
  const event = input.event as SubmissionNoticeEvent
  const notice = submissionNotice({
    event,
    hospital: env.hospitalName,
    reference: submission.reference ?? String(submission.id),
    title: submission.title,
    // The token itself is never stored: the notice points to the page, which asks for it.
    trackingUrl: `${env.serverUrl || ''}/submit/track`,
    note: submission.triageNote,
    link: event === 'published' ? await publishedLink(req, submission) : null,
  })
  const deliveries: Delivery[] = []
  const at = new Date().toISOString()
  const messageId = `<submission-${submission.id}-${event}-${job.id}@${new URL(env.serverUrl || 'http://cms.local').hostname}>`

  const staffId = idOf(submission.submittedBy)
  let address: string | null = null
  if (staffId !== null) {
    const staff = await req.payload.findByID({
      collection: SLUGS.users,
      id: staffId,
      depth: 0,
      overrideAccess: true,
      req,
    })
    address = staff.email
  } else {
    const { contact } = await readPersonalFields(req, SLUGS.submissions, submission.id, ['contact'], `notice:${event}`)
    address = contact && contactKind(contact) === 'email' ? contact : null
    if (contact && !address)
      deliveries.push({ event, channel: 'none', at, ok: true, note: 'mobile: tracking page only' })
  }
  if (address) {
    await sendMail(address, notice, messageId)
    deliveries.push({ event, channel: 'email', at, ok: true })
  }
  if (staffId !== null && wecomEnabled()) {
    await sendWecom(notice)
    deliveries.push({ event, channel: 'wecom', at, ok: true })
  }
  await req.payload.update({
    collection: SLUGS.submissions,
    id: submission.id,
    data: { notifications: [...((submission.notifications as Delivery[] | null) ?? []), ...deliveries] },
    overrideAccess: true,
    req,
  })
  return { output: { sent: deliveries.filter((d) => d.channel !== 'none').length } }
}

export const notifySubmitterTask: TaskConfig<'notifySubmitter'> = {
  slug: 'notifySubmitter',
  label: '投稿进度通知 / Submission notice',
  inputSchema: [
    { name: 'submissionId', type: 'text', required: true },
    { name: 'event', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'number', required: true }],
  handler: notifySubmitterHandler,
  retries: 5,
}
