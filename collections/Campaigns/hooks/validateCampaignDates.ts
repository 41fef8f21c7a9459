import type { CollectionBeforeChangeHook } from 'payload'

import { DateRangeError } from '@/errors/DateRangeError'
import { pickLanguage } from '@/errors/messages'
import type { Campaign } from '@/payload-types'

export const validateCampaignDates: CollectionBeforeChangeHook<Campaign> = ({ data, originalDoc, req }) => {
  const start = data.startDate ?? originalDoc?.startDate
  const end = data.endDate ?? originalDoc?.endDate
  if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
    throw new DateRangeError(pickLanguage(req.i18n?.language), 'campaign-dates', 'endDate')
  }
  return data
}
