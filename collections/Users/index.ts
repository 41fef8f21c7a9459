import type { CollectionConfig } from 'payload'

import { fieldHasRole, hasRole } from '@/access/hasRole'
import { isSelfOrAdmin } from '@/access/isSelfOrAdmin'
import { checkRole } from '@/access/checkRole'
import { STAFF_ROLES } from '@/access/roles'
import { API_SCOPES, API_SCOPE_LABELS, QUALIFICATIONS, QUALIFICATION_LABELS, ROLES, ROLE_LABELS } from '@/access/roles'
import { env } from '@/env'
import { SLUGS } from '../slugs'
import { listApiKeys } from './endpoints/listApiKeys'
import { answerLockedLikeWrongPassword } from './hooks/answerLockedLikeWrongPassword'
import { endSessionsOnDeactivation } from './hooks/endSessionsOnDeactivation'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { refuseSelfIssuedApiKeys } from './hooks/refuseSelfIssuedApiKeys'
import { refuseDeactivatedLogin, screenLogin } from './hooks/screenLogin'
import { refuseDeleteWithHistory } from './hooks/refuseDeleteWithHistory'

export const Users: CollectionConfig = {
  slug: SLUGS.users,
  access: {
    admin: ({ req: { user } }) => checkRole(STAFF_ROLES, user),
    create: hasRole(),
    read: isSelfOrAdmin,
    update: isSelfOrAdmin,
    delete: hasRole(),
    // Payload's default lets any signed-in account unlock any other, undoing the lockout.
    unlock: hasRole(),
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'department'],
    group: { zh: '系统', en: 'System' },
  },
  auth: {
    useAPIKey: true,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // Secure when served over HTTPS (SERVER_URL https://…, or COOKIE_SECURE=1 behind a TLS proxy).
    cookies: { secure: env.cookieSecure, sameSite: 'Lax' },
  },
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  endpoints: [listApiKeys],
  fields: [
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      label: { zh: '角色', en: 'Roles' },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      // Only admins grant roles; otherwise anyone could make themselves a reviewer.
      access: { create: fieldHasRole(), update: fieldHasRole() },
    },
    {
      name: 'qualifications',
      type: 'select',
      hasMany: true,
      label: { zh: '资质', en: 'Qualifications' },
      options: QUALIFICATIONS.map((q) => ({ value: q, label: QUALIFICATION_LABELS[q] })),
      access: { create: fieldHasRole(), update: fieldHasRole() },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: SLUGS.departments,
      label: { zh: '所属科室', en: 'Department' },
      access: { create: fieldHasRole(), update: fieldHasRole() },
    },
    {
      // 审核分派: a reviewer also gets the pieces of these topics (e.g. the 疾控 expert for 疫苗接种).
      name: 'reviewTopics',
      type: 'relationship',
      relationTo: SLUGS.topics,
      hasMany: true,
      label: { zh: '负责审核的主题', en: 'Topics reviewed' },
      access: { create: fieldHasRole(), update: fieldHasRole() },
    },
    {
      // What an API key may do beyond reading published content; only admins grant scopes.
      name: 'apiScopes',
      type: 'select',
      hasMany: true,
      label: { zh: 'API 权限范围', en: 'API scopes' },
      options: API_SCOPES.map((scope) => ({ value: scope, label: API_SCOPE_LABELS[scope] })),
      admin: { condition: (data) => Array.isArray(data?.roles) && data.roles.includes('api-client') },
      access: { create: fieldHasRole(), update: fieldHasRole() },
    },
    {
      name: 'apiKeyExpiresAt',
      type: 'date',
      label: { zh: 'API 密钥有效期至', en: 'API key expires' },
      admin: { condition: (data) => Array.isArray(data?.roles) && data.roles.includes('api-client') },
      access: { create: fieldHasRole(), update: fieldHasRole() },
    },
    {
      // A way out where deleting is refused (the person signed or audited something): a
      // deactivated account keeps its history but cannot sign in or use an API key.
      name: 'deactivated',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '已停用', en: 'Deactivated' },
      admin: { position: 'sidebar' },
      access: { create: fieldHasRole(), update: fieldHasRole() },
    },
  ],
  hooks: {
    beforeOperation: [enforcePasswordPolicy, screenLogin],
    beforeValidate: [refuseSelfIssuedApiKeys],
    beforeChange: [endSessionsOnDeactivation],
    beforeLogin: [refuseDeactivatedLogin],
    beforeDelete: [refuseDeleteWithHistory],
    afterError: [answerLockedLikeWrongPassword],
  },
}
