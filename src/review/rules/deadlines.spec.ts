import { describe, expect, it } from 'vitest'

import { deadlineActions, dueAt, openStage } from './deadlines'
import { resolvePolicy } from './policy'

const rules = resolvePolicy({ collection: 'articles', dualExpertReview: true, promotional: false, coCreated: true })
const submitted = new Date('2026-11-02T01:00:00Z')
const settings = { slaHours: { operations: 24, initial: 48, medical: 72 }, reminderHoursBefore: 8 }
const at = (hours: number) => new Date(submitted.getTime() + hours * 3_600_000)
const signed = (
  stage: 'operations' | 'initial' | 'medical',
  id: number,
  hours: number,
  qualifications: string[] = [],
) => ({
  stage,
  reviewerId: id,
  qualifications,
  at: at(hours).toISOString(),
})

describe(openStage.name, () => {
  it('should open the first stage at submission and each next one when the one before is satisfied', () => {
    expect(openStage(rules, [], submitted)).toEqual({ stage: 'operations', openedAt: submitted })
    const afterTriage = openStage(rules, [signed('operations', 1, 5)], submitted)
    expect(afterTriage).toEqual({ stage: 'initial', openedAt: at(5) })
    // The dual-expert stage opens when initial is done and waits until both experts signed.
    const oneExpert = [signed('operations', 1, 5), signed('initial', 2, 30), signed('medical', 3, 40, ['clinician'])]
    expect(openStage(rules, oneExpert, submitted)).toEqual({ stage: 'medical', openedAt: at(30) })
    const both = [...oneExpert, signed('medical', 4, 50, ['public-health'])]
    expect(openStage(rules, both, submitted)).toEqual({ stage: 'compliance', openedAt: at(50) })
    expect(openStage(rules, [...both, { ...signed('initial', 5, 60), stage: 'compliance' }], submitted)).toBeNull()
  })
  it('should give a holding statement an hour per stage, whatever the settings say', () => {
    const statement = resolvePolicy({
      collection: 'articles',
      dualExpertReview: true,
      promotional: false,
      statement: true,
    })
    const medical = openStage(statement, [], submitted)
    expect(medical).toEqual({ stage: 'medical', openedAt: submitted, slaHours: 1 })
    expect(dueAt(medical!, settings)).toEqual(at(1))
    const compliance = openStage(statement, [signed('medical', 3, 0.5)], submitted)
    expect(compliance).toEqual({ stage: 'compliance', openedAt: at(0.5), slaHours: 1 })
    expect(dueAt(compliance!, { ...settings, slaHours: { compliance: 48 } })).toEqual(at(1.5))
  })
  it('should wait on nobody while a story’s consent check fails', () => {
    const story = resolvePolicy({ collection: 'patient-stories', dualExpertReview: false, promotional: false })
    expect(openStage(story, [], submitted, false)).toBeNull()
    expect(openStage(story, [], submitted, true)?.stage).toBe('initial')
  })
})

describe(deadlineActions.name, () => {
  const open = { stage: 'operations' as const, openedAt: submitted }
  it('should remind before the deadline, escalate after it, each once', () => {
    expect(dueAt(open, settings)).toEqual(at(24))
    expect(deadlineActions(open, settings, at(15), new Set())).toEqual([])
    expect(deadlineActions(open, settings, at(16), new Set())).toEqual(['remind'])
    expect(deadlineActions(open, settings, at(16), new Set(['remind']))).toEqual([])
    expect(deadlineActions(open, settings, at(24), new Set(['remind']))).toEqual(['escalate'])
    expect(deadlineActions(open, settings, at(30), new Set(['remind', 'escalate']))).toEqual([])
  })
  it('should escalate without reminding when the deadline passed unseen', () => {
    expect(deadlineActions(open, settings, at(100), new Set())).toEqual(['escalate'])
  })
})
