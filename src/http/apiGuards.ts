// The checks every API request passes after its body is read and before Payload sees it, in
// order: the body has a type Payload reads and is well-formed for its declared type, the route exists, the query string says
// something Payload can answer, and a create's copied row ids are dropped.
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { freshRowIdsOnCreate } from './freshRowIdsOnCreate'
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
  freshRowIdsOnCreate(payload),
]

export const graphqlGuards: RequestHandler[] = [rejectMalformedJson, rejectMalformedMultipart, guardGraphql]
