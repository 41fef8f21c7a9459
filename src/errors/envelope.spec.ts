import { describe, expect, it } from 'vitest'

import { codeForMessage, toEnvelope, toGraphqlError } from './envelope'

describe(toEnvelope.name, () => {
  it('should give Payload errors a code at the top level and keep the admin field data', () => {
    const body = {
      errors: [
        {
          name: 'ValidationError',
          message: '以下字段无效：layer',
          data: { collection: 'articles', errors: [{ path: 'layer', message: '必填' }] },
        },
      ],
    }
    const [item] = toEnvelope(400, body, 'zh').errors
    expect(item).toMatchObject({
      code: 'validation-failed',
      field: 'layer',
      fields: ['layer'],
      data: { errors: [{ field: 'layer', path: 'layer' }] },
    })
  })
  it('should move a CodedError code from data to the top and drop data that says nothing more', () => {
    expect(
      toEnvelope(403, { errors: [{ name: 'CodedError', message: 'm', data: { code: 'append-only' } }] }, 'zh')
        .errors[0],
    ).toEqual({ code: 'append-only', message: 'm' })
  })
  it('should answer unknown routes and empty bodies in the envelope', () => {
    expect(toEnvelope(404, { message: 'Route not found "/api/x"' }, 'en').errors[0]).toEqual({
      code: 'route-not-found',
      message: 'No such route: /api/x',
    })
    expect(toEnvelope(500, undefined, 'zh').errors[0].code).toBe('internal-error')
  })
  it('should never show a 500 cause', () => {
    const item = toEnvelope(500, { errors: [{ message: 'Failed query: select * from users', stack: 'at x' }] }, 'en')
      .errors[0]
    expect(item).toEqual({ code: 'internal-error', message: expect.not.stringContaining('select') })
  })
  it('should keep other top-level keys of a batch answer', () => {
    expect(
      toEnvelope(422, { accepted: 0, errors: [{ message: 'x', data: { code: 'metrics-no-valid-rows' } }] }, 'zh'),
    ).toMatchObject({ accepted: 0, errors: [{ code: 'metrics-no-valid-rows' }] })
  })
})

describe(codeForMessage.name, () => {
  it('should recover a code from a message with parameters, in either language', () => {
    expect(codeForMessage('该渠道有 2 条分发记录，不能删除；请改为取消勾选“启用”。')).toBe('channel-has-distributions')
    expect(codeForMessage('No such route: /api/x')).toBe('route-not-found')
    expect(codeForMessage('something else')).toBeUndefined()
  })
})

describe(toGraphqlError.name, () => {
  it('should keep the spec shape and put the code in extensions', () => {
    expect(toGraphqlError({ message: 'Syntax Error', locations: [{ line: 1, column: 2 }] }, 'zh')).toEqual({
      message: 'Syntax Error',
      locations: [{ line: 1, column: 2 }],
      extensions: { code: 'graphql-invalid' },
    })
    expect(toGraphqlError({ message: 'secret', extensions: { statusCode: 500, stack: 's' } }, 'en').extensions).toEqual(
      { statusCode: 500, code: 'internal-error' },
    )
  })
})
