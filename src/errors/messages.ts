// User-facing error messages by stable code, Simplified Chinese first. Pure: no Payload imports.

export const ERROR_MESSAGES = {
  'malformed-json': { zh: '请求体不是合法的 JSON。', en: 'The request body is not valid JSON.' },
  'payload-too-large': {
    zh: '请求体过大，上限为 {limit} 字节。',
    en: 'The request body is too large; the limit is {limit} bytes.',
  },
  'route-not-found': { zh: '找不到该地址：{path}', en: 'No such route: {path}' },
  'upload-type-mismatch': {
    zh: '文件内容与声明的类型不符（声明为 {claimed}，实际为 {actual}）。',
    en: 'The file content does not match its declared type (declared {claimed}, found {actual}).',
  },
  'upload-type-not-allowed': {
    zh: '不支持的文件类型：{actual}。',
    en: 'This file type is not accepted: {actual}.',
  },
  'upload-too-large': {
    zh: '文件过大（{size} 字节），上限为 {limit} 字节。',
    en: 'The file is too large ({size} bytes); the limit is {limit} bytes.',
  },
  'image-too-many-pixels': {
    zh: '图片像素过多（{pixels}），上限为 {limit}，可能是解压炸弹。',
    en: 'The image has too many pixels ({pixels}); the limit is {limit}. It may be a decompression bomb.',
  },
  'image-unreadable': { zh: '无法读取该图片文件。', en: 'The image file cannot be read.' },
  'invalid-value': {
    zh: '请求中的编号或取值类型不正确（例如用文字查询数字编号）。',
    en: 'An id or value in the request has the wrong type (for example text where a numeric id is expected).',
  },
  'reference-not-found': {
    zh: '引用的关联文档不存在（例如科室、主题或作者的编号有误）。',
    en: 'A related document the request refers to does not exist.',
  },
  'append-only': {
    zh: '审计记录和签核记录只能追加，任何人都不能修改或删除。',
    en: 'Audit events and sign-offs are append-only: nobody can change or delete them.',
  },
  'consent-guardian-required': {
    zh: '未满 14 周岁患者的授权须由监护人签署，请填写监护人姓名与关系。',
    en: "A patient under 14 needs the guardian's consent: fill in the guardian's name and relationship.",
  },
  'consent-sensitive-purpose': {
    zh: '使用敏感健康信息须单独说明使用目的及对患者的影响。',
    en: 'Using sensitive health information needs its own statement of purpose and impact.',
  },
  'consent-revocation-final': {
    zh: '已撤回的授权不能恢复；如患者重新同意，请新建授权书。',
    en: 'A revoked consent cannot be reinstated; record a new consent if the patient agrees again.',
  },
  'revoke-forbidden': { zh: '只有隐私审核人员或管理员可以撤回授权。', en: 'Only privacy officers and admins can revoke a consent.' },
  'revoke-reason-required': { zh: '请填写撤回原因。', en: 'Give the reason for the revocation.' },
  'consent-not-found': { zh: '找不到该授权书。', en: 'No such consent.' },
  'consent-already-revoked': { zh: '该授权书已被撤回。', en: 'This consent is already revoked.' },
  'correction-rate-limited': {
    zh: '提交过于频繁，请 {minutes} 分钟后再试。',
    en: 'Too many reports from this address; try again in {minutes} minutes.',
  },
  'correction-article-unavailable': {
    zh: '只能对已发布的文章提交纠错。',
    en: 'Corrections can only be reported on published articles.',
  },
  'lexicon-bad-pattern': {
    zh: '正则表达式无法解析：{detail}',
    en: 'The regular expression does not parse: {detail}',
  },
  'check-forbidden': { zh: '请先登录后再使用合规检查。', en: 'Sign in to use the compliance check.' },
  'check-bad-request': {
    zh: '请提供要检查的文本 text（不超过 {limit} 字）和内容类型 kind（article、patient-story 或 campaign）。',
    en: 'Send the text to check (at most {limit} characters) and its kind (article, patient-story or campaign).',
  },
  'workflow-forbidden': { zh: '您的角色不能执行此审核操作。', en: 'Your role cannot take this review action.' },
  'stage-not-allowed': { zh: '您不能签核“{stage}”环节（角色或资质不符）。', en: 'You cannot sign the "{stage}" stage (role or qualification).' },
  'self-review': { zh: '不能审核自己撰写或最后编辑的内容。', en: 'You cannot review content you wrote or last edited.' },
  'duplicate-reviewer': { zh: '同一版本中，每人只能签核一个环节。', en: 'One person signs at most one stage of a version.' },
  'qualification-required': { zh: '该环节剩余的签核须由具备“{qualification}”资质的专家完成。', en: 'The remaining signature of this stage needs the "{qualification}" qualification.' },
  'stage-out-of-order': { zh: '请先完成前一审核环节。', en: 'An earlier stage must be signed first.' },
  'stage-complete': { zh: '该环节已完成签核。', en: 'This stage already has its signatures.' },
  'stale-version': { zh: '内容已被修改，请刷新后审核最新版本。', en: 'The content changed: review the current version.' },
  'state-not-allowed': { zh: '当前状态为“{state}”，不能执行此操作。', en: 'This action is not allowed in state "{state}".' },
  'not-approved': { zh: '内容尚未完成全部审核签核，不能发布。', en: 'The content lacks sign-offs its review policy requires; it cannot be published.' },
  'ad-certificate-invalid': { zh: '医疗广告审查证明缺失或已过期，不能发布。', en: 'The medical advertisement certificate is missing or expired: it cannot be published.' },
  'comment-required': { zh: '退回时请填写修改意见。', en: 'A rejection needs a comment.' },
  'reason-required': { zh: '请填写撤回原因。', en: 'Give a reason.' },
  'bad-workflow-request': { zh: '请求缺少必要字段：{fields}。', en: 'The request lacks: {fields}.' },
  'document-not-found': { zh: '找不到该内容。', en: 'No such document.' },
  'consent-dates': {
    zh: '授权有效期的结束日期必须晚于开始日期。',
    en: 'The consent must end after it starts.',
  },
  'campaign-dates': {
    zh: '活动结束日期不能早于开始日期。',
    en: 'The campaign cannot end before it starts.',
  },
  'distribution-content-missing': { zh: '找不到要分发的内容（{collection} #{id}）。', en: 'The content to distribute does not exist ({collection} #{id}).' },
  'distribution-not-approved': {
    zh: '该内容的当前版本尚未完成全部审核签核，不能分发。',
    en: 'The current version of this content lacks sign-offs its review policy requires; it cannot be distributed.',
  },
  'distribution-stale-version': {
    zh: '指定的版本已不是当前版本（内容已被修改），请按最新审核通过的版本分发。',
    en: 'The given version is no longer current (the content was edited); distribute the approved current version.',
  },
  'distribution-channel-unavailable': { zh: '渠道“{channel}”不存在、未启用或已被接收方停用。', en: 'Channel "{channel}" does not exist, is disabled, or was disabled by its receiver.' },
  'distribution-consent-scope': {
    zh: '患者授权书不允许在“{channel}”渠道发布该故事（{problem}）。',
    en: 'The patient consent does not allow this story on channel "{channel}" ({problem}).',
  },
  'distribution-constraints': { zh: '渲染结果不符合“{channel}”渠道的格式要求：{details}', en: 'The rendering does not meet the format rules of channel "{channel}": {details}' },
  'distribution-not-pending': { zh: '只有待发送的分发可以修改或取消（当前状态：{status}）。', en: 'Only scheduled distributions can be changed or cancelled (now: {status}).' },
  'distribution-not-failed': { zh: '只有发送失败的分发可以手动重试（当前状态：{status}）。', en: 'Only failed distributions can be retried (now: {status}).' },
  'distribution-forbidden': { zh: '只有运营发布人员或管理员可以管理分发。', en: 'Only publishers and admins manage distributions.' },
  'distribution-bad-request': { zh: '分发请求不正确：{details}', en: 'Bad distribution request: {details}' },
  'preview-bad-request': { zh: '预览需要 collection（articles 或 patient-stories）和 id 参数。', en: 'A preview needs collection (articles or patient-stories) and id.' },
  'channel-not-found': { zh: '找不到该渠道。', en: 'No such channel.' },
  'channel-bad-settings': { zh: '渠道设置不正确：{details}', en: 'Bad channel settings: {details}' },
  'metrics-unauthenticated': {
    zh: '请使用具有“回传渠道数据”权限的 API 密钥（请求头 Authorization: users API-Key <密钥>）。',
    en: 'Send an API key holding the metrics-write scope (header Authorization: users API-Key <key>).',
  },
  'metrics-forbidden': { zh: '该账号没有回传渠道数据的权限（需要 metrics-write）。', en: 'This account may not send channel metrics (metrics-write is needed).' },
  'metrics-bad-body': {
    zh: '请求体应为 {"rows": [...]} 或数据行数组。',
    en: 'The body must be {"rows": [...]} or an array of rows.',
  },
  'metrics-too-many-rows': { zh: '一次最多回传 {limit} 行，本次为 {count} 行，请分批发送。', en: 'At most {limit} rows per request ({count} sent); send them in batches.' },
  'metrics-no-valid-rows': { zh: '没有可写入的数据行：{count} 行全部被拒绝。', en: 'No row could be written: all {count} were rejected.' },
  'metrics-bad-row': { zh: '数据行必须是 JSON 对象。', en: 'A row must be a JSON object.' },
  'metrics-bad-distribution': { zh: '分发编号 distribution 缺失或格式不正确（收到 {value}）。', en: 'The distribution id is missing or malformed (got {value}).' },
  'metrics-bad-date': { zh: '日期 date 须为 YYYY-MM-DD 格式的有效日期（收到 {value}）。', en: 'date must be a real date written YYYY-MM-DD (got {value}).' },
  'metrics-bad-count': { zh: '“{field}”须为非负整数（收到 {value}）。', en: '"{field}" must be a non-negative integer (got {value}).' },
  'metrics-unknown-distribution': { zh: '找不到分发 #{id}。', en: 'No distribution #{id}.' },
  'metrics-not-delivered': {
    zh: '分发 #{id} 未送达（{status}），只有已送达或已撤回的内容分发可以回传数据。',
    en: 'Distribution #{id} was not delivered ({status}); only delivered or retracted content distributions take metrics.',
  },
  'metrics-future-date': { zh: '日期 {date} 晚于今天（{today}）。', en: 'The date {date} is after today ({today}).' },
  'metrics-before-delivery': { zh: '日期 {date} 早于该分发的送达日期 {deliveredOn}。', en: 'The date {date} is before the distribution was delivered ({deliveredOn}).' },
  'metrics-duplicate-row': {
    zh: '同一批次中分发 #{id} 在 {date} 的数据重复，已保留第 {first} 行（从 0 起算）。',
    en: 'Distribution #{id} on {date} appears twice in this batch; row {first} (counting from 0) was kept.',
  },
  'metrics-write-failed': { zh: '该行写入数据库失败，请稍后重新发送。', en: 'Writing this row failed; send it again later.' },
  'report-forbidden': { zh: '只有医院工作人员可以查看活动报告。', en: 'Only hospital staff can read campaign reports.' },
  'report-bad-id': { zh: '活动编号格式不正确：{id}。', en: 'Malformed campaign id: {id}.' },
  'report-bad-format': { zh: '不支持的报告格式：{format}（可选 json 或 csv）。', en: 'Unknown report format: {format} (json or csv).' },
  'campaign-not-found': { zh: '找不到该营销活动。', en: 'No such campaign.' },
  'reminders-forbidden': { zh: '只有管理员可以手动运行策划提醒任务。', en: 'Only admins can run the planning-reminder job by hand.' },
} as const satisfies Record<string, { zh: string; en: string }>

export type ErrorCode = keyof typeof ERROR_MESSAGES
export type Language = 'zh' | 'en'

/** The language to answer in, from an i18n language or an Accept-Language header; Chinese by default. */
export const pickLanguage = (hint: string | null | undefined): Language => {
  if (!hint) return 'zh'
  const first = hint.split(',')[0]?.trim().toLowerCase() ?? ''
  return first.startsWith('en') ? 'en' : 'zh'
}

export const errorMessage = (
  code: ErrorCode,
  language: Language,
  params: Record<string, string | number> = {},
): string =>
  ERROR_MESSAGES[code][language].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  )
