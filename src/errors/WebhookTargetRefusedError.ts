import { CodedError } from './CodedError'
import type { Language } from './messages'

/** A webhook URL whose host is loopback, private, link-local, reserved or a metadata name; on `delivery.url`. */
export class WebhookTargetRefusedError extends CodedError {
  constructor(language: Language, detail: string) {
    super('webhook-target-refused', 400, language, { detail }, 'delivery.url')
  }
}
