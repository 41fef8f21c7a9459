import { describe, expect, it } from 'vitest'

import type { CampaignReport } from './campaignReport'
import { computeCampaignReport } from './campaignReport'
import { toCsv, UTF8_BOM } from './csv'
import { campaignReportCsv, percent } from './reportCsv'

describe(toCsv.name, () => {
  it('should start with a UTF-8 byte-order mark and end records with CRLF', () => {
    const csv = toCsv([
      ['名称', '数量'],
      ['世界心脏日', 3],
    ])
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv.slice(1)).toBe('"名称","数量"\r\n"世界心脏日",3\r\n')
  })

  it('should quote text with commas, quotes and line breaks as RFC 4180 says', () => {
    expect(toCsv([['高血压, 冠心病', '他说"按时服药"', '第一行\n第二行']]).slice(1)).toBe(
      '"高血压, 冠心病","他说""按时服药""","第一行\n第二行"\r\n',
    )
  })

  it('should defuse cells a spreadsheet would run as formulas, but keep negative numbers', () => {
    const csv = toCsv([['=HYPERLINK("http://x")', '+1', '-1+2', '@SUM(A1)', -5, null]]).slice(1)
    expect(csv).toBe(`"'=HYPERLINK(""http://x"")","'+1","'-1+2","'@SUM(A1)",-5,\r\n`)
  })
})

describe(campaignReportCsv.name, () => {
  const report: CampaignReport = computeCampaignReport({
    campaign: { id: 1, name: '世界心脏日, 2026', slug: 'heart', kpiTargets: { reach: 200, interactions: 10 } },
    distributions: [
      { id: 5, channel: 3, contentCollection: 'articles', contentId: '9', title: '=危险标题', status: 'delivered' },
    ],
    metrics: [
      {
        distribution: 5,
        date: '2026-09-29',
        views: 100,
        likes: 4,
        comments: 1,
        shares: 0,
        saves: 0,
        clicks: 7,
        conversions: 1,
      },
    ],
    labels: { channels: { '3': '公众号' } },
  })

  it('should write one flat table with a dimension column, in Chinese by default', () => {
    const lines = campaignReportCsv(report).slice(1).trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      '"维度","编号","名称","阅读/播放（触达人次）","点赞","评论","转发","收藏","互动合计","点击","转化","互动率","点击率","转化率","正面","中性","负面"',
    )
    expect(lines[1]).toBe('"合计","heart","世界心脏日, 2026",100,4,1,0,0,5,7,1,"5.00%","7.00%","14.29%",0,0,0')
    expect(lines[2]).toBe('"KPI 目标","heart","世界心脏日, 2026",200,,,,,10,,,,,,,,')
    expect(lines[3]).toBe('"KPI 完成率","heart","世界心脏日, 2026","50.00%",,,,,"50.00%",,,,,,,,')
    expect(lines.some((line) => line.startsWith('"渠道","3","公众号",100,'))).toBe(true)
    expect(lines.some((line) => line.startsWith(`"内容","articles:9","'=危险标题",100,`))).toBe(true)
    expect(lines.at(-1)).toMatch(/^"日期","2026-09-29","2026-09-29",100,/)
  })

  it('should write English headers when asked', () => {
    expect(campaignReportCsv(report, 'en').slice(1)).toMatch(/^"Dimension","Key","Name","Views \(reach\)"/)
  })
})

describe(percent.name, () => {
  it('should round only for presentation, to two decimals of a percent', () => {
    expect(percent(1 / 3)).toBe('33.33%')
    expect(percent(null)).toBeNull()
  })
})
