// Which requests are sign-in attempts, for the per-address login limit: the REST login route
// and GraphQL documents that call the login mutation. Pure.

/** Payload names the mutation `login<SingularName>`; the users collection's is `loginUser`. */
const GRAPHQL_LOGIN = /\bloginUser\b/g

/** How many times a GraphQL request body calls the login mutation (aliases cannot rename a field). */
export const graphqlLoginCount = (body: string): number => body.match(GRAPHQL_LOGIN)?.length ?? 0

export const LOGIN_PATH = '/api/users/login'
export const GRAPHQL_PATH = '/api/graphql'
