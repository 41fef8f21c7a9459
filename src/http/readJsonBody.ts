// The JSON body of a request to a custom Payload endpoint, read the one way every endpoint reads it.
import type { PayloadRequest } from 'payload'

/** The parsed body; undefined when the request has none or it is not JSON, so the endpoint answers its own 400. */
export const readJsonBody = async (req: PayloadRequest): Promise<unknown> =>
  req.json ? await req.json().catch(() => undefined) : undefined
