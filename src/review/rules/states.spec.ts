import { describe, expect, it } from 'vitest'

import { TRANSITIONS, TransitionRefused, WORKFLOW_ACTIONS, WORKFLOW_STATES, assertTransition, isPublic } from './states'

const allowed: [string, string, string][] = [
  ['draft', 'submit', 'in_review'],
  ['changes_requested', 'submit', 'in_review'],
  ['withdrawn', 'submit', 'in_review'],
  ['review_expired', 'submit', 'in_review'],
  ['in_review', 'signOff', 'in_review'],
  ['in_review', 'complete', 'approved'],
  ['in_review', 'reject', 'changes_requested'],
  ['approved', 'publish', 'published'],
  ['in_review', 'withdraw', 'withdrawn'],
  ['approved', 'withdraw', 'withdrawn'],
  ['published', 'withdraw', 'withdrawn'],
  ['review_expired', 'withdraw', 'withdrawn'],
  ['published', 'expire', 'review_expired'],
  ['in_review', 'edit', 'draft'],
  ['changes_requested', 'edit', 'draft'],
  ['approved', 'edit', 'draft'],
  ['published', 'edit', 'draft'],
  ['withdrawn', 'edit', 'draft'],
  ['review_expired', 'edit', 'draft'],
]

describe(assertTransition.name, () => {
  it.each(allowed)('should move %s by %s to %s', (from, action, to) => {
    expect(assertTransition(from as never, action as never)).toBe(to)
  })

  const refused = WORKFLOW_STATES.flatMap((from) =>
    WORKFLOW_ACTIONS.filter((action) => !allowed.some(([f, a]) => f === from && a === action)).map(
      (action) => [from, action] as const,
    ),
  )

  it.each(refused)('should refuse %s by %s', (from, action) => {
    expect(() => assertTransition(from, action)).toThrow(TransitionRefused)
  })

  it('should list exactly the allowed transitions in the table', () => {
    const fromTable = Object.entries(TRANSITIONS).flatMap(([action, { from, to }]) => from.map((f) => [f, action, to]))
    expect(new Set(fromTable.map((row) => row.join(' ')))).toEqual(new Set(allowed.map((row) => row.join(' '))))
    expect(refused.length + allowed.length).toBe(WORKFLOW_STATES.length * WORKFLOW_ACTIONS.length)
  })

  it('should never publish without approval first', () => {
    for (const state of WORKFLOW_STATES) {
      if (state !== 'approved') expect(() => assertTransition(state, 'publish')).toThrow(TransitionRefused)
    }
  })
})

describe(isPublic.name, () => {
  it('should treat only published content as public', () => {
    expect(WORKFLOW_STATES.filter(isPublic)).toEqual(['published'])
  })
})
