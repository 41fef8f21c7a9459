import type { CollectionBeforeChangeHook } from 'payload'
export const prepareChannel: CollectionBeforeChangeHook = ({ data }) => data
