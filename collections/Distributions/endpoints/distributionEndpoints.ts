import type { Endpoint } from 'payload'
export const distributionEndpoints: Endpoint[] = []
