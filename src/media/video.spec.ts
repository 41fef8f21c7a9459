import { describe, expect, it } from 'vitest'

import { isVideoMime, posterSecond, videoFactsFromProbe } from './video'

// Shaped like ffprobe's -show_format -show_streams JSON for the clips the integration tests make.
const stream = (overrides: Record<string, unknown> = {}) => ({
  index: 0,
  codec_name: 'h264',
  codec_type: 'video',
  width: 320,
  height: 568,
  sample_aspect_ratio: '1:1',
  duration: '2.000000',
  disposition: { attached_pic: 0 },
  ...overrides,
})
const report = (streams: unknown[], format: Record<string, unknown> = { duration: '2.000000' }) => ({ streams, format })

describe(videoFactsFromProbe.name, () => {
  it('should read duration, size, codec and aspect of the first video stream', () => {
    const audio = { index: 0, codec_type: 'audio', codec_name: 'aac' }
    expect(videoFactsFromProbe(report([audio, stream()]))).toEqual({
      ok: true,
      facts: { durationSeconds: 2, width: 320, height: 568, codec: 'h264', aspect: '9:16' },
    })
  })
  it('should take the duration from the stream, or from the Matroska tag, when the container has none', () => {
    const webm = stream({ codec_name: 'vp9', duration: undefined, tags: { DURATION: '00:15:00.250000000' } })
    expect(videoFactsFromProbe(report([webm], {}))).toMatchObject({ ok: true, facts: { durationSeconds: 900.25 } })
    expect(videoFactsFromProbe(report([stream({ duration: '3.5' })], {}))).toMatchObject({
      facts: { durationSeconds: 3.5 },
    })
  })
  it('should give the size as shown: rotated by the display matrix or the rotate tag', () => {
    const rotated = stream({ width: 1920, height: 1080, side_data_list: [{ rotation: -90 }] })
    expect(videoFactsFromProbe(report([rotated]))).toMatchObject({ facts: { width: 1080, height: 1920, aspect: '9:16' } })
    const tagged = stream({ width: 1920, height: 1080, tags: { rotate: '270' } })
    expect(videoFactsFromProbe(report([tagged]))).toMatchObject({ facts: { width: 1080, height: 1920 } })
    const upsideDown = stream({ width: 1920, height: 1080, side_data_list: [{ rotation: 180 }] })
    expect(videoFactsFromProbe(report([upsideDown]))).toMatchObject({ facts: { width: 1920, height: 1080 } })
  })
  it('should stretch non-square pixels to their shown width', () => {
    const anamorphic = stream({ width: 1440, height: 1080, sample_aspect_ratio: '4:3' })
    expect(videoFactsFromProbe(report([anamorphic]))).toMatchObject({ facts: { width: 1920, aspect: '16:9' } })
    expect(videoFactsFromProbe(report([stream({ sample_aspect_ratio: '0:1' })]))).toMatchObject({
      facts: { width: 320 },
    })
  })
  it('should not take an MP4 cover picture for the video', () => {
    const cover = stream({ codec_name: 'mjpeg', disposition: { attached_pic: 1 } })
    expect(videoFactsFromProbe(report([cover]))).toEqual({ ok: false, problem: 'no-video-stream' })
  })
  it('should say what is missing from a file that is no usable video', () => {
    expect(videoFactsFromProbe(report([{ codec_type: 'audio' }]))).toEqual({ ok: false, problem: 'no-video-stream' })
    expect(videoFactsFromProbe(report([stream({ width: 0 })]))).toEqual({ ok: false, problem: 'no-size' })
    expect(videoFactsFromProbe(report([stream({ duration: 'N/A' })], { duration: 'N/A' }))).toEqual({
      ok: false,
      problem: 'no-duration',
    })
    expect(videoFactsFromProbe(null)).toEqual({ ok: false, problem: 'no-video-stream' })
  })
})

describe(posterSecond.name, () => {
  it('should take the frame one second in, or halfway through a shorter clip', () => {
    expect(posterSecond(900)).toBe(1)
    expect(posterSecond(2)).toBe(1)
    expect(posterSecond(1.2)).toBe(0.6)
  })
})

describe(isVideoMime.name, () => {
  it('should accept MP4, MOV and WebM only', () => {
    expect(['video/mp4', 'video/quicktime', 'video/webm'].every(isVideoMime)).toBe(true)
    expect(isVideoMime('video/x-msvideo')).toBe(false)
    expect(isVideoMime(undefined)).toBe(false)
  })
})
