import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { EncryptedQueryError, mentionsFields, rewriteEncryptedWhere } from './encryptedWhere'

const people: Record<string, number[]> = { 张三: [1, 4], 李四: [2] }
const lookup = (_field: string, values: string[]) =>
  Promise.resolve([...new Set(values.flatMap((value) => people[value] ?? []))])

describe(rewriteEncryptedWhere.name, () => {
  it('should answer equality through ids, at any depth of and/or', async () => {
    expect(await rewriteEncryptedWhere({ patientName: { equals: '张三' } }, ['patientName'], lookup)).toEqual({
      and: [{ id: { in: [1, 4] } }],
    })
    expect(
      await rewriteEncryptedWhere(
        { or: [{ status: { equals: 'active' } }, { and: [{ patientName: { in: '张三,李四' } }] }] },
        ['patientName'],
        lookup,
      ),
    ).toEqual({ or: [{ status: { equals: 'active' } }, { and: [{ and: [{ id: { in: [1, 4, 2] } }] }] }] })
    expect(await rewriteEncryptedWhere({ patientName: { not_in: ['李四'] } }, ['patientName'], lookup)).toEqual({
      and: [{ id: { not_in: [2] } }],
    })
  })

  it('should match nothing for an unknown name, and everything for not_equals an unknown name', async () => {
    expect(await rewriteEncryptedWhere({ patientName: { equals: '王五' } }, ['patientName'], lookup)).toEqual({
      and: [{ id: { exists: false } }],
    })
    expect(await rewriteEncryptedWhere({ patientName: { not_equals: '王五' } }, ['patientName'], lookup)).toEqual({})
  })

  it('should refuse every operator but equality and exists', async () => {
    for (const operator of ['like', 'contains', 'greater_than', 'near', 'all'])
      await expect(
        rewriteEncryptedWhere({ and: [{ patientName: { [operator]: '张' } }] }, ['patientName'], lookup),
      ).rejects.toThrow(EncryptedQueryError)
    expect(await rewriteEncryptedWhere({ patientName: { exists: true } }, ['patientName'], lookup)).toEqual({
      and: [{ patientName: { exists: true } }],
    })
  })

  it('should leave a tree without encrypted fields as it was', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('status', 'reference', 'validUntil'), fc.dictionary(fc.string(), fc.string())),
        async (where) => {
          expect(mentionsFields(where, ['patientName'])).toBe(false)
          expect(await rewriteEncryptedWhere(where, ['patientName'], lookup)).toEqual(where)
        },
      ),
    )
  })
})
