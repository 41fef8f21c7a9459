// The runner's outcomes without ffmpeg itself: a binary that is not there, one that hangs, one
// that fails. The tools' real output is tested over HTTP in tests/int/video.int.spec.ts.
import { describe, expect, it } from 'vitest'

import { probeFile, runTool } from './ffmpeg'

describe(runTool.name, () => {
  it('should report a missing binary instead of throwing', async () => {
    expect(await runTool('/nonexistent/ffprobe', ['-version'], { timeoutMs: 5_000 })).toEqual({
      ok: false,
      reason: 'missing',
      tool: '/nonexistent/ffprobe',
    })
  })
  it('should kill a run past its timeout', async () => {
    const started = Date.now()
    expect(await runTool('sleep', ['10'], { timeoutMs: 200 })).toMatchObject({ ok: false, reason: 'timeout' })
    expect(Date.now() - started).toBeLessThan(5_000)
  })
  it('should pass the arguments as they are, with no shell to read them', async () => {
    const result = await runTool('echo', ['$HOME; rm -rf /', '`id`'], { timeoutMs: 5_000 })
    expect(result.ok && result.stdout.toString()).toBe('$HOME; rm -rf / `id`\n')
  })
  it('should report a failed run with the end of its error output', async () => {
    const result = await runTool('sh', ['-c', 'echo "moov atom not found" >&2; exit 1'], { timeoutMs: 5_000 })
    expect(result).toMatchObject({ ok: false, reason: 'failed', detail: 'moov atom not found' })
  })
})

describe(probeFile.name, () => {
  it('should say the tool is missing when ffprobe is not installed', async () => {
    const tools = { ffprobe: '/nonexistent/ffprobe', ffmpeg: '/nonexistent/ffmpeg', timeoutMs: 5_000 }
    expect(await probeFile(tools, '/tmp/clip.mp4', 'video/mp4')).toMatchObject({ ok: false, reason: 'missing' })
  })
})
