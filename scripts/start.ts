// `npm start`: builds the admin when it has no build or its sources changed, then starts the
// server (migrations, first-start demo seed, API, admin). The test suite starts it the same way. `ADMIN=off npm start` skips the admin.
import { EXPECTED_ADMIN_BUILD, adminBuildIsStale, buildAdminWithProgress } from '../src/adminBuild'
import { env, ROOT_DIR } from '../src/env'

if (env.admin === 'on' && adminBuildIsStale(ROOT_DIR)) {
  console.log(
    `正在构建管理后台（首次启动或源码有改动时，约 ${EXPECTED_ADMIN_BUILD}；只要 API 可用 ADMIN=off npm start）… / ` +
      `Building the admin (first start or changed sources, about ${EXPECTED_ADMIN_BUILD}; ADMIN=off npm start serves just the API)…`,
  )
  try {
    await buildAdminWithProgress(ROOT_DIR)
  } catch (error) {
    console.error(`\n✗ 管理后台构建失败 / The admin build failed: ${(error as Error).message}`)
    process.exit(1)
  }
}

const { startServer } = await import('../src/server')
try {
  await startServer({
    prepare: async (payload) => {
      if (!env.seedDemo) return
      const { seedDemoIfEmpty } = await import('./seed/seedDemo')
      await seedDemoIfEmpty(payload)
    },
  })
} catch (error) {
  console.error(error)
  process.exit(1)
}
