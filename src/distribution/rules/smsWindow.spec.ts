import { describe, expect, it } from 'vitest'

import { nextSendTime } from './smsWindow'

const send = (iso: string, window?: Parameters<typeof nextSendTime>[1]) =>
  nextSendTime(new Date(iso), window).toISOString()

describe(nextSendTime.name, () => {
  it('should send at once inside 08:00–21:00 Shanghai time', () => {
    expect(send('2026-11-23T00:00:00.000Z')).toBe('2026-11-23T00:00:00.000Z') // 08:00
    expect(send('2026-11-23T06:30:00.000Z')).toBe('2026-11-23T06:30:00.000Z') // 14:30
    expect(send('2026-11-23T12:59:59.999Z')).toBe('2026-11-23T12:59:59.999Z') // 20:59:59.999
  })
  it('should wait for 08:00 the same day when it is earlier', () => {
    expect(send('2026-11-22T23:59:59.000Z')).toBe('2026-11-23T00:00:00.000Z') // 07:59:59
    expect(send('2026-11-22T16:00:00.000Z')).toBe('2026-11-23T00:00:00.000Z') // 00:00
  })
  it('should wait for 08:00 the next day at or after 21:00', () => {
    expect(send('2026-11-23T13:00:00.000Z')).toBe('2026-11-24T00:00:00.000Z') // 21:00
    expect(send('2026-11-23T15:59:00.000Z')).toBe('2026-11-24T00:00:00.000Z') // 23:59
  })
  it('should roll over month and year ends', () => {
    expect(send('2026-12-31T14:00:00.000Z')).toBe('2027-01-01T00:00:00.000Z')
    expect(send('2028-02-28T14:00:00.000Z')).toBe('2028-02-29T00:00:00.000Z')
  })
  it('should use the local offset on either side of a DST change (America/New_York)', () => {
    const ny = { timezone: 'America/New_York' }
    // Sat 7 Mar 2026 21:00 EST → Sun 8 Mar 08:00 EDT (clocks went forward overnight).
    expect(send('2026-03-08T02:00:00.000Z', ny)).toBe('2026-03-08T12:00:00.000Z')
    // Sat 31 Oct 2026 23:00 EDT → Sun 1 Nov 08:00 EST (clocks went back overnight).
    expect(send('2026-11-01T03:00:00.000Z', ny)).toBe('2026-11-01T13:00:00.000Z')
    // 12:00 EDT in summer is inside; 21:30 EST in winter waits for 08:00 EST (13:00Z, not 12:00Z).
    expect(send('2026-07-01T16:00:00.000Z', ny)).toBe('2026-07-01T16:00:00.000Z')
    expect(send('2026-01-15T02:30:00.000Z', ny)).toBe('2026-01-15T13:00:00.000Z')
    expect(send('2026-07-15T01:30:00.000Z', ny)).toBe('2026-07-15T12:00:00.000Z')
  })
  it('should move a start hour that DST skips forward with the clock', () => {
    // 02:00 does not exist in New York on 8 Mar 2026; 01:00 EST waits until 03:00 EDT.
    expect(send('2026-03-08T06:00:00.000Z', { timezone: 'America/New_York', startHour: 2, endHour: 21 })).toBe(
      '2026-03-08T07:00:00.000Z',
    )
  })
  it('should take another window', () => {
    expect(send('2026-11-23T01:00:00.000Z', { startHour: 10, endHour: 18 })).toBe('2026-11-23T02:00:00.000Z')
  })
  it('should refuse an unknown zone or an empty window', () => {
    expect(() => send('2026-11-23T00:00:00.000Z', { timezone: 'Mars/Olympus' })).toThrow(RangeError)
    expect(() => send('2026-11-23T00:00:00.000Z', { startHour: 21, endHour: 8 })).toThrow(/window/)
  })
})
