// The 隐私授权书 a patient or guardian signs on the public submission form, by version. The form
// shows the current text; the signature records its version and SHA-256, so what was agreed to
// can always be shown again word for word. Add a version, never edit one. Pure.
import { createHash } from 'node:crypto'

export type ConsentTextVersion = { version: string; title: string; paragraphs: readonly string[] }

export const CONSENT_TEXTS: readonly ConsentTextVersion[] = [
  {
    version: '2026-11',
    title: '患者故事与素材使用隐私授权书',
    paragraphs: [
      '本人（或作为患者的监护人）自愿向医院宣传部门提供本次投稿中的文字、照片、语音或视频素材，用于医院的健康科普与宣传报道。',
      '本人知悉，投稿内容涉及患者的健康状况，属于敏感个人信息。医院仅在本人勾选的素材类型、发布渠道和期限内使用，发布前以化名或去标识化方式处理，不公开患者真实姓名、证件号码、联系方式和病历号。',
      '发布前，内容须经医院运营、医学专家、隐私审核及合规把关；未经审核的内容不会对外发布。',
      '本人可随时通过跟踪链接或联系医院宣传部门撤回本授权。撤回后，医院将停止新的使用，并从本院官方渠道撤下相关内容；撤回前已依法完成的使用不受影响。',
      '授权期满或撤回后，医院将按规定期限删除本人的身份信息。本人有权查阅、复制本人被保存的信息。',
      '患者未满十四周岁的，须由其父母或其他监护人签署本授权书。',
    ],
  },
]

export const currentConsentText = (): ConsentTextVersion => CONSENT_TEXTS[CONSENT_TEXTS.length - 1]

/** SHA-256 over the version, title and paragraphs, one per line. */
export const consentTextHash = (text: ConsentTextVersion): string =>
  createHash('sha256')
    .update([text.version, text.title, ...text.paragraphs].join('\n'))
    .digest('hex')

/** The statement the consent record keeps for its sensitive-information purpose. */
export const SENSITIVE_PURPOSE_STATEMENT =
  '用于医院健康科普与宣传报道中讲述患者的就医经历；以化名发布，不公开可识别患者身份的信息；可能让读者了解患者所患疾病及治疗过程。'
