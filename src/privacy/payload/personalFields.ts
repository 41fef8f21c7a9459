// Which values identify a person, per collection (issue #13): the personalData plugin encrypts
// them, the erasure and the subject-access export walk them. Add a collection here when it starts
// holding someone's name, contact or signed documents.
import { SLUGS } from '../../../collections/slugs'

export const ENCRYPTED_CONSENT_FIELDS = [
  'patientName',
  'patientContact',
  'guardianName',
  'signatureName',
  'signatureAddress',
]

export const PERSONAL_DATA = {
  [SLUGS.consents]: { fields: ENCRYPTED_CONSENT_FIELDS, hashed: ['patientName'] },
  [SLUGS.corrections]: { fields: ['contact'] },
  [SLUGS.consentDocuments]: { files: true },
  [SLUGS.submissions]: { fields: ['submitterName', 'contact'] },
  [SLUGS.submissionFiles]: { files: true },
}
