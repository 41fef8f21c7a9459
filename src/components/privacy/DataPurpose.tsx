'use client'
// 查阅目的 at the top of every record holding identifying data: the server decrypts names,
// contacts and signed documents only for a stated purpose, kept in a session cookie, and records
// each read with it (src/privacy). Choosing reloads the record with the values shown.
import React, { useEffect, useState } from 'react'

import { ACCESS_PURPOSES, PURPOSE_COOKIE } from '../../privacy/rules/purposes'
import { pick, useCmsTranslation } from '../i18n'
import styles from './Privacy.module.scss'

const readCookie = (): string => {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${PURPOSE_COOKIE}=`))
  return match ? decodeURIComponent(match.slice(PURPOSE_COOKIE.length + 1)) : ''
}

const writeCookie = (value: string) => {
  document.cookie = value
    ? `${PURPOSE_COOKIE}=${encodeURIComponent(value)}; path=/; SameSite=Strict`
    : `${PURPOSE_COOKIE}=; path=/; SameSite=Strict; max-age=0`
  window.location.reload()
}

export const DataPurpose: React.FC = () => {
  const { t } = useCmsTranslation()
  const [purpose, setPurpose] = useState('')
  // Set once mounted: a choice made before then (the page still hydrating) would be lost.
  const [ready, setReady] = useState(false)
  useEffect(() => {
    setPurpose(readCookie())
    setReady(true)
  }, [])
  const chosen = ACCESS_PURPOSES.find((p) => p.value === purpose)
  return (
    <div className={styles.purpose}>
      <label className={styles.label}>
        {t('cms:privacy:purposeTitle')}
        <select
          value={purpose}
          onChange={(event) => writeCookie(event.target.value)}
          data-testid="data-purpose"
          data-ready={ready ? 'true' : 'false'}
        >
          <option value="">{t('cms:privacy:purposeNone')}</option>
          {ACCESS_PURPOSES.map((p) => (
            <option key={p.value} value={p.value}>
              {pick(p.label, p.value, t)}
            </option>
          ))}
        </select>
      </label>
      {chosen ? (
        <span>
          {t('cms:privacy:purposeChosen', { purpose: pick(chosen.label, chosen.value, t) })}{' '}
          <button type="button" className={styles.link} onClick={() => writeCookie('')}>
            {t('cms:privacy:purposeClear')}
          </button>
        </span>
      ) : (
        <p className={styles.hint}>{t('cms:privacy:purposeHint')}</p>
      )}
    </div>
  )
}
