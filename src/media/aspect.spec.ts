import { describe, expect, it } from 'vitest'

import { aspectLabel, parseRatio, withinTolerance } from './aspect'

describe(parseRatio.name, () => {
  it('should read a ratio written with a colon', () => {
    expect(parseRatio('9:16')).toBe(0.5625)
    expect(parseRatio(' 2.35 : 1 ')).toBe(2.35)
  })
  it('should refuse anything else', () => {
    for (const bad of ['9/16', '0:1', '16:0', 'abc', '', '-9:16']) expect(parseRatio(bad), bad).toBeNull()
  })
})

describe(withinTolerance.name, () => {
  it('should compare relative to the target', () => {
    expect(withinTolerance(0.5634, 0.5625, 1)).toBe(true)
    expect(withinTolerance(0.58, 0.5625, 3)).toBe(false)
    expect(withinTolerance(0.579, 0.5625, 3)).toBe(true)
  })
})

describe(aspectLabel.name, () => {
  it('should name a frame after the common ratio it is near', () => {
    expect(aspectLabel(320, 568)).toBe('9:16')
    expect(aspectLabel(1920, 1080)).toBe('16:9')
    expect(aspectLabel(1080, 1080)).toBe('1:1')
    expect(aspectLabel(1080, 1260)).toBe('6:7')
  })
  it('should reduce any other ratio', () => {
    expect(aspectLabel(1000, 300)).toBe('10:3')
    expect(aspectLabel(333, 100)).toBe('333:100')
  })
  it('should have no name for an empty frame', () => {
    expect(aspectLabel(0, 100)).toBeNull()
  })
})
