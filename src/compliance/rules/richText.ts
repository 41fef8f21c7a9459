// Plain text of Lexical rich text, block by block, for the scanners. Pure.

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list'])

const collect = (node: LexicalNode, out: string[]): void => {
  if (typeof node.text === 'string') out.push(node.text)
  node.children?.forEach((child) => collect(child, out))
  if (node.type && BLOCKS.has(node.type) && node.type !== 'list') out.push('\n')
}

export const lexicalToText = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const out: string[] = []
  collect(root, out)
  return out.join('').replace(/\n+$/, '')
}
