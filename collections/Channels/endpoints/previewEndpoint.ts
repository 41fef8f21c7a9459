import type { Endpoint } from 'payload'
export const previewEndpoint: Endpoint = { path: '/:id/preview', method: 'get', handler: () => Response.json({}) }
