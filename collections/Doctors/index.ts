import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { hasRole } from '@/access/hasRole'
import { isStaffField } from '@/access/isStaff'
import { SLUGS } from '../slugs'
import { ipEndpoint } from './endpoints/ipEndpoint'
import { credentialsAdminOnly } from './hooks/credentialsAdminOnly'
import { refreshPhotoAfterDelete, refreshPhotoVisibility } from './hooks/refreshPhotoVisibility'
import { voidOnCredentialChange } from './hooks/voidOnCredentialChange'

export const Doctors: CollectionConfig = {
  slug: SLUGS.doctors,
  access: { read: anyone, create: hasRole('editor'), update: hasRole('editor'), delete: hasRole() },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'title', 'department'],
    group: { zh: '基础数据', en: 'Reference data' },
  },
  labels: { singular: { zh: '专家', en: 'Doctor' }, plural: { zh: '专家', en: 'Doctors' } },
  endpoints: [ipEndpoint],
  hooks: {
    beforeChange: [credentialsAdminOnly],
    afterChange: [voidOnCredentialChange, refreshPhotoVisibility],
    afterDelete: [refreshPhotoAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { zh: '姓名', en: 'Name' } },
    { name: 'title', type: 'text', localized: true, label: { zh: '职称', en: 'Title' } },
    {
      name: 'department',
      type: 'relationship',
      relationTo: SLUGS.departments,
      index: true,
      label: { zh: '科室', en: 'Department' },
    },
    { name: 'specialty', type: 'text', localized: true, label: { zh: '擅长', en: 'Specialty' } },
    { name: 'bio', type: 'textarea', localized: true, label: { zh: '简介', en: 'Biography' } },
    { name: 'photo', type: 'upload', relationTo: SLUGS.media, label: { zh: '照片', en: 'Photo' } },
    {
      name: 'user',
      type: 'relationship',
      relationTo: SLUGS.users,
      label: { zh: '关联账号', en: 'Linked account' },
      admin: {
        description: { zh: '该专家在系统中的账号（如有），用于审核回避', en: "The expert's own account, if any" },
      },
      access: { read: isStaffField },
    },
    // 医生IP: the doctor's pieces, their reach and the doctor's followers (a ui field, nothing stored).
    {
      name: 'ipPanel',
      type: 'ui',
      admin: { components: { Field: '/src/components/reports/DoctorIp#DoctorIp' } },
    },
  ],
}
