// The checks every API request passes after its body is read and before Payload sees it, in
// order: the body has a type Payload reads and is well-formed for its declared type, the route exists, the query string says
// something Payload can answer.
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { guardGraphql } from './guardGraphql'
import { refuseDisabledAuthRoutes } from './refuseDisabledAuthRoutes'
import { rejectMalformedJson } from './rejectMalformedJson'
import { rejectMalformedMultipart } from './rejectMalformedMultipart'
import { requireBodyType } from './requireBodyType'
import { validateQuery } from './validateQuery'

export const restGuards = (payload: Payload): RequestHandler[] => [
  requireBodyType,
  rejectMalformedJson,
  rejectMalformedMultipart,
  refuseDisabledAuthRoutes(payload),
  validateQuery(payload),
]

export const graphqlGuards: RequestHandler[] = [rejectMalformedJson, rejectMalformedMultipart, guardGraphql]
