import type { CollectionConfig } from 'payload'

import { hasRole } from '../../src/access/hasRole'
import { isStaff } from '../../src/access/isStaff'
import { CHANNEL_KIND_OPTIONS, SLUGS } from '../slugs'

export const Channels: CollectionConfig = {
  slug: SLUGS.channels,
  access: {
    read: isStaff,
    create: hasRole('publisher'),
    update: hasRole('publisher'),
    delete: hasRole(),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'enabled'], group: { zh: '分发', en: 'Distribution' } },
  labels: { singular: { zh: '渠道', en: 'Channel' }, plural: { zh: '渠道', en: 'Channels' } },
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '渠道名称', en: 'Name' } },
    { name: 'kind', type: 'select', required: true, index: true, options: CHANNEL_KIND_OPTIONS, label: { zh: '渠道类型', en: 'Kind' } },
    { name: 'enabled', type: 'checkbox', defaultValue: true, label: { zh: '启用', en: 'Enabled' } },
    { name: 'description', type: 'textarea', label: { zh: '说明', en: 'Description' } },
  ],
}
