// Marks consents whose identifying data is due for erasure (revoked, or past the retention of
// their purposes) so a privacy officer confirms it: no consent is erased without a person
// deciding. Readers' contacts of closed corrections, and submitters' contacts and files of
// decided submissions, are erased once their retention has run.
import type { TaskConfig, TaskHandler } from 'payload'

import { eraseClosedCorrectionContacts, eraseClosedSubmissionData, proposeDueErasures } from '@/privacy/payload/erasure'

export const proposeErasuresHandler: TaskHandler<'proposeErasures'> = async ({ req }) => ({
  output: {
    proposed: await proposeDueErasures(req),
    contactsErased: (await eraseClosedCorrectionContacts(req)) + (await eraseClosedSubmissionData(req)),
  },
})

export const proposeErasuresTask: TaskConfig<'proposeErasures'> = {
  slug: 'proposeErasures',
  label: '到期个人信息删除提示 / Propose due erasures',
  handler: proposeErasuresHandler,
  outputSchema: [
    { name: 'proposed', type: 'number', required: true },
    { name: 'contactsErased', type: 'number', required: true },
  ],
  retries: 3,
}
