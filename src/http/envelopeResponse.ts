// The last step before an API answer leaves: whatever Payload's handlers or an endpoint answered
// with a 4xx/5xx — Payload's `{message}` for an unknown route, an endpoint's own shape, an empty
// 500 — goes out in the one envelope, and a GraphQL answer's errors carry extensions.code. A
// local upload file that is not on disk is a 404 (Payload answers it 500, without throwing).
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Request as ExpressRequest } from 'express'
import type { Payload } from 'payload'

import { isEnvelope, toEnvelope, toErrorItem, toGraphqlError } from '../errors/envelope'
import { requestLanguage } from './sendError'

const readJson = async (response: Response): Promise<unknown> => {
  const text = await response.text()
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

const jsonResponse = (body: unknown, status: number, from: Response): Response => {
  const headers = new Headers(from.headers)
  headers.set('content-type', 'application/json; charset=utf-8')
  headers.delete('content-length')
  headers.delete('content-encoding')
  return new Response(JSON.stringify(body), { status, headers })
}

const FILE_ROUTE = /^\/api\/([^/]+)\/file\/(.+)$/

/** True when `/api/<upload collection>/file/<name>` names a file that is not on the local disk. */
const isMissingLocalFile = async (payload: Payload, pathname: string): Promise<boolean> => {
  const match = FILE_ROUTE.exec(pathname)
  if (!match) return false
  const upload = payload.collections[match[1] as keyof typeof payload.collections]?.config.upload
  if (!upload || upload.handlers?.length) return false
  const dir = path.resolve(upload.staticDir || match[1])
  const file = path.resolve(dir, decodeURIComponent(match[2]))
  if (!file.startsWith(dir + path.sep)) return false
  return fs.stat(file).then(
    () => false,
    () => true,
  )
}

/** Whether any document of the upload collection carries this file name (itself or one of its image sizes). */
const hasDocumentForFile = async (payload: Payload, slug: string, filename: string): Promise<boolean> => {
  const collection = payload.collections[slug as keyof typeof payload.collections]
  if (!collection?.config.upload) return true
  const sizes = (typeof collection.config.upload === 'object' ? collection.config.upload.imageSizes : undefined) ?? []
  const where = {
    or: [
      { filename: { equals: filename } },
      ...sizes.map((size) => ({ [`sizes.${size.name}.filename`]: { equals: filename } })),
    ],
  }
  try {
    const { totalDocs } = await payload.count({ collection: slug as never, where, overrideAccess: true })
    return totalDocs > 0
  } catch {
    return true
  }
}

export const envelopeRestResponse = async (
  payload: Payload,
  req: ExpressRequest,
  response: Response,
): Promise<Response> => {
  if (response.status < 400 || req.method === 'HEAD') return response
  const language = requestLanguage(req.headers)
  // Payload answers a file name no document has 403 when the reader's access is a query (and 500
  // when it is not and the file is not on disk): both are a 404. A file of a document the reader
  // may not see stays 403.
  const fileRoute = FILE_ROUTE.exec(req.path)
  if (
    fileRoute &&
    ((response.status === 403 &&
      !(await hasDocumentForFile(payload, fileRoute[1], decodeURIComponent(fileRoute[2])))) ||
      (response.status === 500 && (await isMissingLocalFile(payload, req.path))))
  ) {
    await response.body?.cancel()
    return jsonResponse({ errors: [toErrorItem({}, 404, language, { code: 'file-not-found' })] }, 404, response)
  }
  const body = await readJson(response)
  if (response.status < 500 && isEnvelope(body)) return jsonResponse(body, response.status, response)
  return jsonResponse(toEnvelope(response.status, body, language), response.status, response)
}

export const envelopeGraphqlResponse = async (req: ExpressRequest, response: Response): Promise<Response> => {
  const language = requestLanguage(req.headers)
  const text = await response.text()
  let body: { errors?: unknown[] } | undefined
  try {
    body = text ? (JSON.parse(text) as typeof body) : undefined
  } catch {
    body = undefined
  }
  const status = response.status
  if (body && Array.isArray(body.errors) && body.errors.length > 0) {
    const errors = body.errors.map((error) => toGraphqlError(error, language, status >= 500 ? { status } : undefined))
    return jsonResponse({ ...body, errors }, status, response)
  }
  if (status >= 400) return jsonResponse({ errors: [toGraphqlError({}, language, { status })] }, status, response)
  return new Response(text, { status, headers: response.headers })
}
