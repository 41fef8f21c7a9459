// The review workflow as a Payload plugin: given the reviewable collections, it attaches what
// the workflow needs to each — the gate's hooks, the workflow endpoints, the review panel, the
// bookkeeping and promotion fields, `publishedAt`, drafts, and the admin's publish buttons
// replaced by the panel — so a collection file declares only its own fields and access.
import type { CollectionConfig, Field, Plugin } from 'payload'

import type { ReviewableSlug } from '../rules/reviewable'
import { reviewEndpoints } from './endpoints'
import { keepCreationLinks } from './creationLinks'
import { coCreationField, promotionFields, workflowField, workflowPanelField } from './fields'
import { draftOnlyWrites, reviewGate } from './reviewGate'

export type ReviewWorkflowOptions = {
  /** The collections that go through review, each with how many versions a document keeps. */
  collections: Partial<Record<ReviewableSlug, { maxVersions?: number }>>
}

const DEFAULT_MAX_VERSIONS = 50

const publishedAtField: Field = {
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { zh: '发布时间', en: 'Published at' },
  // Recorded by the publish action; nobody sets or backdates it by hand.
  admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
}

const channelPreviewsField: Field = {
  // The saved version as every enabled channel would receive it, and this piece's distributions.
  name: 'channelPreviews',
  type: 'ui',
  label: { zh: '渠道预览', en: 'Channel previews' },
  admin: { components: { Field: '/src/components/distribution/ChannelPreviews#ChannelPreviews' } },
}

const withReviewWorkflow = (
  collection: CollectionConfig,
  slug: ReviewableSlug,
  maxVersions: number,
): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      // Only the review panel publishes or withdraws; Payload's buttons would only be refused.
      edit: {
        ...collection.admin?.components?.edit,
        PublishButton: '/src/components/review/PublishThroughWorkflow#PublishThroughWorkflow',
        UnpublishButton: '/src/components/review/PublishThroughWorkflow#NoUnpublishButton',
      },
    },
  },
  endpoints: [...(collection.endpoints || []), ...reviewEndpoints(slug)],
  hooks: {
    ...collection.hooks,
    // The refusal first; the hash last, over the data every other hook has already shaped.
    beforeOperation: [draftOnlyWrites(slug), ...(collection.hooks?.beforeOperation ?? [])],
    // The track-choosing links first, so every later hook and the hash read the stored ones.
    beforeChange: [keepCreationLinks, ...(collection.hooks?.beforeChange ?? []), reviewGate(slug)],
  },
  fields: [
    workflowPanelField,
    ...collection.fields,
    publishedAtField,
    ...promotionFields,
    coCreationField,
    workflowField,
    channelPreviewsField,
  ],
  versions: { drafts: true, maxPerDoc: maxVersions },
})

/** Attaches the review workflow to the named collections; register it before other plugins. */
export const reviewWorkflow =
  ({ collections }: ReviewWorkflowOptions): Plugin =>
  (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      const options = collections[collection.slug as ReviewableSlug]
      return options
        ? withReviewWorkflow(collection, collection.slug as ReviewableSlug, options.maxVersions ?? DEFAULT_MAX_VERSIONS)
        : collection
    }),
  })
