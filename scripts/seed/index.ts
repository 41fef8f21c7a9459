// `npm run seed`: migrates the configured database and seeds the demo content, with a progress bar.
import { SingleBar, Presets } from 'cli-progress'
import { getPayload } from 'payload'

import config from '../../payload.config'
import { ensureDefaultLexicon } from '@/compliance/payload/loadLexicon'
import { ensureFrameSettings } from '@/compliance/payload/loadFrames'
import { ensureKeyring } from '@/privacy/payload/keyring'
import { demoSeedTotal, seedDemoIfEmpty } from './seedDemo'

const payload = await getPayload({ config: await config })
if (payload.db.name !== 'mongoose') await payload.db.migrate()
await ensureKeyring(payload)
await ensureDefaultLexicon(payload)
await ensureFrameSettings(payload)
const bar = new SingleBar(
  { format: '演示数据 {bar} {value}/{total} {label}', hideCursor: true },
  Presets.shades_classic,
)
bar.start(demoSeedTotal(), 0, { label: '' })
const seeded = await seedDemoIfEmpty(payload, (done, _total, label) => bar.update(done, { label }))
bar.stop()
if (!seeded)
  console.log(
    '数据库已有数据，未重复写入演示内容。Database already has users; nothing seeded (delete data/cms.db to start over).',
  )
await payload.db.destroy?.()
process.exit(0)
