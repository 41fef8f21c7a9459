// 舆情事件 clocks in the product: each incident's first-response deadline from the opinion
// settings, and the reminder or escalation due at `now` — a reminder to the owner (and the
// publicity office), escalation one level up with a fresh clock, telling the level that now
// answers it: the department's head for 较大, the administrators (leadership) for 重大. Each once
// per incident per severity, remembered by the audit trail; e-mail, and 企业微信 when configured.
import type { PayloadRequest } from 'payload'

import { GLOBALS, SLUGS } from '../../../collections/slugs'
import { auditEventsOn, recordAuditEvent } from '@/audit/recordAuditEvent'
import { idOf } from '@/db/relationIds'
import { env } from '@/env'
import { sendMail } from '@/notifications/adapters/email'
import { sendWecom, wecomEnabled } from '@/notifications/adapters/wecom'
import { type Severity, SEVERITY_LABELS } from '../rules/classify'
import {
  escalatedSeverity,
  type IncidentAction,
  incidentActions,
  RESPONDERS,
  type ResponseSettings,
  responseDueAt,
} from '../rules/incidents'

const ACTIONS: Record<IncidentAction, string> = { remind: 'incident.reminded', escalate: 'incident.escalated' }

/** Settings as stored, a clock may now be computed with. */
export const responseSettings = async (req: PayloadRequest): Promise<ResponseSettings> => {
  const settings = await req.payload.findGlobal({ slug: GLOBALS.opinionSettings, depth: 0, overrideAccess: true, req })
  return {
    responseHours: settings.responseHours ?? {},
    remindFraction: settings.remindFraction ?? 0.75,
  }
}

/** The accounts told at a severity: operations always; the department's head from 较大; admins at 重大. */
const recipientsFor = async (req: PayloadRequest, severity: Severity, ownerId: unknown, departmentId: unknown) => {
  const roles = severity === 'critical' ? ['operations', 'admin'] : ['operations']
  const { docs } = await req.payload.find({
    collection: SLUGS.users,
    where: { roles: { in: roles } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const people = new Map(docs.filter((u) => !u.deactivated).map((u) => [String(u.id), u.email]))
  const extra = [idOf(ownerId)]
  if (severity !== 'general' && departmentId) {
    const department = await req.payload.findByID({
      collection: SLUGS.departments,
      id: idOf(departmentId as never)!,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    extra.push(idOf(department?.head))
  }
  for (const id of extra.filter((x) => x !== null)) {
    const user = await req.payload.findByID({
      collection: SLUGS.users,
      id: id,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    if (user && !user.deactivated) people.set(String(user.id), user.email)
  }
  return people
}

const doneFor = async (req: PayloadRequest, id: string | number, severity: Severity) => {
  const docs = await auditEventsOn(req, SLUGS.incidents, id, Object.values(ACTIONS))
  return new Set(
    docs
      .filter((e) => (e.detail as { severity?: string } | null)?.severity === severity)
      .map((e) => (e.action === ACTIONS.remind ? 'remind' : 'escalate')),
  )
}

/** One pass over the open incidents, as of `now`. Returns what was done. */
export const runIncidentDeadlines = async (req: PayloadRequest, now: Date) => {
  const settings = await responseSettings(req)
  const open = await req.payload.find({
    collection: SLUGS.incidents,
    where: { status: { equals: 'open' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const done: { id: string | number; severity: Severity; action: IncidentAction }[] = []
  for (const incident of open.docs) {
    const severity = incident.severity
    const clock = { severity, openedAt: new Date(incident.clockStartedAt ?? incident.openedAt ?? incident.createdAt) }
    const actions = incidentActions(clock, settings, now, await doneFor(req, incident.id, severity))
    for (const action of actions) {
      const raised = action === 'escalate' ? escalatedSeverity(severity) : severity
      const due = responseDueAt(clock, settings)
      const subject =
        action === 'remind'
          ? `【舆情提醒】「${incident.title}」首次回应将于 ${due.toLocaleString('zh-CN', { timeZone: env.timezone, hour12: false })} 到期`
          : `【舆情升级】「${incident.title}」未在时限内回应，升级为${SEVERITY_LABELS[raised].zh}`
      const text =
        action === 'remind'
          ? `舆情事件「${incident.title}」（${SEVERITY_LABELS[severity].zh}）尚未对外回应，请尽快处理。`
          : `舆情事件「${incident.title}」已超过${SEVERITY_LABELS[severity].zh}事件的回应时限，现升级为${SEVERITY_LABELS[raised].zh}，由${RESPONDERS[raised].zh}。`
      const people = await recipientsFor(req, raised, incident.owner, incident.department)
      for (const [personId, email] of people)
        await sendMail(
          email,
          { subject, text },
          `<incident-${incident.id}-${severity}-${action}-${personId}@cms.local>`,
        )
      if (wecomEnabled()) await sendWecom({ subject, text })
      if (action === 'escalate' && raised !== severity) {
        // The new severity's clock starts at the moment the check runs as of.
        req.context = { ...req.context, incidentEscalation: now.toISOString() }
        await req.payload.update({
          collection: SLUGS.incidents,
          id: incident.id,
          data: { severity: raised },
          overrideAccess: true,
          req,
        })
        delete req.context.incidentEscalation
      }
      await recordAuditEvent(req, {
        action: ACTIONS[action],
        targetCollection: SLUGS.incidents,
        targetId: incident.id,
        detail: { severity, to: raised, dueAt: due.toISOString(), asOf: now.toISOString(), told: [...people.keys()] },
      })
      done.push({ id: incident.id, severity, action })
    }
  }
  return done
}
