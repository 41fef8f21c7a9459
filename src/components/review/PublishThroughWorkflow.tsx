// Stands in for Payload's own Publish and Unpublish buttons on reviewed content: only the
// workflow publishes or withdraws (the server refuses anything else), so the admin points there.
// A server component: its text comes from the request's i18n, which Payload passes as a prop.
import type { I18nClient } from '@payloadcms/translations'
import type { PublishButtonServerProps } from 'payload'
import React from 'react'

import styles from './PublishThroughWorkflow.module.scss'
import type { CmsTranslationKeys, CmsTranslations } from '../translations'

// The request's i18n carries the config's catalogues merged in; this says so to the type checker.
type Props = PublishButtonServerProps & { i18n: I18nClient<CmsTranslations, CmsTranslationKeys> }

export const PublishThroughWorkflow: React.FC<Props> = ({ i18n }) => (
  <span className={styles.hint} title={i18n.t('cms:publishThroughWorkflow:tooltip')}>
    {i18n.t('cms:publishThroughWorkflow:hint')}
  </span>
)

export const NoUnpublishButton: React.FC = () => null
