// Job queue names, so tasks and the scheduler never repeat string literals.
export const QUEUES = { maintenance: 'maintenance' } as const
