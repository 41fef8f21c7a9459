import type { CollectionBeforeChangeHook } from 'payload'

import { DateRangeError } from '../../../src/errors/DateRangeError'
import { pickLanguage } from '../../../src/errors/messages'
import type { Campaign } from '../../../src/payload-types'

export const validateCampaignDates: CollectionBeforeChangeHook<Campaign> = ({ data, originalDoc, req }) => {
  const start = data.startDate ?? originalDoc?.startDate
  const end = data.endDate ?? originalDoc?.endDate
  if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
    throw new DateRangeError(pickLanguage(req.i18n?.language), 'campaign-dates', 'endDate')
  }
  return data
}
