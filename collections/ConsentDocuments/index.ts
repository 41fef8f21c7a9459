import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { env } from '@/env'
import { verifyUpload } from '../Media/hooks/verifyUpload'
import { SLUGS } from '../slugs'

/**
 * Scans of signed consents. Stored outside the public media folder and served only through
 * Payload's access-checked file route, to privacy officers and admins.
 */
export const ConsentDocuments: CollectionConfig = {
  slug: SLUGS.consentDocuments,
  access: {
    read: hasRole('privacy-officer'),
    create: hasRole('privacy-officer'),
    update: hasRole('privacy-officer'),
    delete: hasRole('privacy-officer'),
  },
  admin: { group: { zh: '隐私', en: 'Privacy' }, useAsTitle: 'filename' },
  labels: {
    singular: { zh: '授权书文件', en: 'Consent document' },
    plural: { zh: '授权书文件', en: 'Consent documents' },
  },
  hooks: { beforeOperation: [verifyUpload] },
  upload: {
    staticDir: `${env.privateDir}/consent-documents`,
    mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
    disableLocalStorage: false,
  },
  fields: [{ name: 'note', type: 'text', label: { zh: '备注', en: 'Note' } }],
}
