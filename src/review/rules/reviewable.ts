// The collections whose content goes through review: one name for the concept everywhere
// (the gate, the policy, the version hash, distribution and the public read paths).
export const REVIEWABLE_SLUGS = ['articles', 'patient-stories'] as const
export type ReviewableSlug = (typeof REVIEWABLE_SLUGS)[number]
