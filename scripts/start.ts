// `npm start`: builds the admin when it has no build or its sources changed, then starts the
// server (migrations, first-start demo seed, API, admin).
import { adminBuildIsStale, buildAdmin } from '../src/adminBuild'
import { env, ROOT_DIR } from '../src/env'

if (env.admin === 'on' && adminBuildIsStale(ROOT_DIR)) {
  console.log('正在构建管理后台（约 1 分钟）… / Building the admin (about a minute)…')
  buildAdmin(ROOT_DIR)
}

const { startServer } = await import('../src/server')
await startServer()
