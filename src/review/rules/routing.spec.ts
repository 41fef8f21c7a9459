import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { isEligible, resolvePolicy } from './policy'
import { type RoutableReviewer, routeStage } from './routing'

const cardiologyHead: RoutableReviewer = {
  id: 1,
  roles: ['medical-reviewer'],
  qualifications: ['department-head', 'clinician'],
  departmentId: 'cardio',
}
const pediatrician: RoutableReviewer = {
  id: 2,
  roles: ['medical-reviewer'],
  qualifications: ['clinician'],
  departmentId: 'peds',
}
const cardiologist: RoutableReviewer = {
  id: 3,
  roles: ['medical-reviewer'],
  qualifications: ['clinician'],
  departmentId: 'cardio',
}
const cdcExpert: RoutableReviewer = {
  id: 4,
  roles: ['medical-reviewer'],
  qualifications: ['public-health'],
  departmentId: 'preventive',
  topicIds: ['vaccination'],
}
const privacy: RoutableReviewer = { id: 5, roles: ['privacy-officer'] }
const everyone = [cardiologyHead, pediatrician, cardiologist, cdcExpert, privacy]

describe(routeStage.name, () => {
  it('should send the initial stage to the head of the piece’s department', () => {
    const [initial] = resolvePolicy({
      collection: 'articles',
      dualExpertReview: false,
      promotional: false,
      departmentHeadId: 1,
    })
    expect(routeStage(initial, everyone, { departmentId: 'cardio', topicIds: [] }).map((r) => r.id)).toEqual([1])
  })
  it('should send medical review to the department’s clinicians, and a vaccination piece also to the public-health expert', () => {
    const plain = resolvePolicy({ collection: 'articles', dualExpertReview: false, promotional: false })[1]
    expect(routeStage(plain, everyone, { departmentId: 'peds', topicIds: [] }).map((r) => r.id)).toEqual([2])
    const dual = resolvePolicy({ collection: 'articles', dualExpertReview: true, promotional: false })[1]
    const routed = routeStage(dual, everyone, { departmentId: 'peds', topicIds: ['vaccination'] }).map((r) => r.id)
    expect(routed.sort()).toEqual([2, 4])
  })
  it('should fall back to every eligible reviewer when nobody matches', () => {
    const plain = resolvePolicy({ collection: 'articles', dualExpertReview: false, promotional: false })[1]
    expect(routeStage(plain, everyone, { departmentId: 'dermatology', topicIds: [] }).length).toBe(4)
  })
  it('should only ever route to people who may sign the stage', () => {
    const reviewer = fc.record({
      id: fc.integer({ min: 1, max: 50 }),
      roles: fc.subarray(['medical-reviewer', 'privacy-officer', 'compliance-reviewer', 'operations', 'editor']),
      qualifications: fc.subarray(['department-head', 'clinician', 'public-health', 'pharmacist']),
      departmentId: fc.option(fc.constantFrom('cardio', 'peds', 'preventive')),
      topicIds: fc.subarray(['vaccination', 'heart']),
    })
    fc.assert(
      fc.property(
        fc.array(reviewer, { maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.constantFrom('cardio', 'peds')),
        (people, dual, coCreated, departmentId) => {
          const rules = resolvePolicy({
            collection: 'patient-stories',
            dualExpertReview: dual,
            promotional: false,
            coCreated,
          })
          for (const rule of rules.filter((r) => !r.automatic)) {
            const routed = routeStage(rule, people, { departmentId, topicIds: ['vaccination'] })
            for (const r of routed) expect(isEligible(rule, r)).toBe(true)
            if (people.some((p) => isEligible(rule, p))) expect(routed.length).toBeGreaterThan(0)
          }
        },
      ),
    )
  })
})
