// The nastiest requests found by hand and by the fuzz run (tests/int/fuzz.int.spec.ts), kept as
// regression cases: each once answered 500 (or an empty 500), and must stay a 4xx in the error
// envelope. `body` is sent as is (a string) or as JSON.

export type BadRequest = {
  name: string
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  body?: unknown
  headers?: Record<string, string>
  persona?: 'anonymous' | 'apiClient' | 'editor' | 'admin'
  /** A write that may succeed (a draft save ignores the keys that hurt); it must only not fail 5xx. */
  mayWrite?: true
}

const deepRichText = `{"title":"深","body":{"root":${'{"type":"paragraph","children":['.repeat(5000)}{"type":"text","text":"x"}${']}'.repeat(5000)}}}`

export const BAD_REQUESTS: BadRequest[] = [
  { name: 'null JSON body', method: 'POST', path: '/api/corrections', body: 'null' },
  { name: 'number JSON body', method: 'POST', path: '/api/corrections', body: '5' },
  { name: 'string JSON body', method: 'POST', path: '/api/articles', body: '"x"', persona: 'editor' },
  { name: 'empty write body', method: 'POST', path: '/api/corrections', body: '' },
  {
    name: 'text/plain write body',
    method: 'POST',
    path: '/api/articles',
    body: 'hello',
    headers: { 'content-type': 'text/plain' },
    persona: 'editor',
  },
  { name: 'page past 64 bits', method: 'GET', path: '/api/articles?page=99999999999999999999' },
  { name: 'limit given twice', method: 'GET', path: '/api/articles?limit=1&limit=2' },
  { name: 'limit as a list', method: 'GET', path: '/api/articles?limit[0]=1' },
  { name: 'undated date filter', method: 'GET', path: '/api/articles?where[createdAt][greater_than]=notadate' },
  { name: 'empty date filter', method: 'GET', path: '/api/articles?where[publishedAt][equals]=', persona: 'apiClient' },
  { name: 'near on text', method: 'GET', path: '/api/articles?where[title][near]=1,2' },
  { name: 'object in an in-list', method: 'GET', path: '/api/articles?where[slug][in][0][x]=1' },
  { name: 'object as an equals value', method: 'GET', path: '/api/articles?where[id][equals][a]=1' },
  { name: 'where as text', method: 'GET', path: '/api/articles?where=abc' },
  { name: 'or as text', method: 'GET', path: '/api/articles?where[or]=1' },
  {
    name: 'versions with an undated filter',
    method: 'GET',
    path: '/api/articles/versions?where[version.publishedAt][less_than]=never',
    persona: 'editor',
  },
  { name: 'rich text 5,000 deep', method: 'POST', path: '/api/articles', body: deepRichText, persona: 'editor' },
  {
    name: 'multipart type, JSON body',
    method: 'POST',
    path: '/api/corrections',
    body: '{"a":1}',
    headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
  },
  {
    name: 'multipart without boundary',
    method: 'POST',
    path: '/api/media',
    body: 'x',
    headers: { 'content-type': 'multipart/form-data' },
    persona: 'editor',
  },
  {
    name: 'cyclic GraphQL fragments',
    method: 'POST',
    path: '/api/graphql',
    body: {
      query: 'fragment A on Article { ...B } fragment B on Article { ...A } query { Articles { docs { ...A } } }',
    },
  },
  {
    name: 'self-spreading GraphQL fragment',
    method: 'POST',
    path: '/api/graphql',
    body: { query: 'fragment A on Article { id ...A } query { Articles { docs { ...A } } }' },
  },
  { name: 'missing media file', method: 'GET', path: '/api/media/file/missing.jpg' },
  { name: 'missing media file as admin', method: 'GET', path: '/api/media/file/missing.jpg', persona: 'admin' },
  { name: 'email verification that is off', method: 'POST', path: '/api/users/verify/x' },
  {
    name: 'prototype keys in a body',
    method: 'POST',
    path: '/api/articles',
    body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},"title":"p"}',
    persona: 'editor',
    mayWrite: true,
  },
]
