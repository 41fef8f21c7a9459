// Marks consents whose identifying data is due for erasure (revoked, or past the retention of
// their purposes) so a privacy officer confirms it; nothing is erased without a person deciding.
import type { TaskConfig, TaskHandler } from 'payload'

import { proposeDueErasures } from '@/privacy/payload/erasure'

export const proposeErasuresHandler: TaskHandler<'proposeErasures'> = async ({ req }) => ({
  output: { proposed: await proposeDueErasures(req) },
})

export const proposeErasuresTask: TaskConfig<'proposeErasures'> = {
  slug: 'proposeErasures',
  label: '到期个人信息删除提示 / Propose due erasures',
  handler: proposeErasuresHandler,
  outputSchema: [{ name: 'proposed', type: 'number', required: true }],
  retries: 3,
}
