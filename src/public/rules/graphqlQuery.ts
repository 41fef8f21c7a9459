// Which GraphQL documents the public response cache may answer: queries only (no mutation or
// subscription anywhere in the document), not asking for drafts, whose every root field reads a
// public collection or is introspection. Pure: `graphql` is the parser, not Payload.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  OperationTypeNode,
  parse,
  type SelectionSetNode,
} from 'graphql'

/** The root Query fields Payload names for a collection (`Article`, `Articles`, `countArticles`). */
export const publicRootFields = (names: { singular: string; plural: string }): string[] => {
  // Payload renames the plural when both are equal (Media → allMedia).
  const plural = names.singular === names.plural ? `all${names.plural}` : names.plural
  return [names.singular, plural, `count${plural}`]
}

const INTROSPECTION = new Set(['__typename', '__schema', '__type'])

/** Root field names of every query operation, through fragments; undefined when not a pure query. */
export const rootFieldsOf = (document: DocumentNode): string[] | undefined => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const names: string[] = []
  const seen = new Set<string>()
  const collect = (selectionSet: SelectionSetNode): boolean => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value)
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!collect(selection.selectionSet)) return false
      } else {
        const name = selection.name.value
        if (seen.has(name)) continue
        seen.add(name)
        const fragment = fragments.get(name)
        if (!fragment || !collect(fragment.selectionSet)) return false
      }
    }
    return true
  }
  let operations = 0
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) continue
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== OperationTypeNode.QUERY)
      return undefined
    operations++
    if (!collect(definition.selectionSet)) return undefined
  }
  return operations > 0 ? names : undefined
}

export type GraphqlBody = { query?: unknown; variables?: unknown; operationName?: unknown }

/**
 * True when a GraphQL request body (JSON) may be answered from the cache: one parsed document
 * of queries only, no `draft` anywhere in it or its variables, every root field in `allowed`.
 */
export const isCacheableGraphqlBody = (raw: string, allowed: ReadonlySet<string>): boolean => {
  // Conservative: any mention of drafts (an argument, a variable, even a string) goes to Payload.
  if (/draft/i.test(raw)) return false
  let body: GraphqlBody
  try {
    body = JSON.parse(raw) as GraphqlBody
  } catch {
    return false
  }
  if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.query !== 'string') return false
  let document: DocumentNode
  try {
    document = parse(body.query, { noLocation: true, maxTokens: 5_000 })
  } catch {
    return false
  }
  const fields = rootFieldsOf(document)
  return Boolean(fields && fields.length > 0 && fields.every((name) => INTROSPECTION.has(name) || allowed.has(name)))
}
