import type { Endpoint } from 'payload'
export const rotateSecretEndpoint: Endpoint = { path: '/:id/rotate-secret', method: 'post', handler: () => Response.json({}) }
