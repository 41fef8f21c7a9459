import { describe, expect, it } from 'vitest'

import { escalatedSeverity, incidentActions, responseDueAt, timeLeftMs } from './incidents'

const openedAt = new Date('2026-11-26T02:00:00Z')
const settings = { responseHours: { critical: 4 }, remindFraction: 0.75 }
const at = (hours: number) => new Date(openedAt.getTime() + hours * 3_600_000)

describe(incidentActions.name, () => {
  it('should give a 重大 incident four hours, remind at three and escalate at four, once each', () => {
    const incident = { severity: 'critical' as const, openedAt }
    expect(responseDueAt(incident, settings)).toEqual(at(4))
    expect(incidentActions(incident, settings, at(2.9), new Set())).toEqual([])
    expect(incidentActions(incident, settings, at(3), new Set())).toEqual(['remind'])
    expect(incidentActions(incident, settings, at(3.5), new Set(['remind']))).toEqual([])
    expect(incidentActions(incident, settings, at(4), new Set(['remind']))).toEqual(['escalate'])
    expect(incidentActions(incident, settings, at(9), new Set(['remind', 'escalate']))).toEqual([])
    expect(timeLeftMs(incident, settings, at(5))).toBeLessThan(0)
  })
  it('should stop the clock at the first public response', () => {
    expect(incidentActions({ severity: 'critical', openedAt, respondedAt: at(1) }, settings, at(9), new Set())).toEqual(
      [],
    )
  })
  it('should use the defaults where the settings are silent, and raise one level on escalation', () => {
    expect(responseDueAt({ severity: 'general', openedAt }, settings)).toEqual(at(24))
    expect(responseDueAt({ severity: 'major', openedAt }, settings)).toEqual(at(12))
    expect(escalatedSeverity('general')).toBe('major')
    expect(escalatedSeverity('major')).toBe('critical')
    expect(escalatedSeverity('critical')).toBe('critical')
  })
})
