// 舆情事件: a group of mentions answered as one, by severity. Each severity has a first-response
// deadline (settings; the "黄金4小时" rule of thumb makes 4 hours the default for 重大) and a level
// of the hospital that answers it; the owner is reminded before the deadline and the incident is
// escalated one level after it. Pure.
import type { Severity } from './classify'

export const DEFAULT_RESPONSE_HOURS: Record<Severity, number> = { general: 24, major: 12, critical: 4 }

/** Who answers, by severity: the publicity office; with the department and management; leadership. */
export const RESPONDERS: Record<Severity, { zh: string; en: string }> = {
  general: { zh: '宣传科处理', en: 'Publicity office' },
  major: { zh: '科室与院办共同处理', en: 'Department and management' },
  critical: { zh: '院领导牵头处理', en: 'Hospital leadership' },
}

export type IncidentClock = {
  severity: Severity
  /** When the current severity's clock started: the incident's opening, or its last escalation. */
  openedAt: Date
  /** When the first public response went out; null while it has not. */
  respondedAt?: Date | null
}

export type ResponseSettings = { responseHours: Partial<Record<Severity, number | null>>; remindFraction: number }

export const responseDueAt = (incident: IncidentClock, settings: ResponseSettings): Date => {
  const hours = settings.responseHours[incident.severity] ?? DEFAULT_RESPONSE_HOURS[incident.severity]
  return new Date(incident.openedAt.getTime() + hours * 3_600_000)
}

export type IncidentAction = 'remind' | 'escalate'

/**
 * What is due at `now`: a reminder once `remindFraction` of the time has gone, escalation once
 * it has all gone — nothing after the first response, and each once (`done`).
 */
export const incidentActions = (
  incident: IncidentClock,
  settings: ResponseSettings,
  now: Date,
  done: ReadonlySet<IncidentAction>,
): IncidentAction[] => {
  if (incident.respondedAt) return []
  const start = incident.openedAt.getTime()
  const due = responseDueAt(incident, settings).getTime()
  if (now.getTime() >= due) return done.has('escalate') ? [] : ['escalate']
  const remindAt = start + (due - start) * settings.remindFraction
  return now.getTime() >= remindAt && !done.has('remind') ? ['remind'] : []
}

/** The severity an escalation raises an incident to (重大 stays 重大, with leadership told). */
export const escalatedSeverity = (severity: Severity): Severity => (severity === 'general' ? 'major' : 'critical')

/** Milliseconds left to the first response (negative when overdue), for the dashboard. */
export const timeLeftMs = (incident: IncidentClock, settings: ResponseSettings, now: Date): number =>
  responseDueAt(incident, settings).getTime() - now.getTime()
