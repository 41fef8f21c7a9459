// Finds a font that writes Simplified Chinese for the PDF exports: PDF_FONT_PATH when it is set
// (only that: an explicit setting that does not work is an error, not a reason to guess), else
// what fontconfig offers for zh-cn (Debian's fonts-wqy-zenhei, fonts-noto-cjk …). A collection
// (.ttc/.otc) needs the PostScript name of the face: `PDF_FONT_PATH=/path/font.ttc#PostScriptName`,
// or fontconfig tells it. No font found means the caller answers 503, never a 500.
import { execFile } from 'node:child_process'
import fs from 'node:fs'

export type CjkFont = { path: string; family: string | null }

const run = (command: string, args: string[]): Promise<string | null> =>
  new Promise((resolve) => {
    execFile(command, args, { timeout: 5000 }, (error, stdout) => resolve(error ? null : stdout))
  })

const isCollection = (path: string) => /\.(ttc|otc)$/i.test(path)

const readable = (path: string) => {
  try {
    return fs.statSync(path).isFile()
  } catch {
    return false
  }
}

/** The font PDF_FONT_PATH names, or null when it names nothing usable. */
const fromSetting = async (setting: string): Promise<CjkFont | null> => {
  const hashAt = setting.lastIndexOf('#')
  const path = hashAt > 0 ? setting.slice(0, hashAt) : setting
  const named = hashAt > 0 ? setting.slice(hashAt + 1).trim() || null : null
  if (!readable(path)) return null
  if (named || !isCollection(path)) return { path, family: named }
  // The first face of the collection, as fontconfig reads it.
  const first = (await run('fc-query', ['-f', '%{postscriptname}\n', path]))?.split('\n')[0]?.trim()
  return first ? { path, family: first } : null
}

/** What fontconfig picks for Simplified Chinese, when that face really covers it. */
const fromFontconfig = async (): Promise<CjkFont | null> => {
  const out = await run('fc-match', ['-f', '%{file}\n%{postscriptname}\n%{lang}\n', ':lang=zh-cn'])
  if (!out) return null
  const [path = '', family = '', langs = ''] = out.split('\n')
  // fc-match always answers with something; a Latin-only face would print boxes.
  if (!path || !readable(path) || !langs.split('|').includes('zh-cn')) return null
  return { path, family: isCollection(path) ? family || null : null }
}

let found: CjkFont | null = null

/** The font to embed; found once per process, looked for again while none is there (an admin may install one). */
export const findCjkFont = async (env: Record<string, string | undefined> = process.env): Promise<CjkFont | null> => {
  const setting = env.PDF_FONT_PATH?.trim()
  if (setting) return fromSetting(setting)
  found ??= await fromFontconfig()
  return found
}
