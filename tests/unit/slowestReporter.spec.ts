import { describe, expect, it } from 'vitest'

import { formatSlowest } from '../helpers/slowestReporter'

describe(formatSlowest.name, () => {
  it('should list the slowest files and tests, longest first, up to the limit', () => {
    const files = [
      { name: 'a.int.spec.ts', ms: 1_200 },
      { name: 'b.int.spec.ts', ms: 95_000 },
      { name: 'c.int.spec.ts', ms: 30_050 },
    ]
    const tests = [
      { name: 'a > x', ms: 10 },
      { name: 'b > y', ms: 61_000 },
    ]
    expect(formatSlowest({ files, tests }, 2)).toEqual([
      '',
      '最慢的 2 个测试文件 / Slowest test files (import, hooks and tests):',
      '  95.0 s  b.int.spec.ts',
      '  30.1 s  c.int.spec.ts',
      '',
      '最慢的 2 个测试 / Slowest tests:',
      '  61.0 s  b > y',
      '   0.0 s  a > x',
    ])
  })

  it('should print nothing when the run had no file of the watched projects', () => {
    expect(formatSlowest({ files: [], tests: [] })).toEqual([])
  })
})
