// The loop most benches share: for each database kind asked for (Postgres skipped when it does not
// answer), a throwaway database seeded with the demo by a real server start, handed to the bench,
// then dropped (or kept with --keep, its URI printed).
import { startServerProcess } from '../lib/serverProcess'
import { createTestDatabase, postgresReachable, type TestDbKind } from '../lib/testDatabase'

/** `--counts 10000,100000` as ascending numbers. */
export const parseCounts = (counts: string): number[] =>
  counts
    .split(',')
    .filter(Boolean)
    .map(Number)
    .sort((a, b) => a - b)

export const eachSeededDatabase = async (
  kinds: string,
  name: string,
  keep: boolean,
  bench: (kind: TestDbKind, uri: string) => Promise<void>,
): Promise<void> => {
  for (const kind of kinds.split(',') as TestDbKind[]) {
    if (kind === 'postgres' && !(await postgresReachable())) {
      console.error('postgres: not reachable, skipped')
      continue
    }
    const database = await createTestDatabase(kind, name)
    try {
      const seed = await startServerProcess({
        DATABASE_URI: database.uri,
        SEED_DEMO: '1',
        SCHEDULER: 'off',
        ADMIN: 'off',
      })
      await seed.stop()
      await bench(kind, database.uri)
    } finally {
      if (keep) console.error(`kept: DATABASE_URI=${database.uri}`)
      else await database.drop()
    }
  }
}
