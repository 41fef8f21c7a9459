// A vitest reporter that ends a run with its slowest test files and tests, so the suite's wall
// time stays visible as it grows. Registered in vitest.config.ts for the int and e2e projects.
// With TEST_FAILURES_FILE set it also appends the run's failures there, one line each, so
// scripts/test-int.ts can repeat them at the very end of a long log (CI shows only its tail).
import fs from 'node:fs'

import type { Reporter, TestModule, Vitest } from 'vitest/node'

export type Timed = { name: string; ms: number }

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8)

/** The `limit` slowest files and tests, longest first, as the lines to print. */
export const formatSlowest = ({ files, tests }: { files: Timed[]; tests: Timed[] }, limit = 10): string[] => {
  if (files.length === 0) return []
  const top = (entries: Timed[]) => [...entries].sort((a, b) => b.ms - a.ms).slice(0, limit)
  return [
    '',
    `最慢的 ${Math.min(limit, files.length)} 个测试文件 / Slowest test files (import, hooks and tests):`,
    ...top(files).map((file) => `${seconds(file.ms)}  ${file.name}`),
    '',
    `最慢的 ${Math.min(limit, tests.length)} 个测试 / Slowest tests:`,
    ...top(tests).map((test) => `${seconds(test.ms)}  ${test.name}`),
  ]
}

export default class SlowestReporter implements Reporter {
  private vitest: Vitest | undefined

  constructor(private readonly options: { projects: string[]; limit?: number }) {}

  onInit(vitest: Vitest) {
    this.vitest = vitest
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<{ message?: string }> = []) {
    const modules = testModules.filter((module) => this.options.projects.includes(module.project.name))
    const label = (module: TestModule) => `[${module.project.name}] ${module.relativeModuleId}`
    const files = modules.map((module) => {
      const { setupDuration, collectDuration, duration } = module.diagnostic()
      return { name: label(module), ms: setupDuration + collectDuration + duration }
    })
    const tests = modules.flatMap((module) =>
      [...module.children.allTests()].map((test) => ({
        name: `${label(module)} > ${test.fullName}`,
        ms: test.diagnostic()?.duration ?? 0,
      })),
    )
    const lines = formatSlowest({ files, tests }, this.options.limit)
    if (lines.length > 0) (this.vitest?.logger ?? console).log(lines.join('\n'))
    const failuresFile = process.env.TEST_FAILURES_FILE
    if (failuresFile) {
      const failed = modules.flatMap((module) => {
        const tests = [...module.children.allTests()].filter((test) => test.result().state === 'failed')
        const moduleErrors = module.errors().map((error) => `${label(module)}: ${error.message.split('\n')[0]}`)
        return [
          ...tests.map(
            (test) => `${label(module)} > ${test.fullName}: ${test.result().errors?.[0]?.message.split('\n')[0] ?? ''}`,
          ),
          ...moduleErrors,
        ]
      })
      failed.push(...unhandledErrors.map((error) => `unhandled error: ${(error.message ?? '').split('\n')[0]}`))
      if (failed.length > 0) fs.appendFileSync(failuresFile, failed.map((line) => `${line}\n`).join(''))
    }
  }
}
