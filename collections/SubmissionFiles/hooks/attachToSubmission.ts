import type { Access, CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { recordAuditEvent } from '@/audit/recordAuditEvent'
import { env } from '@/env'
import { CodedError } from '@/errors/CodedError'
import { pickLanguage } from '@/errors/messages'
import type { Submission, SubmissionFile } from '@/payload-types'
import { findByToken } from '@/submissions/payload/service'
import { SLUGS } from '../../slugs'

const TRACKING_HEADER = 'x-submission-token'
const CONTEXT_KEY = 'submissionForFile'

/**
 * A file is added by whoever holds the submission's tracking token, while operations have not
 * decided on it yet, up to SUBMISSION_MAX_FILES. Nobody else creates submission files.
 */
export const tokenHolderMayAdd: Access = async ({ req }) => {
  const token = req.headers.get(TRACKING_HEADER)
  if (!token) return false
  let submission: Submission
  try {
    submission = await findByToken(req, token)
  } catch {
    return false
  }
  if (submission.status !== 'received' && submission.status !== 'changes-requested') return false
  req.context[CONTEXT_KEY] = submission
  return true
}

const submissionOf = (req: PayloadRequest) => req.context[CONTEXT_KEY] as Submission | undefined

/** The file belongs to the token's submission, whatever the request said. */
export const bindToSubmission: CollectionBeforeChangeHook<SubmissionFile> = ({ data, operation, req }) => {
  const submission = submissionOf(req)
  if (operation !== 'create' || !submission) return data
  const count = Array.isArray(submission.files) ? submission.files.length : 0
  if (count >= env.submissionMaxFiles)
    throw new CodedError('submission-files-limit', 409, pickLanguage(req.i18n?.language), {
      max: env.submissionMaxFiles,
    })
  return { ...data, submission: submission.id }
}

export const listOnSubmission: CollectionAfterChangeHook<SubmissionFile> = async ({ doc, operation, req }) => {
  const submission = submissionOf(req)
  if (operation !== 'create' || !submission) return doc
  const files = (Array.isArray(submission.files) ? submission.files : []).map((f) => (typeof f === 'object' ? f.id : f))
  await req.payload.update({
    collection: SLUGS.submissions,
    id: submission.id,
    data: { files: [...files, doc.id] },
    overrideAccess: true,
    req,
  })
  await recordAuditEvent(req, {
    action: 'submission.file-added',
    targetCollection: SLUGS.submissions,
    targetId: submission.id,
    detail: { file: doc.id, mimeType: doc.mimeType ?? null, size: doc.filesize ?? null },
  })
  return doc
}
