// What an uploaded file must be before Payload stores it. Pure: callers pass in what the bytes
// were detected as, so the rules are unit-tested without files.

export type UploadVerdict =
  | { ok: true }
  | { ok: false; reason: 'too-large'; size: number; limit: number }
  | { ok: false; reason: 'not-allowed'; actual: string }
  | { ok: false; reason: 'mismatch'; claimed: string; actual: string }
  | { ok: false; reason: 'too-many-pixels'; pixels: number; frames: number; limit: number }

export type UploadFacts = {
  claimedMime: string
  /** MIME type sniffed from the bytes; undefined when the bytes match no known format. */
  detectedMime: string | undefined
  size: number
  /** Width × height of one frame for images, when known. */
  pixels?: number
  /**
   * Frames (pages) of an animated GIF/WebP or a multi-page image; 1 when unset. Every frame is
   * decoded when the image is resized, so the limit counts frames × pixels.
   */
  frames?: number
}

export type UploadLimits = {
  allowedMimes: readonly string[]
  maxBytes: number
  maxPixels: number
  /** Videos have a limit of their own (MEDIA_VIDEO_MAX_BYTES); other files keep `maxBytes`. */
  video?: { mimes: readonly string[]; maxBytes: number }
}

// Browsers and curl disagree on a few names for the same format.
const ALIASES: Record<string, string> = { 'image/jpg': 'image/jpeg', 'image/pjpeg': 'image/jpeg', 'image/x-png': 'image/png' }
const normalise = (mime: string): string => {
  const base = mime.split(';')[0].trim().toLowerCase()
  return ALIASES[base] ?? base
}

export const judgeUpload = (facts: UploadFacts, limits: UploadLimits): UploadVerdict => {
  const actual = facts.detectedMime ? normalise(facts.detectedMime) : 'unknown'
  // The limit goes by what the bytes are, never by what the client says they are.
  const maxBytes = limits.video?.mimes.includes(actual) ? limits.video.maxBytes : limits.maxBytes
  if (facts.size > maxBytes) return { ok: false, reason: 'too-large', size: facts.size, limit: maxBytes }
  const claimed = normalise(facts.claimedMime || 'application/octet-stream')
  if (!limits.allowedMimes.includes(actual)) {
    // Bytes of an allowed kind may still be declared as something else; say which it is.
    return limits.allowedMimes.includes(claimed)
      ? { ok: false, reason: 'mismatch', claimed, actual }
      : { ok: false, reason: 'not-allowed', actual: actual === 'unknown' ? claimed : actual }
  }
  if (claimed !== actual && claimed !== 'application/octet-stream') {
    return { ok: false, reason: 'mismatch', claimed, actual }
  }
  if (facts.pixels !== undefined) {
    const frames = facts.frames !== undefined && Number.isFinite(facts.frames) && facts.frames > 1 ? Math.floor(facts.frames) : 1
    const pixels = facts.pixels * frames
    if (pixels > limits.maxPixels) return { ok: false, reason: 'too-many-pixels', pixels, frames, limit: limits.maxPixels }
  }
  return { ok: true }
}
