// 播放/阅读 thresholds: the views of a piece summed over every channel-metrics row it has.

export type MetricRow = { contentCollection?: string | null; contentId?: string | null; views?: number | null }

export const viewsByPiece = (rows: readonly MetricRow[], into = new Map<string, number>()): Map<string, number> => {
  for (const row of rows) {
    if (!row.contentCollection || !row.contentId) continue
    const key = `${row.contentCollection}/${row.contentId}`
    into.set(key, (into.get(key) ?? 0) + Math.max(0, row.views ?? 0))
  }
  return into
}

/** The pieces whose summed views exceed the threshold, as {collection, id, views}. */
export const piecesOverThreshold = (totals: Map<string, number>, threshold: number) =>
  [...totals.entries()]
    .filter(([, views]) => views > threshold)
    .map(([key, views]) => {
      const slash = key.indexOf('/')
      return { collection: key.slice(0, slash), id: key.slice(slash + 1), views }
    })
