// Delivers a rendering as a file under the outbox directory (`<channel>/<date>/<slug>.<ext>`) for
// integrators that sync a folder. Written atomically, so a reader never sees half a file; a
// retraction removes it.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { channelSegment, objectKey } from '../rules/objectKey'
import type { DeliveryAdapter, DeliveryMessage, DeliveryOutcome } from './types'

// Failures that repeat until someone changes the disk or the configuration.
const PERMANENT_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR', 'ENAMETOOLONG', 'EINVAL', 'ELOOP'])

const elapsed = (started: number) => Math.round(performance.now() - started)

const refused = (started: number, error: string): DeliveryOutcome => ({
  ok: false,
  retry: false,
  error,
  durationMs: elapsed(started),
})

const isInside = (root: string, candidate: string): boolean => {
  const relative = path.relative(root, candidate)
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

/** The absolute path of `key` under `dir`, or null when the key would leave it. */
export const resolveInside = (dir: string, key: string): string | null => {
  if (key.includes('\0')) return null
  const root = path.resolve(dir)
  const file = path.resolve(root, key)
  return isInside(root, file) ? file : null
}

const traversalError = (key: string) =>
  `文件路径超出分发目录，已拒绝 / The path "${key}" leaves the outbox directory; refused`

const keyFor = (message: DeliveryMessage): string =>
  objectKey({
    channel: channelSegment(message.channel),
    date: message.date,
    slug: message.content.slug || message.content.id,
    ext: message.rendered.ext,
  })

const fsFailure = (started: number, action: string, file: string, error: unknown): DeliveryOutcome => {
  const code = (error as NodeJS.ErrnoException)?.code ?? 'Error'
  const retry = !PERMANENT_CODES.has(code)
  const zh = retry ? '写入分发目录失败，稍后重试' : '分发目录不可写（请检查路径与权限），不再重试'
  return {
    ok: false,
    retry,
    error: `${zh} / Outbox ${action} ${file} failed: ${code} ${(error as Error)?.message ?? ''}`.trim(),
    durationMs: elapsed(started),
  }
}

/**
 * A symlink inside the outbox must not lead out of it either. Checks the deepest part of
 * `directory` that exists (so nothing is created outside before the check), resolved.
 */
const staysInside = async (root: string, directory: string): Promise<boolean> => {
  const realRoot = await fs.realpath(root).catch(() => path.resolve(root))
  for (let current = path.resolve(directory); ; current = path.dirname(current)) {
    const real = await fs.realpath(current).catch(() => null)
    if (real !== null) return real === realRoot || isInside(realRoot, real)
    if (current === path.resolve(root) || current === path.dirname(current)) return true
  }
}

// Makes the rename itself durable; some platforms cannot open a directory, and lose nothing by skipping.
const syncDirectory = async (directory: string): Promise<void> => {
  const handle = await fs.open(directory, 'r').catch(() => null)
  if (!handle) return
  await handle.sync().catch(() => {})
  await handle.close()
}

export const outboxAdapter: DeliveryAdapter = {
  async deliver(target, message) {
    const started = performance.now()
    const dir = target.outbox?.dir
    if (!dir) return refused(started, '渠道未配置分发目录 / The channel has no outbox directory')
    let key: string
    try {
      key = keyFor(message)
    } catch (error) {
      return refused(started, (error as Error).message)
    }
    const file = resolveInside(dir, key)
    if (!file) return refused(started, traversalError(key))
    const directory = path.dirname(file)
    // Same directory as the target, so the rename is atomic; the leading dot keeps watchers off it.
    const temp = path.join(directory, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      if (!(await staysInside(dir, directory))) return refused(started, traversalError(key))
      await fs.mkdir(directory, { recursive: true })
      // Again, in case a link appeared meanwhile.
      if (!(await staysInside(dir, directory))) return refused(started, traversalError(key))
      const handle = await fs.open(temp, 'wx', 0o644)
      try {
        await handle.writeFile(message.rendered.body, 'utf8')
        await handle.sync()
      } finally {
        await handle.close()
      }
      await fs.rename(temp, file)
      await syncDirectory(directory)
      return { ok: true, objectKey: key, durationMs: elapsed(started) }
    } catch (error) {
      await fs.rm(temp, { force: true }).catch(() => {})
      return fsFailure(started, 'write', file, error)
    }
  },

  async retract(target, message) {
    const started = performance.now()
    const dir = target.outbox?.dir
    if (!dir) return refused(started, '渠道未配置分发目录 / The channel has no outbox directory')
    let key: string
    try {
      key = message.objectKey || keyFor(message)
    } catch (error) {
      return refused(started, (error as Error).message)
    }
    const file = resolveInside(dir, key)
    if (!file) return refused(started, traversalError(key))
    try {
      if (!(await staysInside(dir, path.dirname(file)))) return refused(started, traversalError(key))
      await fs.unlink(file)
    } catch (error) {
      // Already gone (or never written): the retraction's goal holds, and repeating it is harmless.
      if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT') return fsFailure(started, 'unlink', file, error)
    }
    return { ok: true, objectKey: key, durationMs: elapsed(started) }
  },
}
