// Where the product's notices land in tests: a real SMTP server (smtp-server) and a 企业微信-style
// robot webhook, both on loopback, each writing what arrived into a folder as files, so test
// files running in other processes read them. Mail is kept raw (.eml) and parsed by the reader.
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type NoticeSinks = { smtpUrl: string; wecomUrl: string; dir: string; close: () => Promise<void> }

export const startNoticeSinks = async (dir: string): Promise<NoticeSinks> => {
  fs.mkdirSync(path.join(dir, 'mail'), { recursive: true })
  fs.mkdirSync(path.join(dir, 'wecom'), { recursive: true })
  let count = 0
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address).join(',')
        fs.writeFileSync(path.join(dir, 'mail', `${Date.now()}-${++count}.eml`), Buffer.concat(chunks))
        fs.appendFileSync(path.join(dir, 'mail', 'envelopes.jsonl'), `${JSON.stringify({ to, n: count })}\n`)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const smtpPort = (smtp.server.address() as AddressInfo).port

  const wecom = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      fs.writeFileSync(path.join(dir, 'wecom', `${Date.now()}-${++count}.json`), Buffer.concat(chunks))
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }))
    })
  })
  await new Promise<void>((resolve) => wecom.listen(0, '127.0.0.1', resolve))
  const wecomPort = (wecom.address() as AddressInfo).port

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    wecomUrl: `http://127.0.0.1:${wecomPort}/cgi-bin/webhook/send?key=test`,
    dir,
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()))
      await new Promise<void>((resolve) => wecom.close(() => resolve()))
    },
  }
}

export type ReceivedMail = { to: string; subject: string; text: string; messageId: string; file: string }

/** Every message the SMTP sink has received so far, parsed. */
export const readMail = async (dir: string): Promise<ReceivedMail[]> => {
  const folder = path.join(dir, 'mail')
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.eml')) : []
  return Promise.all(
    files.sort().map(async (file) => {
      const parsed = await simpleParser(fs.readFileSync(path.join(folder, file)))
      const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(',') : (parsed.to?.text ?? '')
      return { to, subject: parsed.subject ?? '', text: parsed.text ?? '', messageId: parsed.messageId ?? '', file }
    }),
  )
}

/** Every message the 企业微信 sink has received so far. */
export const readWecom = (dir: string): { msgtype: string; text?: { content: string } }[] => {
  const folder = path.join(dir, 'wecom')
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []
  return files.map((file) => JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as never)
}
