import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { SLUGS } from '../slugs'

export const Departments: CollectionConfig = {
  slug: SLUGS.departments,
  access: { read: anyone, create: hasRole(), update: hasRole(), delete: hasRole() },
  admin: { useAsTitle: 'name', group: { zh: '基础数据', en: 'Reference data' } },
  labels: { singular: { zh: '科室', en: 'Department' }, plural: { zh: '科室', en: 'Departments' } },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { zh: '科室名称', en: 'Name' } },
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { zh: '科室代码', en: 'Code' } },
    { name: 'description', type: 'textarea', localized: true, label: { zh: '简介', en: 'Description' } },
    {
      name: 'head',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: { zh: '科室主任（审核人）', en: 'Head of department (reviewer)' },
    },
  ],
}
