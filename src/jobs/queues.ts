// Job queue names, so tasks and the scheduler never repeat string literals.
export const QUEUES = {
  maintenance: 'maintenance',
  /** Notices to submitters and reviewers, run on every delivery tick. */
  notifications: 'notifications',
  /** Each scheduler instance runs deliveries on its own queue, so only the claimer runs them. */
  delivery: (owner: string) => `delivery:${owner}`,
} as const
