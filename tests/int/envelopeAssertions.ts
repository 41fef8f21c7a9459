// What every error answer must look like (src/errors/envelope.ts): REST and the host
// `{errors: [{message, code, field?}]}`, GraphQL its spec shape with extensions.code.
import { expect } from 'vitest'

const LEAKS = /Failed query|SQLITE_|drizzle|\bat .+\.(ts|js):\d+|stack|select .+ from /i

export const expectEnvelope = (body: any, context = '') => {
  const where = `${context} ${JSON.stringify(body)?.slice(0, 400)}`
  expect(Array.isArray(body?.errors) && body.errors.length > 0, where).toBe(true)
  for (const error of body.errors) {
    expect(typeof error.message === 'string' && error.message.length > 0, where).toBe(true)
    expect(error.code, where).toMatch(/^[a-z]+(-[a-z]+)*$/)
    if (error.field !== undefined) expect(typeof error.field, where).toBe('string')
  }
  expect(JSON.stringify(body), where).not.toMatch(LEAKS)
}

export const expectGraphqlErrors = (body: any, context = '') => {
  const where = `${context} ${JSON.stringify(body)?.slice(0, 400)}`
  if (body?.errors === undefined) return
  expect(Array.isArray(body.errors), where).toBe(true)
  for (const error of body.errors) {
    expect(typeof error.message, where).toBe('string')
    expect(error.extensions?.code, where).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(error.extensions?.stack, where).toBeUndefined()
  }
  expect(JSON.stringify(body.errors), where).not.toMatch(LEAKS)
}
