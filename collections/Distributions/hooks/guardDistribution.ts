import type { CollectionBeforeChangeHook } from 'payload'
export const guardDistribution: CollectionBeforeChangeHook = ({ data }) => data
