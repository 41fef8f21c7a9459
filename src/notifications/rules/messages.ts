// What the product tells people, composed from plain facts: submitters when their piece moves,
// reviewers when a stage nears or passes its deadline. Simplified Chinese. Pure.

export type Notice = { subject: string; text: string }

export type SubmissionNoticeEvent =
  'received' | 'accepted' | 'changes-requested' | 'declined' | 'published' | 'withdrawn'

export const submissionNotice = ({
  event,
  hospital,
  reference,
  title,
  trackingUrl,
  note,
  link,
}: {
  event: SubmissionNoticeEvent
  hospital: string
  reference: string
  title: string
  trackingUrl: string
  note?: string | null
  link?: string | null
}): Notice => {
  const head = `您好！您向${hospital}投稿的《${title}》（编号 ${reference}）`
  const follow = trackingUrl ? `\n\n查看进度：${trackingUrl}` : ''
  switch (event) {
    case 'received':
      return {
        subject: `【${hospital}】已收到您的投稿 ${reference}`,
        text: `${head}已收到。运营同事将在审核后告知您结果。${follow}`,
      }
    case 'accepted':
      return {
        subject: `【${hospital}】您的投稿已被采用 ${reference}`,
        text: `${head}已被采用，正在进行医学与合规审核，发布后我们会再通知您。${follow}`,
      }
    case 'changes-requested':
      return {
        subject: `【${hospital}】请补充修改您的投稿 ${reference}`,
        text: `${head}需要补充修改：\n${note ?? ''}\n\n请通过跟踪链接修改后重新提交。${follow}`,
      }
    case 'declined':
      return {
        subject: `【${hospital}】关于您的投稿 ${reference}`,
        text: `${head}经评估暂不采用。原因：${note ?? ''}\n\n感谢您的分享与支持。${follow}`,
      }
    case 'published':
      return {
        subject: `【${hospital}】您的投稿已发布 ${reference}`,
        text: `${head}已审核通过并发布。${link ? `\n\n阅读链接：${link}` : ''}\n\n欢迎您在文章页留下反馈。${follow}`,
      }
    // The staff's reason stays inside the hospital: it may name an incident or another person.
    case 'withdrawn':
      return {
        subject: `【${hospital}】您的投稿作品已下线 ${reference}`,
        text: `${head}所形成的作品已暂时下线，目前不再公开展示。如有疑问，请联系医院宣传部门。${follow}`,
      }
  }
}

export const deadlineNotice = ({
  action,
  title,
  stage,
  dueAt,
  reviewers,
  timeZone,
}: {
  action: 'remind' | 'escalate'
  title: string
  stage: string
  dueAt: Date
  reviewers: string[]
  timeZone: string
}): Notice => {
  const due = dueAt.toLocaleString('zh-CN', { timeZone, hour12: false })
  const who = reviewers.length > 0 ? reviewers.join('、') : '（无分派审核人）'
  return action === 'remind'
    ? {
        subject: `【审核提醒】《${title}》${stage}将于 ${due} 到期`,
        text: `《${title}》的「${stage}」环节将于 ${due} 到期，请尽快审核。\n分派审核人：${who}`,
      }
    : {
        subject: `【审核超时】《${title}》${stage}已超过时限`,
        text: `《${title}》的「${stage}」环节已于 ${due} 超过时限，已上报科室主任。\n分派审核人：${who}`,
      }
}
