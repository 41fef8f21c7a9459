// A daily figure reported by a channel or an account (views, likes, followers …): a number, 0 when
// nothing came back, never below `min` (none for a figure that may fall, such as follower growth).
import type { NumberField } from 'payload'

export const countField = (name: string, zh: string, en: string, min: number | undefined = 0): NumberField => ({
  name,
  type: 'number',
  ...(min === undefined ? {} : { min }),
  defaultValue: 0,
  label: { zh, en },
})
