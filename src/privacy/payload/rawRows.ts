// A row as stored (ciphertext and all), past every hook: what the privacy module decrypts itself.
import type { CollectionSlug, PayloadRequest } from 'payload'

/** Null for a missing row, and for an id that cannot name one (text where the database numbers rows). */
export const findRaw = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
): Promise<Record<string, unknown> | null> => {
  if (req.payload.db.defaultIDType === 'number' && !/^\d{1,15}$/.test(String(id))) return null
  return await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })
}
