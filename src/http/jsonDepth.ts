// How deeply a JSON text nests, found by one pass over its characters (no recursion, no parse),
// so a body nested 5,000 levels deep is refused before anything walks it recursively. Pure.

/** Lexical rich text nests about four levels per list indent; 100 leaves room for real documents. */
export const MAX_JSON_DEPTH = 100

export const jsonDepthExceeds = (text: string, limit = MAX_JSON_DEPTH): boolean => {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
      continue
    }
    if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true
    } else if (c === 0x7d || c === 0x5d) depth--
  }
  return false
}
