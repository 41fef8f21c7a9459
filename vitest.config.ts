import { defineConfig } from 'vitest/config'

// `@/…` is `src/…`, as in tsconfig.json (each project resolves on its own).
const resolve = { alias: { '@/': new URL('./src/', import.meta.url).pathname } }

export default defineConfig({
  test: {
    // Reporters are set for the whole run (vitest has no per-project reporters); this one lists
    // only the int and e2e projects' slowest files and tests.
    reporters: ['default', ['./tests/helpers/slowestReporter.ts', { projects: ['int', 'e2e'] }]],
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'tests/unit/**/*.spec.ts'],
        },
      },
      {
        resolve,
        test: {
          name: 'int',
          environment: 'node',
          include: ['tests/int/**/*.int.spec.ts'],
          globalSetup: ['tests/helpers/serverSetup.ts'],
          // One server per run, and a 2-core machine: files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.spec.ts'],
          globalSetup: ['tests/helpers/adminSetup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
