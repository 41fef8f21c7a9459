// Converts between Node's request/response and the Fetch API objects Payload's handlers speak.
import { Readable } from 'node:stream'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { CLIENT_ADDRESS_HEADER } from './clientAddress'

export const toFetchRequest = (req: ExpressRequest, body: Buffer | undefined): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const item of value) headers.append(name, item)
    else headers.set(name, value)
  }
  headers.set(CLIENT_ADDRESS_HEADER, req.ip ?? req.socket.remoteAddress ?? 'unknown')
  const url = `${req.protocol}://${req.headers.host ?? 'localhost'}${req.originalUrl}`
  const hasBody = body !== undefined && body.length > 0 && req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  })
}

export const sendFetchResponse = async (response: Response, res: ExpressResponse): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    const stream = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream)
    stream.on('error', reject)
    res.on('finish', resolve)
    res.on('close', resolve)
    stream.pipe(res)
  })
}
