// Refuses GraphQL documents whose fragments spread each other in a cycle before Payload's
// handler sees them: its complexity rule follows the spreads without end and the handler answers
// an empty 500. A document that does not parse is left to the GraphQL handler, which answers 400.
import type { RequestHandler } from 'express'
import { type DocumentNode, Kind, parse, visit } from 'graphql'

import { sendError } from './sendError'

/** The name of a fragment that reaches itself through spreads, or undefined. */
export const fragmentCycle = (document: DocumentNode): string | undefined => {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition.selectionSet, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  // Iterative depth-first search with colours: grey on the stack, black finished.
  const colour = new Map<string, 'grey' | 'black'>()
  for (const start of spreads.keys()) {
    if (colour.has(start)) continue
    const stack: Array<{ name: string; next: number }> = [{ name: start, next: 0 }]
    colour.set(start, 'grey')
    while (stack.length) {
      const top = stack[stack.length - 1]
      const children = spreads.get(top.name) ?? []
      if (top.next >= children.length) {
        colour.set(top.name, 'black')
        stack.pop()
        continue
      }
      const child = children[top.next++]
      if (colour.get(child) === 'grey') return child
      if (!colour.has(child) && spreads.has(child)) {
        colour.set(child, 'grey')
        stack.push({ name: child, next: 0 })
      }
    }
  }
  return undefined
}

const queryOf = (req: Parameters<RequestHandler>[0]): string | undefined => {
  if (!Buffer.isBuffer(req.body) || !/json/i.test(req.headers['content-type'] ?? '')) return undefined
  try {
    const body = JSON.parse(req.body.toString('utf8')) as { query?: unknown }
    return typeof body?.query === 'string' ? body.query : undefined
  } catch {
    return undefined
  }
}

export const guardGraphql: RequestHandler = (req, res, next) => {
  const query = queryOf(req)
  if (!query) {
    next()
    return
  }
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: 50_000 })
  } catch {
    next()
    return
  }
  const cycle = fragmentCycle(document)
  if (cycle) {
    sendError(req, res, 400, 'graphql-fragment-cycle', { fragment: cycle.slice(0, 60) })
    return
  }
  next()
}
