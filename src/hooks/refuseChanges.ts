import type { CollectionBeforeOperationHook } from 'payload'

import { AppendOnlyError } from '../errors/AppendOnlyError'
import { pickLanguage } from '../errors/messages'

/** For append-only records: runs for every API, the Local API with overrideAccess included. */
export const refuseChanges: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'delete') throw new AppendOnlyError(pickLanguage(req.i18n?.language))
  return args
}
