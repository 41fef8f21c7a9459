import type { CollectionBeforeOperationHook } from 'payload'

import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'

/** Ledger entries and honours are append-only: every API, the Local API with overrideAccess included. */
export const refuseLedgerChanges: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'delete')
    throw new CodedError('ledger-append-only', 403, pickLanguage(req.i18n?.language))
  return args
}
