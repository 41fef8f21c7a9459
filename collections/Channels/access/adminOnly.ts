// Where a channel delivers and how it signs are an admin's to set: a publisher able to change them
// could send approved content, and the CMS's own requests, anywhere.
import { fieldHasRole } from '@/access/hasRole'

/** Field access for the delivery endpoint fields (adapter, url, secret, prefix). */
export const adminOnly = { create: fieldHasRole(), update: fieldHasRole() }
