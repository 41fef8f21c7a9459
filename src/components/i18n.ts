// How the client components read the admin text catalogue (./translations.ts) registered with
// Payload's i18n, and show the shared vocabulary's `{zh, en}` labels the same way.
import { useTranslation } from '@payloadcms/ui'

import type { CmsT, CmsTranslationKeys, CmsTranslations } from './translations'

/** Payload's `useTranslation`, typed with the `cms:` keys of the catalogue. */
export const useCmsTranslation = () => useTranslation<CmsTranslations, CmsTranslationKeys>()

/** A `{zh, en}` label (statuses, events, channel kinds, review states), shown as `cms:common:label` says. */
export const pick = (labels: { zh: string; en: string } | undefined, fallback: string, t: CmsT): string =>
  labels ? t('cms:common:label', labels) : fallback
