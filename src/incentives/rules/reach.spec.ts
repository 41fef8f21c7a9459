import { describe, expect, it } from 'vitest'

import { piecesOverThreshold, viewsByPiece } from './reach'

describe(viewsByPiece.name, () => {
  it('should sum a piece’s views over all its rows and channels, and skip rows without a piece', () => {
    const totals = viewsByPiece([
      { contentCollection: 'articles', contentId: '1', views: 600_000 },
      { contentCollection: 'articles', contentId: '1', views: 400_001 },
      { contentCollection: 'patient-stories', contentId: '1', views: 5 },
      { contentCollection: null, contentId: '9', views: 10_000_000 },
      { contentCollection: 'articles', contentId: '2', views: null },
    ])
    expect(Object.fromEntries(totals)).toEqual({ 'articles/1': 1_000_001, 'patient-stories/1': 5, 'articles/2': 0 })
  })
})

describe(piecesOverThreshold.name, () => {
  it('should name the pieces strictly above the threshold', () => {
    const totals = new Map([
      ['articles/1', 1_000_001],
      ['articles/2', 1_000_000],
      ['patient-stories/3', 2_000_000],
    ])
    expect(piecesOverThreshold(totals, 1_000_000)).toEqual([
      { collection: 'articles', id: '1', views: 1_000_001 },
      { collection: 'patient-stories', id: '3', views: 2_000_000 },
    ])
  })
})
