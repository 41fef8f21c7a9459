// Draws simple abstract cover images with sharp, so the demo needs no image files or fonts.
import sharp from 'sharp'

const PALETTES: [string, string][] = [
  ['#0e7490', '#67e8f9'],
  ['#b91c1c', '#fca5a5'],
  ['#15803d', '#86efac'],
  ['#7c3aed', '#c4b5fd'],
  ['#c2410c', '#fdba74'],
  ['#1d4ed8', '#93c5fd'],
]

export const drawCover = async (index: number): Promise<Buffer> => {
  const [dark, light] = PALETTES[index % PALETTES.length]
  const width = 2400
  const height = 1600
  const circles = Array.from({ length: 7 }, (_, i) => {
    const cx = ((i * 379 + index * 211) % width).toFixed(0)
    const cy = ((i * 263 + index * 137) % height).toFixed(0)
    const r = 120 + ((i * 97 + index * 53) % 260)
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${light}" fill-opacity="0.35"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>${circles}
    <path d="M1200 560 h120 v160 h160 v120 h-160 v160 h-120 v-160 h-160 v-120 h160z" fill="#ffffff" fill-opacity="0.85"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

export const COVER_ALTS = [
  '青色渐变背景上的白色医疗十字图形',
  '红色渐变背景上的白色医疗十字与圆形图案',
  '绿色渐变背景上的白色医疗十字图形',
  '紫色渐变背景上的白色医疗十字图形',
  '橙色渐变背景上的白色医疗十字图形',
  '蓝色渐变背景上的白色医疗十字图形',
]
