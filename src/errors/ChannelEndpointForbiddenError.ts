import { CodedError } from './CodedError'
import type { Language } from './messages'

/** A non-admin tried to set where a channel delivers or how it signs (`field` is the first such path). */
export class ChannelEndpointForbiddenError extends CodedError {
  constructor(language: Language, field: string, status = 403) {
    super('channel-endpoint-forbidden', status, language, { field }, field)
  }
}
