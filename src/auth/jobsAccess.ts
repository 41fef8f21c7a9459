// Who may run, queue or cancel Payload jobs through the API (`/api/payload-jobs/run`,
// `/handle-schedules`): administrators only. Payload's default is any signed-in account, API
// clients included. The scheduler and endpoints use the Local API, which skips these checks.
import type { JobsConfig } from 'payload'

import { checkRole } from '../access/checkRole'

const adminOnly = ({ req }: { req: { user?: unknown } }): boolean =>
  checkRole(['admin'], req.user as { roles?: string[] } | null)

export const jobsAccess: NonNullable<JobsConfig['access']> = { run: adminOnly, queue: adminOnly, cancel: adminOnly }
