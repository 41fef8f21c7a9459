// Subject access (issue #13): everything held about one person — the consent with its identifying
// fields, the signed document, the stories it covers, where they were distributed, and who read the
// person's data and why — as one zip whose manifest is signed (src/privacy/rules/archiveSigning.ts).
import { zipSync, strToU8 } from 'fflate'
import type { PayloadRequest, Where } from 'payload'

import { SLUGS } from '../../../collections/slugs'
import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import { decryptField, isEncryptedField } from '@/privacy/rules/envelope'
import { manifestOf, signManifest } from '@/privacy/rules/archiveSigning'
import { DATA_KEY_FIELD } from './encryptedFields'
import { readPersonalFile } from './encryptedFiles'
import { archiveSigningKey, personKey } from './keyring'
import { ENCRYPTED_CONSENT_FIELDS } from './personalFields'
import { findRawConsent } from './erasure'

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`)

/** The access record of one consent and its document: every read, export and change, oldest first. */
export const accessRecord = async (
  req: PayloadRequest,
  consentId: string | number,
  documentId?: string | number | null,
) => {
  const targets: Where[] = [
    { and: [{ targetCollection: { equals: SLUGS.consents } }, { targetId: { equals: String(consentId) } }] },
  ]
  if (documentId !== undefined && documentId !== null)
    targets.push({
      and: [{ targetCollection: { equals: SLUGS.consentDocuments } }, { targetId: { equals: String(documentId) } }],
    })
  const events = await req.payload.find({
    collection: SLUGS.auditEvents,
    where: { or: targets },
    sort: 'seq',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return events.docs.map((event) => ({
    at: event.at,
    action: event.action,
    actor: event.actorEmail ?? event.actorId ?? null,
    collection: event.targetCollection,
    purpose: (event.detail as { purpose?: string } | null)?.purpose ?? null,
    fields: (event.detail as { fields?: string[] } | null)?.fields ?? null,
  }))
}

export const subjectAccessArchive = async (req: PayloadRequest, id: string) => {
  const language = pickLanguage(req.i18n?.language)
  const raw = await findRawConsent(req, id)
  if (!raw) throw new CodedError('consent-not-found', 404, language)
  const keyId = raw[DATA_KEY_FIELD]
  const key = keyId ? await personKey(req.payload, keyId, req) : null
  if (raw.status === 'erased' || (keyId && !key)) throw new CodedError('personal-data-erased', 410, language)
  const consent = await req.payload.findByID({ collection: SLUGS.consents, id, depth: 0, overrideAccess: true, req })
  const identity: Record<string, string | null> = {}
  for (const field of ENCRYPTED_CONSENT_FIELDS) {
    const stored = (raw as Record<string, unknown>)[field]
    if (isEncryptedField(stored) && key) identity[field] = decryptField(key, `${SLUGS.consents}.${field}`, stored)
    else identity[field] = typeof stored === 'string' ? stored : null
  }
  const files: Record<string, Uint8Array> = {}
  // What the person's record says, without the product's own bookkeeping.
  const rest = Object.fromEntries(
    Object.entries(consent).filter(([field]) => !['dataKeyId', 'accessLog', 'dataPurpose'].includes(field)),
  )
  files['consent.json'] = json({ ...rest, ...identity })

  const documentId = typeof consent.document === 'object' ? consent.document?.id : consent.document
  if (documentId) {
    const document = await req.payload.findByID({
      collection: SLUGS.consentDocuments,
      id: documentId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
    })
    const bytes = document ? await readPersonalFile(req, SLUGS.consentDocuments, document) : null
    if (document?.filename && bytes && bytes !== 'erased') files[`documents/${document.filename}`] = bytes
  }

  const stories = await req.payload.find({
    collection: SLUGS.patientStories,
    where: { consent: { equals: id } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    draft: false,
    req,
  })
  files['stories.json'] = json(
    stories.docs.map((story) => ({
      id: story.id,
      title: story.title,
      state: story.workflow?.state ?? null,
      publishedAt: story.publishedAt ?? null,
      intendedChannels: story.intendedChannels ?? [],
    })),
  )
  const distributions = stories.docs.length
    ? await req.payload.find({
        collection: SLUGS.distributions,
        where: {
          and: [
            { contentCollection: { equals: SLUGS.patientStories } },
            { contentId: { in: stories.docs.map((story) => String(story.id)) } },
          ],
        },
        pagination: false,
        depth: 1,
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  files['distributions.json'] = json(
    distributions.docs.map((d) => ({
      story: d.contentId,
      channel: typeof d.channel === 'object' && d.channel ? { name: d.channel.name, kind: d.channel.kind } : d.channel,
      status: d.status,
      event: d.event,
      scheduledAt: d.scheduledAt,
      deliveredAt: d.deliveredAt ?? null,
      messageId: d.messageId ?? null,
    })),
  )
  files['access-record.json'] = json(await accessRecord(req, id, documentId))

  const signed = signManifest(manifestOf(files, consent.reference, new Date()), archiveSigningKey())
  const archive = zipSync({
    ...files,
    'manifest.json': signed.manifest,
    'manifest.sig': signed.signature,
    'signing-key.pem': strToU8(signed.publicKey),
  })
  await recordAuditEvent(req, {
    action: 'personal-data.exported',
    targetCollection: SLUGS.consents,
    targetId: consent.id,
    detail: { purpose: 'handle-request', files: Object.keys(files).length },
  })
  return { archive, reference: consent.reference }
}
