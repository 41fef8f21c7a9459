import type { Access } from 'payload'

/** Public reference data (departments, topics …) that front-ends show beside content. */
export const anyone: Access = () => true
