import { describe, expect, it } from 'vitest'

import { deadlineNotice, submissionNotice } from './messages'

const base = {
  hospital: '示范医院',
  reference: 'TG-20261126-0A1B2C3D',
  title: '陪孩子打完最后一针',
  trackingUrl: 'https://cms/submit/track',
}

describe(submissionNotice.name, () => {
  it('should name the piece and its reference in every notice, and carry the note of a return or a decline', () => {
    for (const event of ['received', 'accepted', 'changes-requested', 'declined', 'published', 'withdrawn'] as const) {
      const notice = submissionNotice({ ...base, event, note: '请补充就诊时间。' })
      expect(notice.subject).toContain(base.reference)
      expect(notice.text).toContain(base.title)
      expect(notice.text).toContain(base.trackingUrl)
    }
    expect(submissionNotice({ ...base, event: 'changes-requested', note: '请补充就诊时间。' }).text).toContain(
      '请补充就诊时间。',
    )
    expect(submissionNotice({ ...base, event: 'declined', note: '内容重复' }).text).toContain('内容重复')
    expect(submissionNotice({ ...base, event: 'published', link: 'https://site/a' }).text).toContain('https://site/a')
  })

  it("should say a piece is taken down without the staff's reason or a link", () => {
    const notice = submissionNotice({
      ...base,
      event: 'withdrawn',
      note: '舆情事件 #12：涉及另一位患者',
      link: 'https://site/a',
    })
    expect(notice.subject).toContain('已下线')
    expect(notice.text).not.toContain('舆情')
    expect(notice.text).not.toContain('https://site/a')
  })
})

describe(deadlineNotice.name, () => {
  it('should give the deadline in the hospital’s time and name the routed reviewers', () => {
    const remind = deadlineNotice({
      action: 'remind',
      title: '冬季心脏保健',
      stage: '医学审核',
      dueAt: new Date('2026-11-27T02:00:00Z'),
      reviewers: ['赵晓岚', '陈思源'],
      timeZone: 'Asia/Shanghai',
    })
    expect(remind.subject).toContain('审核提醒')
    expect(remind.text).toContain('10:00')
    expect(remind.text).toContain('赵晓岚、陈思源')
    const escalate = deadlineNotice({
      action: 'escalate',
      title: 'x',
      stage: '初审',
      dueAt: new Date(),
      reviewers: [],
      timeZone: 'Asia/Shanghai',
    })
    expect(escalate.subject).toContain('审核超时')
    expect(escalate.text).toContain('科室主任')
  })
})
