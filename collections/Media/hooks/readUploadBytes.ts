import fs from 'node:fs/promises'

import type { PayloadRequest } from 'payload'

/** The uploaded file's bytes, from memory or from the temporary file Payload wrote them to; null without any. */
export const readUploadBytes = async (file: PayloadRequest['file']): Promise<Buffer | null> => {
  if (file?.data?.length) return file.data
  if (file?.tempFilePath) return fs.readFile(file.tempFilePath)
  return null
}
