// Turns plain body blocks (the demo seed's, a submission's paragraphs) into Lexical editor state,
// the shape Payload stores. Pure.

export type BodyBlock = { type: 'h2' | 'h3' | 'p' | 'quote'; text: string } | { type: 'ul' | 'ol'; items: string[] }

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const blockToNode = (block: BodyBlock) => {
  switch (block.type) {
    case 'h2':
    case 'h3':
      return element('heading', [text(block.text)], { tag: block.type })
    case 'quote':
      return element('quote', [text(block.text)])
    case 'p':
      return element('paragraph', [text(block.text)], { textFormat: 0, textStyle: '' })
    case 'ul':
    case 'ol':
      return element(
        'list',
        block.items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
        { listType: block.type === 'ul' ? 'bullet' : 'number', tag: block.type, start: 1 },
      )
  }
}

export const blocksToLexical = (blocks: BodyBlock[]) => ({
  root: element('root', blocks.map(blockToNode)),
})

/** Plain text as paragraphs, one per non-empty line. */
export const plainTextToLexical = (text: string) =>
  blocksToLexical(
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ type: 'p' as const, text: line })),
  )
