import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { env } from '@/env'
import { VIDEO_MIME_TYPES } from '@/media/video'
import { verifyUpload } from '../Media/hooks/verifyUpload'
import { SLUGS } from '../slugs'
import { bindToSubmission, listOnSubmission, tokenHolderMayAdd } from './hooks/attachToSubmission'

/**
 * Photos and videos sent with a submission. They may show a patient, so they are personal
 * files: stored encrypted outside the public media folder (src/privacy) and served only through
 * Payload's access-checked file route to operations and privacy officers. They reach the public
 * only after an editor copies what the consent allows into the media library.
 */
export const SubmissionFiles: CollectionConfig = {
  slug: SLUGS.submissionFiles,
  access: {
    read: hasRole('operations', 'privacy-officer'),
    // The submitter adds them, holding the tracking token (X-Submission-Token).
    create: tokenHolderMayAdd,
    update: () => false,
    delete: hasRole('privacy-officer'),
  },
  admin: { group: { zh: '共创', en: 'Co-creation' }, useAsTitle: 'filename' },
  labels: { singular: { zh: '投稿附件', en: 'Submission file' }, plural: { zh: '投稿附件', en: 'Submission files' } },
  hooks: { beforeOperation: [verifyUpload], beforeChange: [bindToSubmission], afterChange: [listOnSubmission] },
  upload: {
    staticDir: `${env.privateDir}/submission-files`,
    // A clip is photos or a video (probed like the media library's, MEDIA_VIDEO_MAX_BYTES).
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', ...VIDEO_MIME_TYPES],
  },
  fields: [
    {
      name: 'submission',
      type: 'relationship',
      relationTo: SLUGS.submissions,
      index: true,
      label: { zh: '所属投稿', en: 'Submission' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
    },
  ],
}
