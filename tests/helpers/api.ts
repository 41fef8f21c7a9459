// A small HTTP client for the integration suite: JSON in and out, logins cached per user.
import { inject } from 'vitest'

export const DEMO_PASSWORD = 'test-password-2026'
export const DEMO_API_KEY = 'demo-website-api-key-change-me'
export const DEMO_METRICS_API_KEY = 'demo-metrics-api-key-change-me'

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

export type Auth = { token?: string; apiKey?: string }

export const baseUrl = () => inject('baseUrl')

/** A file URL Payload gave (absolute: SERVER_URL or the server's own address) as a URL on `base`. */
export const fileUrl = (url: string, base = baseUrl()) => {
  const parsed = new URL(url, base)
  return `${base}${parsed.pathname}${parsed.search}`
}

export const api = async <T = any>(
  path: string,
  {
    method = 'GET',
    body,
    auth,
    headers = {},
  }: { method?: string; body?: unknown; auth?: Auth; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> => {
  const init: RequestInit = { method, headers: { ...headers } }
  const h = init.headers as Record<string, string>
  if (auth?.token) h.authorization = `JWT ${auth.token}`
  if (auth?.apiKey) h.authorization = `users API-Key ${auth.apiKey}`
  if (body instanceof FormData) init.body = body
  else if (typeof body === 'string') {
    init.body = body
    h['content-type'] ??= 'application/json'
  } else if (body !== undefined) {
    init.body = JSON.stringify(body)
    h['content-type'] = 'application/json'
  }
  const response = await fetch(`${baseUrl()}${path}`, init)
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON: leave the text for the assertion to show
  }
  return { status: response.status, body: parsed as T, headers: response.headers }
}

const tokens = new Map<string, string>()

export const login = async (email: string): Promise<Auth> => {
  const cached = tokens.get(email)
  if (cached) return { token: cached }
  const res = await api('/api/users/login', { method: 'POST', body: { email, password: DEMO_PASSWORD } })
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
  tokens.set(email, res.body.token)
  return { token: res.body.token }
}

export const as = {
  admin: () => login('admin@demo.hospital'),
  editor: () => login('editor@demo.hospital'),
  reviewer: () => login('reviewer@demo.hospital'),
  reviewer2: () => login('reviewer2@demo.hospital'),
  reviewer3: () => login('reviewer3@demo.hospital'),
  editor2: () => login('editor2@demo.hospital'),
  privacy: () => login('privacy@demo.hospital'),
  compliance: () => login('compliance@demo.hospital'),
  publisher: () => login('publisher@demo.hospital'),
  operations: () => login('operations@demo.hospital'),
  operations2: () => login('operations2@demo.hospital'),
  analyst: () => login('analyst@demo.hospital'),
  apiClient: () => Promise.resolve<Auth>({ apiKey: DEMO_API_KEY }),
  metricsClient: () => Promise.resolve<Auth>({ apiKey: DEMO_METRICS_API_KEY }),
  anonymous: () => Promise.resolve<Auth>({}),
}

export type Persona = keyof typeof as

/** The id of the first document matching a query, read as admin. */
export const firstId = async (collection: string, query = ''): Promise<number | string> => {
  const res = await api(`/api/${collection}?limit=1${query ? `&${query}` : ''}`, { auth: await as.admin() })
  const id = res.body?.docs?.[0]?.id
  if (id === undefined) throw new Error(`no ${collection} matching "${query}": ${JSON.stringify(res.body)}`)
  return id
}
