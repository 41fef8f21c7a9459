import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  type Reviewer,
  type SignOff,
  allStagesSatisfied,
  checkSignOff,
  COMPLIANCE_KINDS,
  complianceKindsOf,
  emptyPlaces,
  missingQualifications,
  reReviewMonths,
  resolvePolicy,
  stageStatus,
} from './policy'

const head: Reviewer = { id: 1, roles: ['medical-reviewer'], qualifications: ['department-head', 'clinician'] }
const publicHealth: Reviewer = { id: 2, roles: ['medical-reviewer'], qualifications: ['public-health'] }
const clinician: Reviewer = { id: 3, roles: ['medical-reviewer'], qualifications: ['clinician'] }
const clinician2: Reviewer = { id: 8, roles: ['medical-reviewer'], qualifications: ['clinician'] }
const publicHealth2: Reviewer = { id: 9, roles: ['medical-reviewer'], qualifications: ['public-health'] }
const both: Reviewer = { id: 10, roles: ['medical-reviewer'], qualifications: ['public-health', 'clinician'] }
const unqualified: Reviewer = { id: 11, roles: ['medical-reviewer'], qualifications: [] }
const privacy: Reviewer = { id: 4, roles: ['privacy-officer'] }
const compliance: Reviewer = { id: 5, roles: ['compliance-reviewer'] }
const editor: Reviewer = { id: 6, roles: ['editor'] }

const signed = (stage: SignOff['stage'], reviewer: Reviewer): SignOff => ({
  stage,
  reviewerId: reviewer.id,
  qualifications: reviewer.qualifications ?? [],
})

describe(resolvePolicy.name, () => {
  it('should give an incident statement the fast track: one medical reviewer then compliance, nothing else', () => {
    fc.assert(
      fc.property(
        fc.record({
          dualExpertReview: fc.boolean(),
          promotional: fc.boolean(),
          coCreated: fc.boolean(),
          kol: fc.boolean(),
          medicalAd: fc.boolean(),
          complianceKinds: fc.subarray([...COMPLIANCE_KINDS]),
          departmentHeadId: fc.option(fc.integer({ min: 1 })),
        }),
        (input) => {
          const rules = resolvePolicy({ collection: 'articles', ...input, statement: true })
          expect(rules.map((r) => [r.stage, r.signers, r.mustInclude ?? null, r.qualifications ?? null])).toEqual([
            ['medical', 1, null, null],
            ['compliance', 1, null, null],
          ])
        },
      ),
    )
  })
  it('should let the same medical reviewer not also sign compliance, and need both for a statement', () => {
    const rules = resolvePolicy({
      collection: 'articles',
      dualExpertReview: false,
      promotional: false,
      statement: true,
    })
    const both = { ...clinician, roles: ['medical-reviewer', 'compliance-reviewer'] }
    const medicalOnly = [signed('medical', both)]
    expect(allStagesSatisfied(rules, medicalOnly)).toBe(false)
    expect(checkSignOff({ rules, stage: 'compliance', reviewer: both, signOffs: medicalOnly, authorIds: [] })).toBe(
      'duplicate-reviewer',
    )
    expect(checkSignOff({ rules, stage: 'compliance', reviewer: compliance, signOffs: [], authorIds: [] })).toBe(
      'stage-out-of-order',
    )
    expect(checkSignOff({ rules, stage: 'initial', reviewer: head, signOffs: [], authorIds: [] })).toBe(
      'stage-not-allowed',
    )
    expect(allStagesSatisfied(rules, [...medicalOnly, signed('compliance', compliance)])).toBe(true)
  })
  it('should give an ordinary article initial then medical review', () => {
    const rules = resolvePolicy({ collection: 'articles', dualExpertReview: false, promotional: false })
    expect(rules.map((r) => [r.stage, r.signers])).toEqual([
      ['initial', 1],
      ['medical', 1],
    ])
  })
  it('should need a public-health expert and a clinician, two people, on a dual-review topic', () => {
    const rules = resolvePolicy({ collection: 'articles', dualExpertReview: true, promotional: false })
    expect(rules[1]).toMatchObject({
      stage: 'medical',
      signers: 2,
      mustInclude: [
        { qualification: 'public-health', count: 1 },
        { qualification: 'clinician', count: 1 },
      ],
    })
  })
  it('should give patient stories consent, initial, privacy, then medical', () => {
    const rules = resolvePolicy({ collection: 'patient-stories', dualExpertReview: false, promotional: false })
    expect(rules.map((r) => r.stage)).toEqual(['consent', 'initial', 'privacy', 'medical'])
    expect(rules[0].automatic).toBe(true)
  })
  it('should open a co-created piece with operations triage and close it with compliance', () => {
    expect(
      resolvePolicy({ collection: 'patient-stories', dualExpertReview: true, promotional: false, coCreated: true }).map(
        (r) => r.stage,
      ),
    ).toEqual(['consent', 'operations', 'initial', 'privacy', 'medical', 'compliance'])
    expect(
      resolvePolicy({ collection: 'articles', dualExpertReview: false, promotional: false, coCreated: true }).map(
        (r) => r.stage,
      ),
    ).toEqual(['operations', 'initial', 'medical', 'compliance'])
  })
  it('should add compliance for KOL pieces, paid or not, and leave routine 科普 without it by default', () => {
    const stages = (input: Partial<Parameters<typeof resolvePolicy>[0]>) =>
      resolvePolicy({ collection: 'articles', dualExpertReview: false, promotional: false, ...input }).map(
        (r) => r.stage,
      )
    expect(stages({ kol: true })).toContain('compliance')
    expect(stages({})).not.toContain('compliance')
    expect(complianceKindsOf({ collection: 'articles', dualExpertReview: false, promotional: false })).toEqual([
      'routine',
    ])
  })
  it('should follow the compliance kinds in force, except that a medical advertisement always has it', () => {
    const stages = (input: Partial<Parameters<typeof resolvePolicy>[0]>) =>
      resolvePolicy({ collection: 'articles', dualExpertReview: false, promotional: false, ...input }).map(
        (r) => r.stage,
      )
    expect(stages({ complianceKinds: ['routine'] })).toContain('compliance')
    expect(stages({ coCreated: true, complianceKinds: [] })).toEqual(['operations', 'initial', 'medical'])
    expect(stages({ promotional: true, complianceKinds: ['kol'] })).not.toContain('compliance')
    expect(stages({ promotional: true, medicalAd: true, complianceKinds: [] })).toContain('compliance')
    fc.assert(
      fc.property(
        fc.subarray([...COMPLIANCE_KINDS]),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (kinds, coCreated, promotional, kol) => {
          const input = { collection: 'articles' as const, dualExpertReview: false, promotional, coCreated, kol }
          const has = stages({ ...input, complianceKinds: kinds }).includes('compliance')
          expect(has).toBe(complianceKindsOf(input).some((kind) => kinds.includes(kind)))
        },
      ),
    )
  })
  it('should add compliance for promotional material of either kind', () => {
    expect(
      resolvePolicy({ collection: 'articles', dualExpertReview: false, promotional: true }).map((r) => r.stage),
    ).toEqual(['initial', 'medical', 'compliance'])
    expect(
      resolvePolicy({ collection: 'patient-stories', dualExpertReview: true, promotional: true }).at(-1)!.stage,
    ).toBe('compliance')
  })
})

describe(checkSignOff.name, () => {
  const article = resolvePolicy({
    collection: 'articles',
    dualExpertReview: false,
    promotional: false,
    departmentHeadId: 99,
  })
  const dual = resolvePolicy({ collection: 'articles', dualExpertReview: true, promotional: false })
  const story = resolvePolicy({ collection: 'patient-stories', dualExpertReview: false, promotional: true })

  it('should let a department head sign the initial stage', () => {
    expect(checkSignOff({ rules: article, stage: 'initial', reviewer: head, signOffs: [], authorIds: [6] })).toBeNull()
  })
  it("should let the content department's head sign initial even without the qualification", () => {
    expect(
      checkSignOff({
        rules: article,
        stage: 'initial',
        reviewer: { id: 99, roles: ['medical-reviewer'] },
        signOffs: [],
        authorIds: [],
      }),
    ).toBeNull()
  })
  it('should refuse the wrong role or a missing qualification', () => {
    expect(checkSignOff({ rules: article, stage: 'initial', reviewer: clinician, signOffs: [], authorIds: [] })).toBe(
      'stage-not-allowed',
    )
    expect(checkSignOff({ rules: article, stage: 'initial', reviewer: editor, signOffs: [], authorIds: [] })).toBe(
      'stage-not-allowed',
    )
    expect(checkSignOff({ rules: story, stage: 'privacy', reviewer: head, signOffs: [], authorIds: [] })).toBe(
      'stage-not-allowed',
    )
    expect(
      checkSignOff({ rules: article, stage: 'compliance', reviewer: compliance, signOffs: [], authorIds: [] }),
    ).toBe('stage-not-allowed')
  })
  it('should refuse signing an automatic stage', () => {
    expect(checkSignOff({ rules: story, stage: 'consent', reviewer: privacy, signOffs: [], authorIds: [] })).toBe(
      'stage-not-allowed',
    )
  })
  it('should refuse the author or last editor', () => {
    expect(checkSignOff({ rules: article, stage: 'initial', reviewer: head, signOffs: [], authorIds: [1] })).toBe(
      'self-review',
    )
  })
  it('should refuse one person signing two stages of a version', () => {
    expect(
      checkSignOff({
        rules: article,
        stage: 'medical',
        reviewer: head,
        signOffs: [signed('initial', head)],
        authorIds: [],
      }),
    ).toBe('duplicate-reviewer')
  })
  it('should refuse a later stage before the earlier one is satisfied', () => {
    expect(checkSignOff({ rules: article, stage: 'medical', reviewer: clinician, signOffs: [], authorIds: [] })).toBe(
      'stage-out-of-order',
    )
    expect(
      checkSignOff({
        rules: story,
        stage: 'privacy',
        reviewer: privacy,
        signOffs: [],
        authorIds: [],
        automaticSatisfied: false,
      }),
    ).toBe('stage-out-of-order')
  })
  it('should refuse a stage that already has its signatures', () => {
    const done = [signed('initial', head), signed('medical', clinician)]
    expect(
      checkSignOff({ rules: article, stage: 'medical', reviewer: clinician2, signOffs: done, authorIds: [] }),
    ).toBe('stage-complete')
  })
  it('should keep the last dual-review slot for a public-health expert', () => {
    const afterClinician = [signed('initial', head), signed('medical', clinician)]
    expect(
      checkSignOff({ rules: dual, stage: 'medical', reviewer: clinician2, signOffs: afterClinician, authorIds: [] }),
    ).toBe('qualification-required')
    expect(
      checkSignOff({ rules: dual, stage: 'medical', reviewer: publicHealth, signOffs: afterClinician, authorIds: [] }),
    ).toBeNull()
    expect(
      checkSignOff({
        rules: dual,
        stage: 'medical',
        reviewer: clinician,
        signOffs: [signed('initial', head), signed('medical', publicHealth)],
        authorIds: [],
      }),
    ).toBeNull()
  })
})

describe('the dual-expert rule', () => {
  const dual = resolvePolicy({ collection: 'articles', dualExpertReview: true, promotional: false })
  const medical = (reviewer: Reviewer, ...before: Reviewer[]) =>
    checkSignOff({
      rules: dual,
      stage: 'medical',
      reviewer,
      signOffs: [signed('initial', head), ...before.map((r) => signed('medical', r))],
      authorIds: [],
    })

  it('should refuse a second public-health expert where a clinician is still needed', () => {
    expect(medical(publicHealth2, publicHealth)).toBe('qualification-required')
    expect(medical(clinician, publicHealth)).toBeNull()
  })
  it('should refuse a medical reviewer with neither qualification', () => {
    expect(medical(unqualified)).toBe('qualification-required')
    expect(medical(unqualified, clinician)).toBe('qualification-required')
  })
  it('should let one person with both qualifications fill one place only', () => {
    expect(medical(both)).toBeNull()
    expect(medical(publicHealth, both)).toBeNull()
    expect(medical(clinician, both)).toBeNull()
    expect(stageStatus(dual[1], [signed('medical', both)]).satisfied).toBe(false)
    expect(stageStatus(dual[1], [signed('medical', both), signed('medical', publicHealth)]).satisfied).toBe(true)
    expect(stageStatus(dual[1], [signed('medical', publicHealth), signed('medical', publicHealth2)]).satisfied).toBe(
      false,
    )
  })
  it('should name what is still missing', () => {
    expect(missingQualifications(dual[1], [signed('medical', publicHealth)])).toEqual(['clinician'])
    expect(missingQualifications(dual[1], [])).toEqual(['public-health', 'clinician'])
    expect(missingQualifications(dual[1], [signed('medical', both)])).toEqual(['clinician'])
  })
  it('should match people to places, moving an earlier choice when that fills more', () => {
    // Whoever holds both must take the clinician place once the public-health one is taken.
    expect(emptyPlaces(dual[1].mustInclude!, [['public-health', 'clinician'], ['public-health']])).toEqual([])
    expect(emptyPlaces(dual[1].mustInclude!, [['public-health'], ['public-health']])).toEqual(['clinician'])
  })
})

describe(stageStatus.name, () => {
  const dual = resolvePolicy({ collection: 'articles', dualExpertReview: true, promotional: false })
  it('should count distinct signers and the required qualification', () => {
    expect(stageStatus(dual[1], [signed('medical', clinician)]).satisfied).toBe(false)
    expect(stageStatus(dual[1], [signed('medical', clinician), signed('medical', clinician)]).satisfied).toBe(false)
    expect(stageStatus(dual[1], [signed('medical', clinician), signed('medical', clinician2)]).satisfied).toBe(false)
    expect(stageStatus(dual[1], [signed('medical', clinician), signed('medical', publicHealth)])).toMatchObject({
      satisfied: true,
      signers: [3, 2],
    })
  })
})

describe(allStagesSatisfied.name, () => {
  const story = resolvePolicy({ collection: 'patient-stories', dualExpertReview: false, promotional: false })
  it('should need every human stage and a passing consent check', () => {
    const all = [signed('initial', head), signed('privacy', privacy), signed('medical', clinician)]
    expect(allStagesSatisfied(story, all, true)).toBe(true)
    expect(allStagesSatisfied(story, all, false)).toBe(false)
    expect(allStagesSatisfied(story, [signed('privacy', privacy)], true)).toBe(false)
  })
})

describe(reReviewMonths.name, () => {
  it('should take the shortest period among the topics, 12 months by default', () => {
    expect(reReviewMonths([])).toBe(12)
    expect(reReviewMonths([{ reReviewMonths: 12 }, { reReviewMonths: 6 }])).toBe(6)
    expect(reReviewMonths([{ reReviewMonths: null }])).toBe(12)
  })
})
