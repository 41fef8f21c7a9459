// Outgoing mail through nodemailer: an SMTP server when SMTP_URL is set; otherwise each message
// is written as an .eml file under OUTBOX_DIR/mail (a development machine sends nothing).
import fs from 'node:fs/promises'
import path from 'node:path'

import nodemailer, { type Transporter } from 'nodemailer'

import { env } from '@/env'
import type { Notice } from '../rules/messages'

let transporter: Transporter | undefined

const transport = (): Transporter =>
  (transporter ??= env.smtpUrl
    ? nodemailer.createTransport(env.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }))

export const mailFrom = () => env.mailFrom || `"${env.hospitalName}宣传部" <publicity@localhost>`

/** Sends one message; returns its Message-ID (or the file it was written to). Throws on failure. */
export const sendMail = async (to: string, notice: Notice, messageId: string): Promise<string> => {
  const info = await transport().sendMail({
    from: mailFrom(),
    to,
    subject: notice.subject,
    text: notice.text,
    // Stable per notice: a retried job sends the same Message-ID, so mail clients fold duplicates.
    messageId,
  })
  if (env.smtpUrl) return info.messageId
  const dir = path.join(env.outboxDir, 'mail')
  await fs.mkdir(dir, { recursive: true })
  const file = path.join(dir, `${messageId.replace(/[^A-Za-z0-9.-]/g, '_')}.eml`)
  await fs.writeFile(file, (info as unknown as { message: Buffer }).message)
  return file
}

/** Tests change SMTP_URL between servers in one process. */
export const resetMailTransport = () => {
  transporter = undefined
}
