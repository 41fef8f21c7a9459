// User-facing error messages by stable code, Simplified Chinese first. Pure: no Payload imports.

export const ERROR_MESSAGES = {
  'malformed-json': { zh: '请求体不是合法的 JSON。', en: 'The request body is not valid JSON.' },
  // Accounts and sessions (issue #8 item 8): passwords, API keys, sign-in limits and cross-site
  // requests.
  'password-too-short': {
    zh: '密码至少需要 {min} 个字符。',
    en: 'The password must be at least {min} characters long.',
  },
  'password-too-common': {
    zh: '密码过于常见或容易猜到（常用密码、键盘顺序、重复字符或账号自身的邮箱/姓名），请换一个更长、更不规则的密码，例如几个不相关词语的组合。',
    en: "This password is too common or easy to guess (a frequent password, a keyboard run, repeats, or the account's own e-mail or name); choose a longer, less predictable one, such as several unrelated words.",
  },
  'api-key-admin-only': {
    zh: '只有系统管理员可以签发或更换 API 密钥。',
    en: 'Only administrators issue or change API keys.',
  },
  'api-keys-forbidden': { zh: '只有系统管理员可以查看 API 密钥清单。', en: 'Only administrators can list API keys.' },
  'api-key-expired': {
    zh: '该 API 密钥已过期，请联系系统管理员重新签发。',
    en: 'This API key has expired; ask an administrator for a new one.',
  },
  'account-deactivated': {
    zh: '该账号已停用，其登录会话和 API 密钥均已失效。',
    en: 'This account is deactivated: its sessions and API keys no longer work.',
  },
  'login-rate-limited': {
    zh: '来自该地址的登录尝试过于频繁，请 {minutes} 分钟后再试。',
    en: 'Too many sign-in attempts from this address; try again in {minutes} minutes.',
  },
  'graphql-login-batch': {
    zh: '一个 GraphQL 请求最多只能登录一次。',
    en: 'A GraphQL request may sign in at most once.',
  },
  'cross-origin-refused': {
    zh: '已拒绝跨站请求：来源 {origin} 不是本站，也不在允许的来源之列。',
    en: 'Cross-site request refused: {origin} is neither this site nor an allowed origin.',
  },
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
  // Video uploads (issue #11): read with ffprobe, poster frame cut with ffmpeg.
  'video-unreadable': {
    zh: '无法读取该视频文件（{reason}），请确认文件完整且为 MP4、MOV 或 WebM 视频。',
    en: 'The video file cannot be read ({reason}); check that it is a complete MP4, MOV or WebM video.',
  },
  // A 503: the envelope shows 5xx messages without parameters, so this one names the tools itself.
  'video-tools-missing': {
    zh: '服务器未安装视频处理工具 ffprobe/ffmpeg（Debian 软件包 ffmpeg），暂时不能上传视频，图片上传不受影响。请管理员运行：apt-get install -y ffmpeg',
    en: 'The server lacks the video tools ffprobe/ffmpeg (Debian package ffmpeg), so videos cannot be uploaded for now; images still can. An administrator should run: apt-get install -y ffmpeg',
  },
  'not-a-video': {
    zh: '“视频”只能选择媒体库中已上传的视频文件（MP4、MOV 或 WebM），#{id} 不是视频。',
    en: 'The video field takes an uploaded video (MP4, MOV or WebM) from the media library; #{id} is not one.',
  },
  'subtitles-invalid': {
    zh: '字幕须为 SRT 或 WebVTT 格式：{problem}。',
    en: 'Subtitles must be an SRT or WebVTT file: {problem}.',
  },
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
  'revoke-forbidden': {
    zh: '只有隐私审核人员或管理员可以撤回授权。',
    en: 'Only privacy officers and admins can revoke a consent.',
  },
  'revoke-reason-required': { zh: '请填写撤回原因。', en: 'Give the reason for the revocation.' },
  'consent-not-found': { zh: '找不到该授权书。', en: 'No such consent.' },
  'consent-already-revoked': { zh: '该授权书已被撤回。', en: 'This consent is already revoked.' },
  // Personal data protection (issue #13, src/privacy).
  'data-purpose-invalid': {
    zh: '查阅目的“{purpose}”无效，可选：{allowed}。',
    en: 'Unknown purpose "{purpose}"; use one of: {allowed}.',
  },
  'data-purpose-required': {
    zh: '查阅授权书文件前请先选择查阅目的。',
    en: 'Choose a purpose before opening a signed consent document.',
  },
  'encrypted-field-query': {
    zh: '“{field}”已加密存储，只能按完全相同的值查询（equals、in、not_equals、not_in、exists），不能用 {operator} 或按其排序。',
    en: '"{field}" is stored encrypted: query it by exact value only (equals, in, not_equals, not_in, exists), not with {operator} or as a sort.',
  },
  'encrypted-value-refused': {
    zh: '“{field}”不能直接写入密文。',
    en: '"{field}" does not take ciphertext as input.',
  },
  'encrypted-value-too-long': {
    zh: '“{field}”最多 {max} 个字符。',
    en: '"{field}" takes at most {max} characters.',
  },
  'personal-data-erased': {
    zh: '此人的身份信息已被删除（密钥已销毁），不能再修改或导出。',
    en: "This person's identifying data was erased (its key destroyed): it can no longer be changed or exported.",
  },
  'erase-forbidden': {
    zh: '只有隐私审核人员或管理员可以删除或导出个人信息。',
    en: 'Only privacy officers and admins can erase or export personal data.',
  },
  'erase-reason-required': { zh: '请填写删除原因。', en: 'Give the reason for the erasure.' },
  'erase-not-due': {
    zh: '只能删除已撤回或保存期限已满（{due}）的授权书的个人信息。',
    en: 'Only a revoked consent, or one past its retention period ({due}), can be erased.',
  },
  'consent-erased-final': {
    zh: '个人信息已删除的授权书不能再修改。',
    en: 'A consent whose personal data was erased cannot be changed.',
  },
  // Co-creation (issue #11): the public submission form, its tracking link and operations' triage.
  'submission-field-invalid': {
    zh: '投稿内容不完整或格式不正确：{field}。',
    en: 'A field of the submission is missing or malformed: {field}.',
  },
  'submission-contact-invalid': {
    zh: '请填写有效的电子邮箱或手机号码，以便我们告知处理结果。',
    en: 'Enter a valid e-mail address or mobile number so we can tell you the outcome.',
  },
  'submission-consent-required': {
    zh: '讲述患者经历的投稿须同时签署隐私授权书。',
    en: 'A submission about a patient needs a signed consent.',
  },
  'submission-consent-not-agreed': {
    zh: '请阅读并勾选同意隐私授权书。',
    en: 'Read the consent and tick that you agree.',
  },
  'submission-guardian-required': {
    zh: '患者未满十四周岁，须由监护人签署授权书，请填写监护人姓名及与患者关系。',
    en: "The patient is under 14: a guardian signs; enter the guardian's name and relationship.",
  },
  'submission-signature-mismatch': {
    zh: '签名须与签署人姓名一致（未满十四周岁为监护人，否则为患者本人）。',
    en: 'The signature must match the signer’s name (the guardian under 14, otherwise the patient).',
  },
  'submission-pow-invalid': {
    zh: '页面校验未通过，请刷新页面后重新提交。',
    en: 'The page check failed; reload the page and submit again.',
  },
  'submission-pow-expired': {
    zh: '页面停留时间过长，校验已失效，请刷新页面后重新提交。',
    en: 'The page check has expired; reload the page and submit again.',
  },
  'submission-challenge-spent': {
    zh: '该页面已提交过一次，请刷新页面后再提交新的投稿。',
    en: 'This page was already submitted; reload it to send another submission.',
  },
  'submission-rate-limited': {
    zh: '提交过于频繁，请 {minutes} 分钟后再试。',
    en: 'Too many submissions from this address; try again in {minutes} minutes.',
  },
  'submission-not-found': {
    zh: '找不到该投稿，请检查跟踪链接是否完整。',
    en: 'No such submission; check that the tracking link is complete.',
  },
  'submission-state': {
    zh: '投稿当前状态（{status}）下不能进行此操作。',
    en: 'This cannot be done while the submission is {status}.',
  },
  'submission-forbidden': {
    zh: '只有运营人员可以处理投稿。',
    en: 'Only operations staff triage submissions.',
  },
  'submission-note-required': {
    zh: '请填写修改意见或不予采用的原因，投稿人会看到这段说明。',
    en: 'Write the changes requested or the reason; the submitter will read it.',
  },
  'submission-files-limit': {
    zh: '每份投稿最多上传 {max} 个附件。',
    en: 'A submission takes at most {max} files.',
  },
  'submission-file-required': {
    zh: '请选择要上传的文件。',
    en: 'Choose a file to upload.',
  },
  'deadline-as-of-invalid': {
    zh: 'asOf 须为当前或将来的时间（ISO 8601）。',
    en: 'asOf must be the present or a later moment (ISO 8601).',
  },
  // The opinion desk (issue #12): mentions from monitoring services.
  'incident-forbidden': {
    zh: '只有运营、发布人员和系统管理员可以处理舆情事件。',
    en: 'Only operations, publishers and administrators handle incidents.',
  },
  'incident-not-found': { zh: '找不到该舆情事件。', en: 'No such incident.' },
  'incident-state': {
    zh: '舆情事件当前状态（{status}）下不能进行此操作。',
    en: 'This cannot be done while the incident is {status}.',
  },
  'incident-review-required': {
    zh: '结案须填写复盘（至少 10 个字）。',
    en: 'Closing takes a review (10 characters or more).',
  },
  'incident-piece-invalid': {
    zh: '请指明要撤下的内容（文章或患者故事）及原因。',
    en: 'Name the piece to withdraw (an article or a patient story) and the reason.',
  },
  'statement-forbidden': {
    zh: '只有宣传编辑、运营、发布人员和系统管理员可以起草回应声明。',
    en: 'Only editors, operations, publishers and administrators draft holding statements.',
  },
  'statement-invalid': {
    zh: '回应声明的“{field}”缺失或不合规（标题≤120字，正文≤5000字，摘要≤500字，渠道须为已有渠道）。',
    en: 'The statement\'s "{field}" is missing or invalid (title ≤120, body ≤5000, summary ≤500 characters; channels must exist).',
  },
  'statement-layer-reserved': {
    zh: '“回应声明”层级只用于从舆情事件起草的声明。',
    en: 'The statement layer is only for statements drafted from an incident.',
  },
  'statement-layer-locked': {
    zh: '回应声明的层级不能更改。',
    en: 'A holding statement stays in the statement layer.',
  },
  'mentions-bad-body': {
    zh: '请求体应为舆情信息数组，或 {"mentions": [...]}。',
    en: 'The body must be an array of mentions, or {"mentions": [...]}.',
  },
  'mentions-too-many': {
    zh: '一次最多提交 {limit} 条舆情信息（本次 {count} 条），请分批提交。',
    en: 'At most {limit} mentions per request ({count} sent); send them in batches.',
  },
  'mentions-bad-field': {
    zh: '舆情信息的字段 {field} 缺失或格式不正确。',
    en: 'The mention field {field} is missing or malformed.',
  },
  'mentions-no-valid-rows': {
    zh: '{count} 条舆情信息均未通过校验，未写入任何内容。',
    en: 'None of the {count} mentions passed the checks; nothing was written.',
  },
  'mentions-write-failed': {
    zh: '该条舆情信息写入失败，请重试。',
    en: 'This mention could not be written; send it again.',
  },
  'mentions-unauthenticated': { zh: '请使用 API 密钥提交舆情信息。', en: 'Send mentions with an API key.' },
  'mentions-forbidden': {
    zh: '该 API 密钥没有提交舆情信息的权限（mentions-write）。',
    en: 'This API key may not send mentions (scope mentions-write).',
  },
  'correction-rate-limited': {
    zh: '提交过于频繁，请 {minutes} 分钟后再试。',
    en: 'Too many reports from this address; try again in {minutes} minutes.',
  },
  'correction-article-unavailable': {
    zh: '只能对一篇已发布的文章或患者故事提交纠错与反馈。',
    en: 'Corrections and feedback go to one published article or patient story.',
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
  'stage-not-allowed': {
    zh: '您不能签核“{stage}”环节（角色或资质不符）。',
    en: 'You cannot sign the "{stage}" stage (role or qualification).',
  },
  'self-review': {
    zh: '不能审核自己撰写或最后编辑的内容。',
    en: 'You cannot review content you wrote or last edited.',
  },
  'duplicate-reviewer': {
    zh: '同一版本中，每人只能签核一个环节。',
    en: 'One person signs at most one stage of a version.',
  },
  'qualification-required': {
    zh: '该环节剩余的签核须由具备“{qualification}”资质的专家完成。',
    en: 'The remaining signature of this stage needs the "{qualification}" qualification.',
  },
  'stage-out-of-order': { zh: '请先完成前一审核环节。', en: 'An earlier stage must be signed first.' },
  'stage-complete': { zh: '该环节已完成签核。', en: 'This stage already has its signatures.' },
  'stale-version': {
    zh: '内容已被修改，请刷新后审核最新版本。',
    en: 'The content changed: review the current version.',
  },
  'state-not-allowed': {
    zh: '当前状态为“{state}”，不能执行此操作。',
    en: 'This action is not allowed in state "{state}".',
  },
  'not-approved': {
    zh: '内容尚未完成全部审核签核，不能发布。',
    en: 'The content lacks sign-offs its review policy requires; it cannot be published.',
  },
  'ad-certificate-invalid': {
    zh: '医疗广告审查证明缺失或已过期，不能发布。',
    en: 'The medical advertisement certificate is missing or expired: it cannot be published.',
  },
  'comment-required': { zh: '退回时请填写修改意见。', en: 'A rejection needs a comment.' },
  'anchor-invalid': {
    zh: '第 {index} 条批注无效：{reason}',
    en: 'Anchored comment {index} is invalid: {reason}',
  },
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
  'distribution-content-missing': {
    zh: '找不到要分发的内容（{collection} #{id}）。',
    en: 'The content to distribute does not exist ({collection} #{id}).',
  },
  'distribution-not-approved': {
    zh: '该内容的当前版本尚未完成全部审核签核，不能分发。',
    en: 'The current version of this content lacks sign-offs its review policy requires; it cannot be distributed.',
  },
  'distribution-stale-version': {
    zh: '指定的版本已不是当前版本（内容已被修改），请按最新审核通过的版本分发。',
    en: 'The given version is no longer current (the content was edited); distribute the approved current version.',
  },
  'distribution-channel-unavailable': {
    zh: '渠道“{channel}”不存在、未启用或已被接收方停用。',
    en: 'Channel "{channel}" does not exist, is disabled, or was disabled by its receiver.',
  },
  'distribution-consent-scope': {
    zh: '患者授权书不允许在“{channel}”渠道发布该故事（{problem}）。',
    en: 'The patient consent does not allow this story on channel "{channel}" ({problem}).',
  },
  'distribution-constraints': {
    zh: '渲染结果不符合“{channel}”渠道的格式要求：{details}',
    en: 'The rendering does not meet the format rules of channel "{channel}": {details}',
  },
  'distribution-not-pending': {
    zh: '只有待发送的分发可以修改或取消（当前状态：{status}）。',
    en: 'Only scheduled distributions can be changed or cancelled (now: {status}).',
  },
  'distribution-not-failed': {
    zh: '只有发送失败的分发可以手动重试（当前状态：{status}）。',
    en: 'Only failed distributions can be retried (now: {status}).',
  },
  'distribution-forbidden': {
    zh: '只有运营发布人员或管理员可以管理分发。',
    en: 'Only publishers and admins manage distributions.',
  },
  'distribution-bad-request': { zh: '分发请求不正确：{details}', en: 'Bad distribution request: {details}' },
  'preview-bad-request': {
    zh: '预览需要 collection（articles 或 patient-stories）和 id 参数。',
    en: 'A preview needs collection (articles or patient-stories) and id.',
  },
  'channel-not-found': { zh: '找不到该渠道。', en: 'No such channel.' },
  'channel-bad-settings': { zh: '渠道设置不正确：{details}', en: 'Bad channel settings: {details}' },
  // Issue #15 parts 4–5: the change feed's cursor and page size, site subscriptions.
  'change-cursor-invalid': {
    zh: 'since 不是有效的游标，请使用上一次应答中的 next。',
    en: 'since is not a valid cursor; pass the next value of an earlier answer.',
  },
  'change-limit-invalid': { zh: 'limit 须为 1–500 的整数。', en: 'limit must be a whole number from 1 to 500.' },
  'site-subscription-not-found': { zh: '找不到该站点订阅。', en: 'No such site subscription.' },
  // Issue #8 item 6: webhook targets and who manages channel endpoints.
  'webhook-target-refused': {
    zh: 'Webhook 地址不能指向本机、内网、链路本地、保留或云元数据地址（{detail}）；如确需内网接收方，请由管理员设置 WEBHOOK_ALLOW_PRIVATE=1。',
    en: 'The webhook URL must not point to a loopback, private, link-local, reserved or cloud-metadata address ({detail}); an admin may allow private receivers with WEBHOOK_ALLOW_PRIVATE=1.',
  },
  'channel-endpoint-forbidden': {
    zh: '只有管理员可以设置渠道的投递适配器、Webhook 地址、签名密钥和对象前缀（{field}）；运营人员可以启用或停用渠道、修改名称和格式限制。',
    en: "Only admins set a channel's delivery adapter, webhook URL, signing secret and object prefix ({field}); publishers may enable or disable a channel and edit its name and limits.",
  },
  'metrics-unauthenticated': {
    zh: '请使用具有“回传渠道数据”权限的 API 密钥（请求头 Authorization: users API-Key <密钥>）。',
    en: 'Send an API key holding the metrics-write scope (header Authorization: users API-Key <key>).',
  },
  'metrics-forbidden': {
    zh: '该账号没有回传渠道数据的权限（需要 metrics-write）。',
    en: 'This account may not send channel metrics (metrics-write is needed).',
  },
  'metrics-bad-body': {
    zh: '请求体应为 {"rows": [...]} 或数据行数组。',
    en: 'The body must be {"rows": [...]} or an array of rows.',
  },
  'metrics-too-many-rows': {
    zh: '一次最多回传 {limit} 行，本次为 {count} 行，请分批发送。',
    en: 'At most {limit} rows per request ({count} sent); send them in batches.',
  },
  'metrics-no-valid-rows': {
    zh: '没有可写入的数据行：{count} 行全部被拒绝。',
    en: 'No row could be written: all {count} were rejected.',
  },
  'metrics-bad-row': { zh: '数据行必须是 JSON 对象。', en: 'A row must be a JSON object.' },
  'metrics-bad-distribution': {
    zh: '分发编号 distribution 缺失或格式不正确（收到 {value}）。',
    en: 'The distribution id is missing or malformed (got {value}).',
  },
  'metrics-bad-date': {
    zh: '日期 date 须为 YYYY-MM-DD 格式的有效日期（收到 {value}）。',
    en: 'date must be a real date written YYYY-MM-DD (got {value}).',
  },
  'metrics-bad-count': {
    zh: '“{field}”须为非负整数（收到 {value}）。',
    en: '"{field}" must be a non-negative integer (got {value}).',
  },
  'metrics-unknown-distribution': { zh: '找不到分发 #{id}。', en: 'No distribution #{id}.' },
  'metrics-not-delivered': {
    zh: '分发 #{id} 未送达（{status}），只有已送达或已撤回的内容分发可以回传数据。',
    en: 'Distribution #{id} was not delivered ({status}); only delivered or retracted content distributions take metrics.',
  },
  'metrics-future-date': { zh: '日期 {date} 晚于今天（{today}）。', en: 'The date {date} is after today ({today}).' },
  'metrics-before-delivery': {
    zh: '日期 {date} 早于该分发的送达日期 {deliveredOn}。',
    en: 'The date {date} is before the distribution was delivered ({deliveredOn}).',
  },
  'metrics-duplicate-row': {
    zh: '同一批次中分发 #{id} 在 {date} 的数据重复，已保留第 {first} 行（从 0 起算）。',
    en: 'Distribution #{id} on {date} appears twice in this batch; row {first} (counting from 0) was kept.',
  },
  'metrics-write-failed': {
    zh: '该行写入数据库失败，请稍后重新发送。',
    en: 'Writing this row failed; send it again later.',
  },
  'report-forbidden': {
    zh: '只有医院工作人员可以查看活动报告。',
    en: 'Only hospital staff can read campaign reports.',
  },
  'report-bad-id': { zh: '活动编号格式不正确：{id}。', en: 'Malformed campaign id: {id}.' },
  'report-bad-format': {
    zh: '不支持的报告格式：{format}（可选 json 或 csv）。',
    en: 'Unknown report format: {format} (json or csv).',
  },
  'campaign-not-found': { zh: '找不到该营销活动。', en: 'No such campaign.' },
  // The four-dimension evaluation (issue #12): account metrics, business events, social indicators, PDF.
  'ingest-duplicate-row': {
    zh: '同一批次中 {key} 重复，已保留第 {first} 行（从 0 起算）。',
    en: '{key} appears twice in this batch; row {first} (counting from 0) was kept.',
  },
  'account-bad-account': {
    zh: '账号 account 缺失或格式不正确（1–100 个字母、数字或 _.@:-，收到 {value}）。',
    en: 'account is missing or malformed (1–100 letters, digits or _.@:-; got {value}).',
  },
  'account-bad-relation': {
    zh: '“{field}”须为编号（收到 {value}）。',
    en: '"{field}" must be an id (got {value}).',
  },
  'account-unknown-relation': { zh: '找不到“{field}” #{id}。', en: 'No {field} #{id}.' },
  'account-bad-share': {
    zh: '本院声量 mentions（{mentions}）不能大于行业总声量 categoryMentions（{categoryMentions}）。',
    en: 'mentions ({mentions}) cannot exceed categoryMentions ({categoryMentions}).',
  },
  'business-bad-id': {
    zh: '事件编号 id 缺失或格式不正确（1–100 个字母、数字或 _.:-，收到 {value}）。',
    en: 'The event id is missing or malformed (1–100 letters, digits or _.:-; got {value}).',
  },
  'business-bad-kind': {
    zh: '事件类型 kind 须为 appointment（预约挂号）、consultation（在线咨询）或 sign-up（活动报名）（收到 {value}）。',
    en: 'kind must be appointment, consultation or sign-up (got {value}).',
  },
  'business-bad-time': {
    zh: '发生时间 occurredAt 须为 ISO 8601 时间，例如 2026-09-29T10:30:00+08:00（收到 {value}）。',
    en: 'occurredAt must be an ISO 8601 time such as 2026-09-29T10:30:00+08:00 (got {value}).',
  },
  'business-future-time': { zh: '发生时间 {value} 晚于当前时间。', en: 'occurredAt {value} is in the future.' },
  'business-bad-landing': {
    zh: '落地页 landingPage 须为 http(s) 地址（收到 {value}）。',
    en: 'landingPage must be an http(s) URL (got {value}).',
  },
  'business-bad-utm': {
    zh: '“{field}”须为不超过 200 个字符的文本（收到 {value}）。',
    en: '"{field}" must be text of at most 200 characters (got {value}).',
  },
  'business-unknown-campaign': {
    zh: 'utm_campaign “{slug}”不是任何营销活动的标识。',
    en: 'utm_campaign "{slug}" is not the slug of any campaign.',
  },
  'social-bad-campaign': {
    zh: '营销活动 campaign 须为活动编号或标识（收到 {value}）。',
    en: 'campaign must be a campaign id or slug (got {value}).',
  },
  'social-unknown-campaign': { zh: '找不到营销活动“{value}”。', en: 'No campaign "{value}".' },
  'social-bad-indicator': {
    zh: '指标 indicator 须为 screening-uptake、vaccination-uptake、quiz-score 或 volunteer-hours（收到 {value}）。',
    en: 'indicator must be screening-uptake, vaccination-uptake, quiz-score or volunteer-hours (got {value}).',
  },
  'social-bad-value': {
    zh: '“{field}”须为 0 到 {limit} 之间的数（收到 {value}）。',
    en: '"{field}" must be a number from 0 to {limit} (got {value}).',
  },
  'evaluation-bad-format': {
    zh: '不支持的评估报告格式：{format}（可选 json、csv 或 pdf）。',
    en: 'Unknown evaluation format: {format} (json, csv or pdf).',
  },
  // A 503: the envelope shows 5xx messages without parameters, so this one names the package itself.
  'pdf-font-missing': {
    zh: '服务器上没有可用的中文字体，暂时不能生成 PDF（CSV 不受影响）。请管理员安装 Debian 软件包 fonts-wqy-zenhei（apt-get install -y fonts-wqy-zenhei），或用环境变量 PDF_FONT_PATH 指定一个简体中文 TTF/OTF/TTC 字体文件。',
    en: 'The server has no usable Chinese font, so PDFs cannot be made for now (CSV still works). An administrator should install the Debian package fonts-wqy-zenhei (apt-get install -y fonts-wqy-zenhei) or point PDF_FONT_PATH at a Simplified Chinese TTF/OTF/TTC font file.',
  },
  'doctor-ip-forbidden': {
    zh: '只有医院工作人员可以查看医生IP数据。',
    en: "Only hospital staff can read a doctor's IP page.",
  },
  'doctor-bad-id': { zh: '专家编号格式不正确：{id}。', en: 'Malformed doctor id: {id}.' },
  'doctor-not-found': { zh: '找不到该专家。', en: 'No such doctor.' },
  'doctor-ip-bad-page': {
    zh: '分页参数不正确：page 须为 1–1000，limit 须为 1–50（收到 {value}）。',
    en: 'Bad paging: page must be 1–1000 and limit 1–50 (got {value}).',
  },
  // The review gate's integrity rules (issue #8).
  'publish-through-workflow': {
    zh: '只能通过审核流程的“发布”操作（运营发布人员）发布内容，不能直接修改发布状态。',
    en: 'Content is published only through the workflow publish action (by a publisher), never by setting its status.',
  },
  'published-at-locked': {
    zh: '发布时间由发布操作自动记录，不能修改。',
    en: 'The publication time is recorded by the publish action and cannot be changed.',
  },
  'bad-locale-write': {
    zh: '请指定一种语言保存内容（zh-CN、zh-TW 或 en）。',
    en: 'Save content in one locale (zh-CN, zh-TW or en).',
  },
  'media-file-immutable': {
    zh: '已上传的文件不能替换：请上传新文件，再在内容中改用新文件。',
    en: 'An uploaded file cannot be replaced: upload a new file and use it in the content instead.',
  },
  'media-in-use': {
    zh: '该媒体文件正被审核中或已通过审核/已发布的内容使用（{titles}），不能修改或删除；请上传新文件。',
    en: 'This media file is used by content in review, approved or published ({titles}); it cannot be changed or deleted. Upload a new file instead.',
  },
  'linked-record-admin-only': {
    zh: '专家的姓名、职称、科室等署名信息只能由管理员修改。',
    en: "Only admins can change an author's name, title, department or linked account.",
  },
  'check-consent-forbidden': {
    zh: '只有隐私审核人员、管理员或该授权书所属故事的编辑可以用授权书核对患者姓名。',
    en: 'Only privacy officers, admins and the editors of the story a consent belongs to can check text against it.',
  },
  'check-rate-limited': {
    zh: '合规检查请求过于频繁，请稍后再试。',
    en: 'Too many compliance checks; try again shortly.',
  },
  'reminders-forbidden': {
    zh: '只有管理员可以手动运行策划提醒任务。',
    en: 'Only admins can run the planning-reminder job by hand.',
  },
  // Public search (GET /api/search, issue #15 part 7).
  'search-query-required': {
    zh: '请用参数 q 给出要搜索的词语。',
    en: 'Give the words to search for in the q parameter.',
  },
  'search-query-too-long': {
    zh: '搜索词过长，最多 {max} 个字符。',
    en: 'The search query is too long; at most {max} characters.',
  },
  // The error envelope (src/errors/envelope.ts): Payload's own errors, the host's refusals of
  // malformed requests, and what every other status falls back to.
  'bad-request': { zh: '请求不正确。', en: 'Bad request.' },
  'not-found': { zh: '找不到请求的内容。', en: 'Not found.' },
  'file-not-found': { zh: '找不到该文件。', en: 'No such file.' },
  forbidden: { zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  unauthorized: { zh: '请先登录。', en: 'Sign in first.' },
  'invalid-credentials': { zh: '邮箱或密码不正确。', en: 'The email or password is incorrect.' },
  locked: { zh: '该账号或文档已被锁定，请稍后再试。', en: 'This account or document is locked; try again later.' },
  'validation-failed': { zh: '以下字段无效：{fields}', en: 'These fields are invalid: {fields}' },
  'invalid-query': { zh: '查询参数不正确：{details}', en: 'Bad query parameter: {details}' },
  'duplicate-query-parameter': {
    zh: '查询参数“{name}”重复出现，每个参数只能给一次。',
    en: 'The query parameter "{name}" is given more than once.',
  },
  'unknown-locale': {
    zh: '不支持的语言：{locale}（可用：{locales}、all）。',
    en: 'Unknown locale: {locale} (available: {locales}, all).',
  },
  'cors-origin-refused': {
    zh: '该来源（{origin}）不在允许跨域访问的名单中。',
    en: 'This origin ({origin}) may not call the API from a browser.',
  },
  'json-body-not-object': {
    zh: '请求体应为 JSON 对象（或数组），收到的是 {type}。',
    en: 'The request body must be a JSON object (or array), not {type}.',
  },
  'json-too-deep': {
    zh: 'JSON 嵌套层级过深，上限为 {limit} 层。',
    en: 'The JSON is nested too deeply; the limit is {limit} levels.',
  },
  'malformed-multipart': {
    zh: '请求声明为 multipart/form-data，但请求体不是合法的表单数据。',
    en: 'The body is declared multipart/form-data but is not a valid multipart form.',
  },
  'graphql-fragment-cycle': {
    zh: 'GraphQL 片段不能循环引用（{fragment}）。',
    en: 'GraphQL fragments cannot spread each other in a cycle ({fragment}).',
  },
  'graphql-invalid': { zh: 'GraphQL 查询无效：{details}', en: 'Invalid GraphQL query: {details}' },
  conflict: {
    zh: '与已有数据冲突（例如复制了其他文档中行的编号）；请去掉冲突的编号后重试。',
    en: 'This conflicts with existing data (for example row ids copied from another document); remove them and try again.',
  },
  'in-use': {
    zh: '该文档仍被其他记录引用，不能删除。',
    en: 'Other records still refer to this document; it cannot be deleted.',
  },
  'user-has-history': {
    zh: '该用户有 {signOffs} 条签核记录和 {auditEvents} 条审计记录，不能删除；请改为勾选“已停用”。',
    en: 'This user has {signOffs} sign-offs and {auditEvents} audit events and cannot be deleted; tick "Deactivated" instead.',
  },
  'channel-has-distributions': {
    zh: '该渠道有 {count} 条分发记录，不能删除；请改为取消勾选“启用”。',
    en: 'This channel has {count} distributions and cannot be deleted; untick "Enabled" to disable it instead.',
  },
  'upload-failed': { zh: '文件上传失败。', en: 'The file upload failed.' },
  // Incentives for co-creators (issue #12, part 3): the points ledger, its rules and honours.
  'incentive-forbidden': {
    zh: '只有系统管理员和宣传管理者可以进行此操作。',
    en: 'Only administrators and publicity managers may do this.',
  },
  'incentive-staff-only': { zh: '只有院内职工可以查看激励信息。', en: 'Only hospital staff see incentives.' },
  'incentive-not-found': { zh: '找不到该{what}。', en: 'No such {what}.' },
  'incentive-bad-input': {
    zh: '字段 {field} 缺失或格式不正确。',
    en: 'The field {field} is missing or malformed.',
  },
  'incentive-rule-mismatch': {
    zh: '该激励规则未启用，或不能用于此操作（{trigger}）。',
    en: 'This incentive rule is inactive or does not apply here ({trigger}).',
  },
  'incentive-self-approval': {
    zh: '奖励须由申请人和受益人以外的管理者审批。',
    en: 'A reward is approved by a manager who neither requested it nor benefits from it.',
  },
  'incentive-state': {
    zh: '该记录当前状态（{state}）下不能进行此操作。',
    en: 'This cannot be done while the entry is {state}.',
  },
  'incentive-duplicate': {
    zh: '该贡献者已因同一事由获得过此项奖励。',
    en: 'This contributor already received this award for the same cause.',
  },
  'contributor-exists': {
    zh: '该贡献者档案已存在（同一账号、KOL 或机构只建一份）。',
    en: 'This contributor already exists (one record per account, KOL or organisation).',
  },
  'contributor-link-required': {
    zh: '{kind} 类贡献者须关联 {field}。',
    en: 'A {kind} contributor must be linked to {field}.',
  },
  'incentive-period-invalid': {
    zh: 'period 须为月份（2026-11）、季度（2026-Q4）或年份（2026）。',
    en: 'period must be a month (2026-11), a quarter (2026-Q4) or a year (2026).',
  },
  'ledger-append-only': {
    zh: '积分台账只能追加，任何人都不能修改或删除；更正请由管理者追加冲正记录。',
    en: 'The points ledger is append-only: nobody changes or deletes an entry; a manager appends a reversal instead.',
  },
  'file-required': { zh: '请上传文件。', en: 'No file was uploaded.' },
  'unverified-email': { zh: '请先验证邮箱。', en: 'Verify your email first.' },
  'method-not-allowed': { zh: '该地址不支持此请求方法。', en: 'This method is not supported here.' },
  'unsupported-media-type': { zh: '不支持的请求体类型。', en: 'Unsupported request body type.' },
  'too-many-requests': { zh: '请求过于频繁，请稍后再试。', en: 'Too many requests; try again later.' },
  'internal-error': {
    zh: '服务器内部错误，请稍后重试；如持续出现请联系管理员。',
    en: 'Internal server error; try again later, and tell an administrator if it persists.',
  },
  unavailable: { zh: '服务暂时不可用。', en: 'The service is temporarily unavailable.' },
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
