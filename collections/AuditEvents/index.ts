import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { SLUGS } from '../slugs'
import { chainEvent } from './hooks/chainEvent'
import { refuseChanges } from '@/hooks/refuseChanges'

const never = () => false

/** Append-only, hash-chained audit trail. Written only by the product's own hooks and endpoints. */
export const AuditEvents: CollectionConfig = {
  slug: SLUGS.auditEvents,
  access: {
    read: hasRole('compliance-reviewer', 'privacy-officer'),
    create: never,
    update: never,
    delete: never,
  },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['seq', 'action', 'actorEmail', 'targetCollection', 'targetId', 'at'],
    group: { zh: '系统', en: 'System' },
  },
  defaultSort: '-seq',
  labels: { singular: { zh: '审计记录', en: 'Audit event' }, plural: { zh: '审计日志', en: 'Audit log' } },
  hooks: { beforeOperation: [refuseChanges], beforeChange: [chainEvent] },
  fields: [
    { name: 'seq', type: 'number', required: true, unique: true, index: true, label: { zh: '序号', en: 'Sequence' } },
    { name: 'action', type: 'text', required: true, index: true, label: { zh: '操作', en: 'Action' } },
    { name: 'actorId', type: 'text', label: { zh: '操作人编号', en: 'Actor id' } },
    { name: 'actorEmail', type: 'text', label: { zh: '操作人', en: 'Actor' } },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '时间', en: 'Time' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'targetCollection', type: 'text', index: true, label: { zh: '对象类型', en: 'Collection' } },
    { name: 'targetId', type: 'text', index: true, label: { zh: '对象编号', en: 'Document id' } },
    { name: 'versionHash', type: 'text', label: { zh: '版本哈希', en: 'Version hash' } },
    { name: 'detail', type: 'json', label: { zh: '详情', en: 'Detail' } },
    { name: 'prevHash', type: 'text', required: true, label: { zh: '前一条哈希', en: 'Previous hash' } },
    { name: 'hash', type: 'text', required: true, label: { zh: '本条哈希', en: 'Hash' } },
  ],
}
