import type { Access, PayloadRequest } from 'payload'

import { SLUGS } from '../../collections/slugs'
import { idOf } from '../db/relationIds'
import { checkRole } from './checkRole'
import { publicContentWhere } from './publishedOrStaff'
import { publicStoryWhere } from './publicStories'
import { STAFF_ROLES } from './roles'

/** Ids of the media readers may see: those of public content, and the public doctors' photos. */
export const publicMediaIds = async (req: PayloadRequest): Promise<(string | number)[]> => {
  const ids = new Set<string | number>()
  const collect = async (collection: typeof SLUGS.articles | typeof SLUGS.patientStories, where: object) => {
    const { docs } = await req.payload.find({ collection, where: where as never, depth: 0, pagination: false, overrideAccess: true, req, select: { workflow: { linkedMedia: true } } as never })
    for (const doc of docs as { workflow?: { linkedMedia?: unknown[] } }[]) for (const id of doc.workflow?.linkedMedia ?? []) if (idOf(id) !== null) ids.add(idOf(id)!)
  }
  await collect(SLUGS.articles, { and: publicContentWhere() })
  await collect(SLUGS.patientStories, publicStoryWhere())
  const { docs: doctors } = await req.payload.find({ collection: SLUGS.doctors, where: { photo: { exists: true } }, depth: 0, pagination: false, overrideAccess: true, req, select: { photo: true } })
  for (const doctor of doctors) if (idOf(doctor.photo) !== null) ids.add(idOf(doctor.photo)!)
  return [...ids]
}

/**
 * Staff see every file; readers and API clients only the files of public content (and doctors'
 * photos), so a draft's images — a patient's photo before de-identification — never leak by id
 * or file name, and a withdrawn piece's images go with it.
 */
export const publicMediaOrStaff: Access = async ({ req }) => (checkRole(STAFF_ROLES, req.user) ? true : { id: { in: await publicMediaIds(req) } })
