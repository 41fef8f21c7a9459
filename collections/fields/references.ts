// Health-education content must cite its evidence: at least one source, each a URL or a
// named guideline, with the date it was consulted. A holding statement (the `statement` layer,
// only ever an incident's) speaks for the hospital and cites nothing.
import type { ArrayField } from 'payload'

export const referencesField: ArrayField = {
  name: 'references',
  type: 'array',
  // Checked when publishing (drafts are not validated): at least one, but for a statement.
  validate: (value: unknown, { data }: { data: Partial<Record<string, unknown>> }) =>
    data?.layer === 'statement' ||
    (Array.isArray(value) && value.length > 0) ||
    '请至少填写 1 条参考文献 / give at least one reference',
  label: { zh: '参考文献/依据', en: 'References' },
  labels: { singular: { zh: '参考文献', en: 'Reference' }, plural: { zh: '参考文献', en: 'References' } },
  fields: [
    { name: 'title', type: 'text', required: true, label: { zh: '文献/指南名称', en: 'Title' } },
    { name: 'source', type: 'text', required: true, label: { zh: '来源机构/期刊', en: 'Source' } },
    {
      name: 'url',
      type: 'text',
      label: { zh: '链接', en: 'URL' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (typeof value === 'string' && value !== '') {
          try {
            const url = new URL(value)
            if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('protocol')
          } catch {
            return '链接格式不正确 / not a valid http(s) URL'
          }
          return true
        }
        return siblingData?.guideline ? true : '请填写链接或指南名称 / give a URL or a guideline name'
      },
    },
    { name: 'guideline', type: 'text', label: { zh: '指南/规范名称', en: 'Guideline' } },
    { name: 'accessedAt', type: 'date', required: true, label: { zh: '查阅日期', en: 'Accessed' } },
  ],
}
